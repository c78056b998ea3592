package org.example.clinic.owner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PetDao {
    private final JdbcTemplate jdbcTemplate;

    public PetDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public String findOwnerName(int petId) {
        String sql = "SELECT o.last_name FROM owners o JOIN pets p ON p.owner_id = o.id WHERE p.id = ?";
        return jdbcTemplate.queryForObject(sql, String.class, petId);
    }
}
