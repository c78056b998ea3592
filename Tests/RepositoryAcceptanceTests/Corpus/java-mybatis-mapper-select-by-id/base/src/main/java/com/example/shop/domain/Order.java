package com.example.shop.domain;

public class Order {
    private long id;
    private String status;
    private long totalCents;

    public long getId() { return id; }
    public String getStatus() { return status; }
    public long getTotalCents() { return totalCents; }
}
