package com.acme.imports;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductImportService {
    private final ProductRepository products;

    public ProductImportService(ProductRepository products) {
        this.products = products;
    }

    public long count() {
        return products.count();
    }

    @Transactional
    public int importRows(List<ProductRow> rows) {
        List<Product> batch = new ArrayList<>(rows.size());
        for (ProductRow row : rows) {
            if (row.sku() == null || row.sku().isBlank()) {
                continue;
            }
            Product product = new Product();
            product.setSku(row.sku().trim());
            product.setName(row.name());
            product.setPriceCents(row.priceCents());
            batch.add(product);
        }
        products.saveAll(batch);
        return batch.size();
    }
}
