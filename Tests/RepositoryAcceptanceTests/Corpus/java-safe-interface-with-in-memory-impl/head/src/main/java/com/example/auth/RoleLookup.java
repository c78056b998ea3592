package com.example.auth;

import java.util.Optional;

public interface RoleLookup {
    Optional<Role> findByName(String name);
}
