package com.example.auth;

import java.util.List;

public class GrantChecker {
    private final RoleLookup roles;

    public GrantChecker(RoleLookup roles) {
        this.roles = roles;
    }

    public int highestRank(List<String> names) {
        int best = 0;
        for (String name : names) {
            best = Math.max(best, roles.findByName(name).map(Role::rank).orElse(0));
        }
        return best;
    }
}
