package com.example.bank.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Account {
    @Id
    private Long id;
    private String email;
    private boolean enabled;

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
}
