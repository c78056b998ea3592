package com.example.checkout;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class LineItem {
    @Id
    @GeneratedValue
    private Long id;
    private Long orderId;
    private String sku;
    private int quantity;

    public void setOrderId(Long orderId) { this.orderId = orderId; }
}
