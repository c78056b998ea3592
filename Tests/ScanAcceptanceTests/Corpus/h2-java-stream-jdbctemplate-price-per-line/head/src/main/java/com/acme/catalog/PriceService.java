package com.acme.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class PriceService {
    private static final String PRICE_SQL =
            "SELECT list_price FROM prices WHERE product_id = ? AND currency = ?";

    private final JdbcTemplate jdbc;

    public PriceService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public BigDecimal listPrice(long productId, String currency) {
        return jdbc.queryForObject(PRICE_SQL, BigDecimal.class, productId, currency);
    }

    public List<PricedLine> price(List<CartLine> lines) {
        return lines.stream()
                .filter(line -> line.quantity() > 0)
                .map(line -> new PricedLine(line, jdbc.queryForObject(PRICE_SQL, BigDecimal.class, line.productId(), line.currency())))
                .toList();
    }
}
