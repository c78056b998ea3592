package com.acme.fx;

import java.math.BigDecimal;

import org.springframework.web.client.RestTemplate;

public class RateClient {
    private static final String URL = "https://fx.internal/v1/rates/{from}/{to}";

    private final RestTemplate rest;

    public RateClient(RestTemplate rest) {
        this.rest = rest;
    }

    public BigDecimal rate(String from, String to) {
        return rest.getForObject(URL, BigDecimal.class, from, to);
    }
}
