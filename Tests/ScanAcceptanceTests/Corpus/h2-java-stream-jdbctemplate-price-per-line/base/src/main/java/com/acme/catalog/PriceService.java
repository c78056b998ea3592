package com.acme.catalog;

import java.math.BigDecimal;

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
}
