package org.example.clinic.visit;

import org.example.clinic.owner.PetDao;
import org.springframework.stereotype.Service;

@Service
public class VisitService {
    private final PetDao petDao;

    public VisitService(PetDao petDao) {
        this.petDao = petDao;
    }

    public String ownerName(Visit visit) {
        return petDao.findOwnerName(visit.getPetId());
    }
}
