package com.example.auth;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class RoleEntity {
    @Id
    private Long id;
    private String name;
}
