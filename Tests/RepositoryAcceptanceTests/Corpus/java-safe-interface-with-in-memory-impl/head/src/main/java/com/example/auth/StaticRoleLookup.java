package com.example.auth;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class StaticRoleLookup implements RoleLookup {
    private static final Map<String, Role> ROLES = Map.of(
        "admin", new Role("admin", 100),
        "member", new Role("member", 10));

    @Override
    public Optional<Role> findByName(String name) {
        return Optional.ofNullable(ROLES.get(name));
    }
}
