package com.acme.search;

import java.util.List;

public class Enricher {
    private final CatalogClient catalog;

    public Enricher(CatalogClient catalog) {
        this.catalog = catalog;
    }
}
