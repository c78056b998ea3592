package com.example.team;

import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InviteController {
    private final MemberStore members;

    InviteController(MemberStore members) {
        this.members = members;
    }

    @PostMapping("/invites")
    public int invite(@RequestBody List<String> emails) {
        long existing = emails.stream()
            .map(e -> members.findByEmail(e))
            .filter(Optional::isPresent)
            .count();
        return emails.size() - (int) existing;
    }
}
