package com.acme.billing.domain;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "invoices")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private BigDecimal total;

    private LocalDate dueDate;

    @Column(name = "payer_id", insertable = false, updatable = false)
    private Long payerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id")
    private Customer payer;

    public Long getId() { return id; }
    public BigDecimal getTotal() { return total; }
    public LocalDate getDueDate() { return dueDate; }
    public Long getPayerId() { return payerId; }
    public Customer getPayer() { return payer; }
}
