package org.acme.clinic.owner;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetRepository extends JpaRepository<Pet, Integer> {

    @EntityGraph(attributePaths = "visits")
    List<Pet> findByOwnerIdOrderByName(Integer ownerId);
}
