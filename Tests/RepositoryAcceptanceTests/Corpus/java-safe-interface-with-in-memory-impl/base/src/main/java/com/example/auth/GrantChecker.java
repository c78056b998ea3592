package com.example.auth;

import java.util.List;

public class GrantChecker {
    private final RoleLookup roles;

    public GrantChecker(RoleLookup roles) {
        this.roles = roles;
    }

    public int highestRank(List<String> names) {
        return 0;
    }
}
