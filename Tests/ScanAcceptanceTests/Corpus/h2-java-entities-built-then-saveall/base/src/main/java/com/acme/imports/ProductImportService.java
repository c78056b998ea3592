package com.acme.imports;

import org.springframework.stereotype.Service;

@Service
public class ProductImportService {
    private final ProductRepository products;

    public ProductImportService(ProductRepository products) {
        this.products = products;
    }

    public long count() {
        return products.count();
    }
}
