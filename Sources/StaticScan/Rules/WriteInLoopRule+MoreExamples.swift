// MARK: - HF102 examples in PHP, C#, Swift

extension WriteInLoopRule {
    static let moreExamples: [RuleExample] = [
        // PHP
        .triggering(
            .php,
            """
            foreach ($rows as $row) {
                ↓Order::create(['total' => $row['total']]);
            }
            """),
        .triggering(
            .php,
            """
            foreach ($users as $user) {
                $user->active = false;
                ↓$user->save();
            }
            """),
        .triggering(
            .php,
            """
            foreach ($ids as $id) {
                ↓DB::update('UPDATE users SET active = 0 WHERE id = ?', [$id]);
            }
            """),
        .nonTriggering(
            .php,
            """
            Order::insert($rows);
            """),
        .nonTriggering(
            .php,
            """
            foreach ($rows as $row) {
                $items->push($row);
            }
            """),
        .nonTriggering(
            .php,
            """
            User::whereIn('id', $ids)->update(['active' => false]);
            """),
        .nonTriggering(
            .php,
            """
            foreach (['a', 'b'] as $name) {
                Tag::create(['name' => $name]);
            }
            """),
        // C#
        .triggering(
            .csharp,
            """
            foreach (var user in users)
            {
                user.Active = false;
                ↓_context.SaveChanges();
            }
            """),
        .triggering(
            .csharp,
            """
            foreach (var comment in comments)
            {
                _ctx.Remove(comment);
                await ↓_ctx.SaveChangesAsync();
            }
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var comment in comments)
            {
                _ctx.Remove(comment);
            }
            await _ctx.SaveChangesAsync();
            """),
        .triggering(
            .csharp,
            """
            foreach (var item in items)
            {
                await ↓connection.ExecuteAsync("INSERT INTO Items (Name) VALUES (@Name)", item);
            }
            """),
        .triggering(
            .csharp,
            """
            items.ForEach(i => ↓_db.Database.ExecuteSqlRaw("UPDATE Items SET Seen = 1 WHERE Id = {0}", i.Id));
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var user in users)
            {
                _context.Users.Add(user);
            }
            _context.SaveChanges();
            """),
        .nonTriggering(
            .csharp,
            """
            _context.Users.AddRange(users);
            await _context.SaveChangesAsync();
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var name in new[] { "a", "b" })
            {
                connection.Execute("INSERT INTO Tags (Name) VALUES (@name)", new { name });
            }
            """),
        // Swift
        .triggering(
            .swift,
            """
            for var player in players {
                player.score += 1
                try ↓player.update(db)
            }
            """),
        .triggering(
            .swift,
            """
            try users.forEach { user in
                try ↓user.save(on: req.db).wait()
            }
            """),
        .triggering(
            .swift,
            """
            for name in names {
                try ↓db.execute(sql: "INSERT INTO tag (name) VALUES (?)", arguments: [name])
            }
            """),
        .nonTriggering(
            .swift,
            """
            for player in players {
                total += player.score
            }
            try Player.updateAll(db, Column("score").set(to: 0))
            """),
        .nonTriggering(
            .swift,
            """
            for i in 0..<2 {
                try Player(id: i).insert(db)
            }
            """),
        .nonTriggering(
            .swift,
            """
            var seen: [Int] = []
            for player in players {
                seen.insert(player.id, at: 0)
            }
            """),
        // Receivers known by their declared type, and a transaction's error handling
        .triggering(
            .go,
            """
            return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
            \tfor _, item := range req.Items {
            \t\tline := LineItem{OrderID: req.OrderID, SKU: item.SKU}
            \t\tif err := ↓tx.Create(&line).Error; err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn nil
            })
            """),
        .nonTriggering(
            .go,
            """
            return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
            \tlines := make([]LineItem, 0, len(req.Items))
            \tfor _, item := range req.Items {
            \t\tlines = append(lines, LineItem{OrderID: req.OrderID, SKU: item.SKU})
            \t}
            \treturn tx.CreateInBatches(lines, 100).Error
            })
            """),
        .triggering(
            .typescript,
            """
            constructor(
              @InjectRepository(InvoiceLine)
              private readonly lines: Repository<InvoiceLine>,
            ) {}

            async addLines(invoiceId: string, dtos: CreateLineDto[]): Promise<void> {
              for (const dto of dtos) {
                await ↓this.lines.save({ ...dto, invoiceId });
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            constructor(private readonly lines: Repository<InvoiceLine>) {}

            async addLines(invoiceId: string, dtos: CreateLineDto[]): Promise<void> {
              await this.lines.save(dtos.map((dto) => ({ ...dto, invoiceId })));
            }
            """),
        .nonTriggering(
            .typescript,
            """
            constructor(private readonly lines: Array<InvoiceLine>) {}

            addLines(dtos: CreateLineDto[]): void {
              for (const dto of dtos) {
                this.lines.push(toLine(dto));
              }
            }
            """),
    ]
}
