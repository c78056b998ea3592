package com.example.auth;

import org.springframework.stereotype.Component;

@Component
public class RoleSeeder {
    private final RoleRepository roles;

    public RoleSeeder(RoleRepository roles) {
        this.roles = roles;
    }

    public boolean seeded() {
        return false;
    }
}
