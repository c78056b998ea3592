// MARK: - HF102 examples: the tests and the text of `hundredfold explain HF102`

extension WriteInLoopRule {
    static let examples: [RuleExample] =
        firstExamples + compiledExamples + moreExamples + namedLiteralExamples + codeSizedExamples + lookAlikeExamples
        + batchExamples
        + elixir

    static let firstExamples: [RuleExample] = [
        // Python
        .triggering(
            .python,
            """
            for row in rows:
                ↓Order.objects.create(user=row.user, total=row.total)
            """),
        .triggering(
            .python,
            """
            for user in users:
                user.last_seen = now
                ↓user.save()
            """),
        .triggering(
            .python,
            """
            for item in items:
                ↓cursor.execute("INSERT INTO items (name) VALUES (%s)", (item.name,))
            """),
        .triggering(
            .python,
            """
            for order in orders:
                session.add(order)
                ↓session.commit()
            """),
        .nonTriggering(
            .python,
            """
            Order.objects.bulk_create([Order(user=u) for u in users])
            """),
        .nonTriggering(
            .python,
            """
            for page in pages:
                page.image.save(f"{page.slug}.png")
            """),
        .nonTriggering(
            .python,
            """
            for chunk in batched(ids, 500):
                Order.objects.filter(id__in=chunk).update(seen=True)
            """),
        .nonTriggering(
            .python,
            """
            for start in range(0, len(rows), 1000):
                cursor.executemany("INSERT INTO t (v) VALUES (%s)", rows[start:start + 1000])
            """),
        .nonTriggering(
            .python,
            """
            for name in ("a", "b"):
                Setting.objects.create(name=name)
            """),
        .nonTriggering(
            .python,
            """
            for user in users:
                session.add(user)
            session.commit()
            """),
        .nonTriggering(
            .python,
            """
            for attempt in range(retries):
                try:
                    Job.objects.create(name=name)
                    break
                except OperationalError:
                    time.sleep(1)
            """),
        // JavaScript
        .triggering(
            .javascript,
            """
            for (const item of items) {
              await ↓prisma.item.create({ data: item });
            }
            """),
        .triggering(
            .javascript,
            """
            rows.forEach((row) => {
              ↓db.query("UPDATE users SET seen = now() WHERE id = $1", [row.id]);
            });
            """),
        .triggering(
            .javascript,
            """
            for (const u of users) {
              await ↓User.update({ active: false }, { where: { id: u.id } });
            }
            """),
        .nonTriggering(
            .javascript,
            """
            await prisma.item.createMany({ data: items });
            """),
        .nonTriggering(
            .javascript,
            """
            for (const location of locations) {
              await this.npm.config.save(location);
            }
            """),
        .nonTriggering(
            .javascript,
            """
            for (const u of users) {
              u.active = false;
            }
            await User.bulkCreate(users, { updateOnDuplicate: ["active"] });
            """),
        .nonTriggering(
            .javascript,
            """
            for (const env of ["dev", "prod"]) {
              await db.query("INSERT INTO envs (name) VALUES ($1)", [env]);
            }
            """),
        // TypeScript
        .triggering(
            .typescript,
            """
            for (const dto of dtos) {
              await ↓this.userRepository.save(dto);
            }
            """),
        .triggering(
            .typescript,
            """
            await Promise.all(items.map((i: Item) => ↓prisma.item.update({ where: { id: i.id }, data: i })));
            """),
        .triggering(
            .typescript,
            """
            for (const id of ids) {
              await ↓knex("events").insert({ user_id: id });
            }
            """),
        .nonTriggering(
            .typescript,
            """
            await this.userRepository.save(dtos);
            """),
        .nonTriggering(
            .typescript,
            """
            const rows = ids.map((id: number) => ({ user_id: id }));
            await knex("events").insert(rows);
            """),
        .nonTriggering(
            .typescript,
            """
            for (const id of [1, 2]) {
              await prisma.flag.update({ where: { id }, data: { on: true } });
            }
            """),
        // Ruby
        .triggering(
            .ruby,
            """
            users.each do |user|
              ↓user.update(last_seen_at: Time.current)
            end
            """),
        .triggering(
            .ruby,
            """
            rows.each { |r| ↓Event.create!(name: r[:name]) }
            """),
        .triggering(
            .ruby,
            """
            for order in orders
              order.status = "paid"
              ↓order.save!
            end
            """),
        .nonTriggering(
            .ruby,
            """
            Event.insert_all(rows.map { |r| { name: r[:name] } })
            """),
        .nonTriggering(
            .ruby,
            """
            User.where(id: ids).update_all(active: false)
            """),
        .nonTriggering(
            .ruby,
            """
            ids.each_slice(500) { |batch| User.where(id: batch).update_all(seen: true) }
            """),
        .nonTriggering(
            .ruby,
            """
            User.where(active: false).in_batches(of: 1000) do |relation|
              relation.delete_all
            end
            """),
        .nonTriggering(
            .ruby,
            """
            %w[a b].each { |n| Tag.create!(name: n) }
            """),
        // A literal array on a line of its own (tests try a few values).
        .nonTriggering(
            .ruby,
            """
            def test_edit_tag_with_ratio_interval
              [5, 10].each do |ratio_interval|
                @field.update(ratio_interval: ratio_interval)
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            [1, 2, 3].shuffle.each do |user_id|
              Watcher.create!(watchable: issue, user_id: user_id)
            end
            """),
        .triggering(
            .ruby,
            """
            def refresh_all
              Tracker.visible.each do |tracker|
                ↓tracker.save!
              end
            end
            """),
        // Batching helpers of the project, and loops whose variable is a batch.
        .nonTriggering(
            .python,
            """
            for batch in queryset_in_batches(Order.objects.filter(archived=False)):
                Order.objects.filter(id__in=[o.id for o in batch]).update(flag=True)
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var chunk in userIds.Chunk(1000))
            {
                await _context.Users.Where(u => chunk.Contains(u.Id)).ExecuteDeleteAsync();
            }
            """),
        .triggering(
            .python,
            """
            for job in get_batch_jobs():
                ↓job.save()
            """),
    ]
}
