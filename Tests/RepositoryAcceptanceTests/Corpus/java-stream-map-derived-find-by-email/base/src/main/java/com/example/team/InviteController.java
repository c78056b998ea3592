package com.example.team;

import java.util.List;
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
        return emails.size();
    }
}
