// MARK: - HF101 examples in C# and Swift

extension QueryInLoopRule {
    static let csharp: [RuleExample] = [
        .triggering(
            .csharp,
            """
            foreach (var id in ids)
            {
                var user = ↓_context.Users.Find(id);
            }
            """),
        .triggering(
            .csharp,
            """
            foreach (var order in orders)
            {
                var c = await ↓connection.QueryFirstAsync<Customer>("SELECT * FROM Customers WHERE Id = @Id", new { order.CustomerId });
            }
            """),
        .triggering(
            .csharp,
            """
            var names = ids.Select(id => ↓_db.Users.Where(u => u.Id == id).Select(u => u.Name).FirstOrDefault()).ToList();
            """),
        .triggering(
            .csharp,
            """
            while (reader.Read())
            {
                var count = ↓_context.Orders.Count(o => o.UserId == reader.GetInt32(0));
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var users = _context.Users.Where(u => ids.Contains(u.Id)).ToList();
            foreach (var u in users)
            {
                Console.WriteLine(u.Name);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var role in new[] { "admin", "user" })
            {
                _context.Roles.First(r => r.Name == role);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var query = _context.Orders.AsQueryable();
            foreach (var f in filters)
            {
                query = query.Where(f);
            }
            var list = query.ToList();
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var id in ids)
            {
                if (_context.Users.Any(u => u.Id == id))
                {
                    return id;
                }
            }
            """),
        // A LINQ lambda over a materialized list runs per element.
        .triggering(
            .csharp,
            """
            var customers = orders.ToList().Select(o => ↓db.Customers.Find(o.CustomerId)).ToList();
            """),
        .triggering(
            .csharp,
            """
            var rows = await _context.Invoices.ToListAsync();
            var totals = rows.Select(i => ↓_context.Payments.Where(p => p.InvoiceId == i.Id).Sum(p => p.Amount));
            """),
        // Lambdas of an `IQueryable` chain are translated into one SQL statement: not loops.
        .nonTriggering(
            .csharp,
            """
            var active = await db.Rentals
                .Where(r => db.Leases.Any(l => l.Id == r.LeaseId && l.EndsAt > now))
                .OrderBy(r => r.StartsAt)
                .ToListAsync();
            """),
        .nonTriggering(
            .csharp,
            """
            var counts = await _dbContext.Orders
                .Where(o => o.CustomerId == customerId)
                .Select(x => new { x.Id, Count = x.Items.Count(), Paid = x.Payments.Any(p => p.Settled) })
                .ToListAsync();
            """),
        .nonTriggering(
            .csharp,
            """
            public IQueryable<Organization> Visible(IQueryable<Organization> query, Guid userId)
            {
                return query.Where(o => dbContext.OrganizationUsers.Any(ou => ou.OrganizationId == o.Id && ou.UserId == userId));
            }
            """),
    ]

    static let swift: [RuleExample] = [
        // The rows a throwing fetch returns are iterated past `try`.
        .triggering(
            .swift,
            """
            for feed in try context.fetch(NSFetchRequest<Feed>(entityName: "Feed")) {
                let request = NSFetchRequest<Article>(entityName: "Article")
                request.predicate = NSPredicate(format: "feed == %@", feed)
                unread[feed.id] = try ↓context.count(for: request)
            }
            """),
        .triggering(
            .swift,
            """
            for dto in collections {
                let descriptor = FetchDescriptor<Collection>(predicate: #Predicate { $0.id == dto.id })
                let existing = try ↓modelContext.fetch(descriptor).first
            }
            """),
        .triggering(
            .swift,
            """
            for feed in feeds {
                let request = NSFetchRequest<Article>(entityName: "Article")
                request.predicate = NSPredicate(format: "feedID == %@", feed.id)
                let count = try ↓context.count(for: request)
            }
            """),
        .nonTriggering(
            .swift,
            """
            for dto in collections {
                let collection = Collection(id: dto.id, name: dto.name)
                modelContext.insert(collection)
            }
            try modelContext.save()
            """),
        .triggering(
            .swift,
            """
            for id in ids {
                let player = try ↓Player.fetchOne(db, key: id)
            }
            """),
        .triggering(
            .swift,
            """
            let names = try ids.map { id in
                try ↓Row.fetchOne(db, sql: "SELECT name FROM player WHERE id = ?", arguments: [id])
            }
            """),
        .triggering(
            .swift,
            """
            for user in users {
                let todos = try await ↓Todo.query(on: req.db).filter("user_id", .equal, user.id).all()
            }
            """),
        .nonTriggering(
            .swift,
            """
            let players = try Player.fetchAll(db, keys: ids)
            for player in players {
                print(player.name)
            }
            """),
        .nonTriggering(
            .swift,
            """
            for _ in 1...3 {
                try Player.fetchCount(db)
            }
            """),
        .nonTriggering(
            .swift,
            """
            var request = Player.all()
            for filter in filters {
                request = request.filter(filter)
            }
            let result = try request.fetchAll(db)
            """),
        .nonTriggering(
            .swift,
            """
            for id in ids {
                if try Player.fetchOne(db, key: id) != nil {
                    return id
                }
            }
            """),
    ]
}
