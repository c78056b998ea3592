package com.example.team;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

public interface MemberStore extends CrudRepository<Member, Long> {
    Optional<Member> findByEmail(String email);
}
