package com.acme.fx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.client.RestTemplate;

public class RateClient {
    private static final String URL = "https://fx.internal/rates/{from}/{to}";
    private final RestTemplate restTemplate;

    public RateClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public Map<String, BigDecimal> ratesTo(String target, List<String> currencies) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (String currency : currencies) {
            BigDecimal rate = restTemplate.getForObject(URL, BigDecimal.class, currency, target);
            rates.put(currency, rate);
        }
        return rates;
    }
}
