// MARK: - HF102 examples in Go, Java, Kotlin

extension WriteInLoopRule {
    static let compiledExamples: [RuleExample] = [
        .triggering(
            .go,
            """
            for _, item := range items {
            \ttx, err := ↓s.db.Begin()
            \tif err != nil {
            \t\treturn err
            \t}
            \tdefer tx.Rollback()
            }
            """),
        .nonTriggering(
            .go,
            """
            tx, err := s.db.Begin()
            if err != nil {
            \treturn err
            }
            for _, item := range items {
            \tcreateItem(tx, item)
            }
            return tx.Commit()
            """),
        .nonTriggering(
            .go,
            """
            for _, job := range jobs {
            \tjob.Begin()
            }
            """),
        // Go
        .triggering(
            .go,
            """
            for _, u := range users {
            \t↓db.Create(&u)
            }
            """),
        .triggering(
            .go,
            """
            for _, id := range ids {
            \t↓db.Exec("UPDATE users SET active = false WHERE id = $1", id)
            }
            """),
        .triggering(
            .go,
            """
            for _, e := range events {
            \t_, err := ↓tx.ExecContext(ctx, "INSERT INTO events (name) VALUES ($1)", e.Name)
            }
            """),
        .nonTriggering(
            .go,
            """
            db.CreateInBatches(users, 100)
            """),
        .nonTriggering(
            .go,
            """
            for _, name := range []string{"a", "b"} {
            \tdb.Exec("INSERT INTO tags (name) VALUES ($1)", name)
            }
            """),
        .nonTriggering(
            .go,
            """
            for _, u := range users {
            \tbatch = append(batch, u)
            }
            db.Create(&batch)
            """),
        // Java
        .triggering(
            .java,
            """
            for (User u : users) {
                ↓userRepository.save(u);
            }
            """),
        .triggering(
            .java,
            """
            items.forEach(item -> ↓jdbcTemplate.update("INSERT INTO items (name) VALUES (?)", item.getName()));
            """),
        .triggering(
            .java,
            """
            for (Order o : orders) {
                ↓em.merge(o);
            }
            """),
        .nonTriggering(
            .java,
            """
            userRepository.saveAll(users);
            """),
        .nonTriggering(
            .java,
            """
            for (User u : users) {
                em.persist(u);
            }
            em.flush();
            """),
        .nonTriggering(
            .java,
            """
            for (int i = 0; i < 2; i++) {
                userRepository.save(defaults[i]);
            }
            """),
        // Kotlin
        .triggering(
            .kotlin,
            """
            for (user in users) {
                ↓userRepository.save(user)
            }
            """),
        .triggering(
            .kotlin,
            """
            events.forEach { ↓jdbcTemplate.update("INSERT INTO events (name) VALUES (?)", it.name) }
            """),
        .triggering(
            .kotlin,
            """
            users.map { u -> ↓repo.save(u.copy(active = false)) }
            """),
        .triggering(
            .kotlin,
            """
            users.forEach(↓userRepository::save)
            """),
        .nonTriggering(
            .kotlin,
            """
            userRepository.saveAll(users)
            """),
        .nonTriggering(
            .kotlin,
            """
            listOf("a", "b").forEach { tagRepository.save(Tag(it)) }
            """),
        .nonTriggering(
            .kotlin,
            """
            val updated = users.map { it.copy(active = false) }
            userRepository.saveAll(updated)
            """),
    ]
}
