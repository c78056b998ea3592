package com.acme.search;

import java.util.List;
import java.util.stream.Collectors;

public class Enricher {
    private final CatalogClient catalog;

    public Enricher(CatalogClient catalog) {
        this.catalog = catalog;
    }

    public List<Hit> enrich(List<String> productIds) {
        return productIds.parallelStream()
            .map(id -> new Hit(id, catalog.describe(id)))
            .collect(Collectors.toList());
    }
}
