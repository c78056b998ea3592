package org.acme.clinic.owner;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PetHistoryController {

    private final PetRepository pets;

    PetHistoryController(PetRepository pets) {
        this.pets = pets;
    }

    @GetMapping("/owners/{ownerId}/pets/history")
    Map<String, Integer> visitCounts(@PathVariable Integer ownerId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Pet pet : pets.findByOwnerId(ownerId)) {
            counts.put(pet.getName(), pet.getVisits().size());
        }
        return counts;
    }
}
