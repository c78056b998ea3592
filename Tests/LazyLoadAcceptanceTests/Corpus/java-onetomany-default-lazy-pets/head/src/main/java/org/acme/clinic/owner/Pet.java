package org.acme.clinic.owner;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "pets")
public class Pet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Owner owner;

    @OneToMany(mappedBy = "pet", cascade = CascadeType.ALL)
    @OrderBy("visitDate ASC")
    private List<Visit> visits = new ArrayList<>();

    public Integer getId() { return id; }
    public String getName() { return name; }
    public List<Visit> getVisits() { return visits; }
}
