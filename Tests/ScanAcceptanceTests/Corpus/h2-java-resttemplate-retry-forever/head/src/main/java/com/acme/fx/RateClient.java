package com.acme.fx;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

public class RateClient {
    private static final Logger log = LoggerFactory.getLogger(RateClient.class);
    private static final String URL = "https://fx.internal/v1/rates/{from}/{to}";

    private final RestTemplate rest;

    public RateClient(RestTemplate rest) {
        this.rest = rest;
    }

    public BigDecimal rate(String from, String to) {
        while (true) {
            try {
                return rest.getForObject(URL, BigDecimal.class, from, to);
            } catch (ResourceAccessException e) {
                log.warn("fx rate {}->{} unavailable, retrying", from, to, e);
            }
        }
    }
}
