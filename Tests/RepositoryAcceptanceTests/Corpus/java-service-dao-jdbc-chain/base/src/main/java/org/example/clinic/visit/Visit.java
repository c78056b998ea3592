package org.example.clinic.visit;

import java.time.LocalDate;

public class Visit {
    private Integer id;
    private Integer petId;
    private LocalDate date;
    private String description;

    public Integer getId() { return id; }
    public Integer getPetId() { return petId; }
    public LocalDate getDate() { return date; }
    public String getDescription() { return description; }
}
