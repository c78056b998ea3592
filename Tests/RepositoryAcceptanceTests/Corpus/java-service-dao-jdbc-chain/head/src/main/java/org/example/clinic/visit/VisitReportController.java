package org.example.clinic.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class VisitReportController {
    private final VisitService visitService;
    private final VisitRepository visits;

    public VisitReportController(VisitService visitService, VisitRepository visits) {
        this.visitService = visitService;
        this.visits = visits;
    }

    @GetMapping("/reports/visits")
    public List<Map<String, Object>> report() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Visit v : visits.findTop50ByOrderByDateDesc()) {
            String owner = visitService.ownerName(v);
            rows.add(Map.of("id", v.getId(), "date", v.getDate(), "owner", owner));
        }
        return rows;
    }
}
