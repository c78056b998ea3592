package com.example.auth;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class RoleSeeder {
    private final RoleRepository roles;

    public RoleSeeder(RoleRepository roles) {
        this.roles = roles;
    }

    public boolean seeded() {
        for (String name : List.of("ADMIN", "USER")) {
            if (roles.findByName(name).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
