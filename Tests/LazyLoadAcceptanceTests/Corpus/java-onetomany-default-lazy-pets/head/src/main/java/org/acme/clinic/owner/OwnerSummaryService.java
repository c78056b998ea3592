package org.acme.clinic.owner;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OwnerSummaryService {

    private final OwnerRepository owners;

    public OwnerSummaryService(OwnerRepository owners) {
        this.owners = owners;
    }

    @Transactional(readOnly = true)
    public List<String> summaries(String lastName) {
        List<String> lines = new ArrayList<>();
        for (Owner owner : owners.findByLastNameStartingWith(lastName)) {
            lines.add(owner.getLastName() + " (" + owner.getPets().size() + " pets)");
        }
        return lines;
    }
}
