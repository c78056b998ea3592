package com.acme.fx;

import java.math.BigDecimal;

import org.springframework.web.client.RestTemplate;

public class RateClient {
    private static final String URL = "https://fx.internal/rates/{from}/{to}";
    private final RestTemplate restTemplate;

    public RateClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }
}
