// MARK: - HF102 examples: the tests and the text of `hundredfold explain HF102`

extension WriteInLoopRule {
    static let examples: [RuleExample] = firstExamples + moreExamples

    static let firstExamples: [RuleExample] = [
        // Python
        .triggering(.python, """
            for row in rows:
                ↓Order.objects.create(user=row.user, total=row.total)
            """),
        .triggering(.python, """
            for user in users:
                user.last_seen = now
                ↓user.save()
            """),
        .triggering(.python, """
            for item in items:
                ↓cursor.execute("INSERT INTO items (name) VALUES (%s)", (item.name,))
            """),
        .triggering(.python, """
            for order in orders:
                session.add(order)
                ↓session.commit()
            """),
        .nonTriggering(.python, """
            Order.objects.bulk_create([Order(user=u) for u in users])
            """),
        .nonTriggering(.python, """
            for page in pages:
                page.image.save(f"{page.slug}.png")
            """),
        .nonTriggering(.python, """
            for name in ("a", "b"):
                Setting.objects.create(name=name)
            """),
        .nonTriggering(.python, """
            for user in users:
                session.add(user)
            session.commit()
            """),
        .nonTriggering(.python, """
            for attempt in range(retries):
                try:
                    Job.objects.create(name=name)
                    break
                except OperationalError:
                    time.sleep(1)
            """),
        // JavaScript
        .triggering(.javascript, """
            for (const item of items) {
              await ↓prisma.item.create({ data: item });
            }
            """),
        .triggering(.javascript, """
            rows.forEach((row) => {
              ↓db.query("UPDATE users SET seen = now() WHERE id = $1", [row.id]);
            });
            """),
        .triggering(.javascript, """
            for (const u of users) {
              await ↓User.update({ active: false }, { where: { id: u.id } });
            }
            """),
        .nonTriggering(.javascript, """
            await prisma.item.createMany({ data: items });
            """),
        .nonTriggering(.javascript, """
            for (const location of locations) {
              await this.npm.config.save(location);
            }
            """),
        .nonTriggering(.javascript, """
            for (const u of users) {
              u.active = false;
            }
            await User.bulkCreate(users, { updateOnDuplicate: ["active"] });
            """),
        .nonTriggering(.javascript, """
            for (const env of ["dev", "prod"]) {
              await db.query("INSERT INTO envs (name) VALUES ($1)", [env]);
            }
            """),
        // TypeScript
        .triggering(.typescript, """
            for (const dto of dtos) {
              await ↓this.userRepository.save(dto);
            }
            """),
        .triggering(.typescript, """
            await Promise.all(items.map((i: Item) => ↓prisma.item.update({ where: { id: i.id }, data: i })));
            """),
        .triggering(.typescript, """
            for (const id of ids) {
              await ↓knex("events").insert({ user_id: id });
            }
            """),
        .nonTriggering(.typescript, """
            await this.userRepository.save(dtos);
            """),
        .nonTriggering(.typescript, """
            const rows = ids.map((id: number) => ({ user_id: id }));
            await knex("events").insert(rows);
            """),
        .nonTriggering(.typescript, """
            for (const id of [1, 2]) {
              await prisma.flag.update({ where: { id }, data: { on: true } });
            }
            """),
        // Ruby
        .triggering(.ruby, """
            users.each do |user|
              ↓user.update(last_seen_at: Time.current)
            end
            """),
        .triggering(.ruby, """
            rows.each { |r| ↓Event.create!(name: r[:name]) }
            """),
        .triggering(.ruby, """
            for order in orders
              order.status = "paid"
              ↓order.save!
            end
            """),
        .nonTriggering(.ruby, """
            Event.insert_all(rows.map { |r| { name: r[:name] } })
            """),
        .nonTriggering(.ruby, """
            User.where(id: ids).update_all(active: false)
            """),
        .nonTriggering(.ruby, """
            %w[a b].each { |n| Tag.create!(name: n) }
            """),
        // Go
        .triggering(.go, """
            for _, u := range users {
            \t↓db.Create(&u)
            }
            """),
        .triggering(.go, """
            for _, id := range ids {
            \t↓db.Exec("UPDATE users SET active = false WHERE id = $1", id)
            }
            """),
        .triggering(.go, """
            for _, e := range events {
            \t_, err := ↓tx.ExecContext(ctx, "INSERT INTO events (name) VALUES ($1)", e.Name)
            }
            """),
        .nonTriggering(.go, """
            db.CreateInBatches(users, 100)
            """),
        .nonTriggering(.go, """
            for _, name := range []string{"a", "b"} {
            \tdb.Exec("INSERT INTO tags (name) VALUES ($1)", name)
            }
            """),
        .nonTriggering(.go, """
            for _, u := range users {
            \tbatch = append(batch, u)
            }
            db.Create(&batch)
            """),
        // Java
        .triggering(.java, """
            for (User u : users) {
                ↓userRepository.save(u);
            }
            """),
        .triggering(.java, """
            items.forEach(item -> ↓jdbcTemplate.update("INSERT INTO items (name) VALUES (?)", item.getName()));
            """),
        .triggering(.java, """
            for (Order o : orders) {
                ↓em.merge(o);
            }
            """),
        .nonTriggering(.java, """
            userRepository.saveAll(users);
            """),
        .nonTriggering(.java, """
            for (User u : users) {
                em.persist(u);
            }
            em.flush();
            """),
        .nonTriggering(.java, """
            for (int i = 0; i < 2; i++) {
                userRepository.save(defaults[i]);
            }
            """),
        // Kotlin
        .triggering(.kotlin, """
            for (user in users) {
                ↓userRepository.save(user)
            }
            """),
        .triggering(.kotlin, """
            events.forEach { ↓jdbcTemplate.update("INSERT INTO events (name) VALUES (?)", it.name) }
            """),
        .triggering(.kotlin, """
            users.map { u -> ↓repo.save(u.copy(active = false)) }
            """),
        .nonTriggering(.kotlin, """
            userRepository.saveAll(users)
            """),
        .nonTriggering(.kotlin, """
            listOf("a", "b").forEach { tagRepository.save(Tag(it)) }
            """),
        .nonTriggering(.kotlin, """
            val updated = users.map { it.copy(active = false) }
            userRepository.saveAll(updated)
            """),
    ]
}
