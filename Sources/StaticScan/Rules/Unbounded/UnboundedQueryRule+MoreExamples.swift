// MARK: - HF201 examples: Kotlin, PHP, C#, Swift and SQL files

extension UnboundedQueryRule {
    static let moreExamples: [RuleExample] = kotlin + php + csharp + swift + sql + narrowingExamples

    static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            val orders = ↓orderRepository.findAll()
            """),
        .triggering(
            .kotlin,
            """
            val rows = transaction { ↓Orders.selectAll().map { it[Orders.total] } }
            """),
        .triggering(
            .kotlin,
            """
            val all = ↓repository.findAll(Sort.by("createdAt"))
            """),
        .nonTriggering(
            .kotlin,
            """
            val page = orderRepository.findAll(PageRequest.of(0, 50))
            """),
        .nonTriggering(
            .kotlin,
            """
            val rows = transaction { Orders.selectAll().where { Orders.userId eq userId }.toList() }
            """),
        .nonTriggering(
            .kotlin,
            """
            val recent = Orders.selectAll().limit(20).toList()
            """),
    ]

    static let php: [RuleExample] = [
        .triggering(
            .php,
            """
            $users = ↓User::all();
            """),
        .triggering(
            .php,
            """
            return ↓Order::with('items')->orderBy('created_at')->get();
            """),
        .triggering(
            .php,
            """
            $rows = ↓DB::table('orders')->get();
            """),
        .nonTriggering(
            .php,
            """
            return Order::with('items')->paginate(25);
            """),
        .nonTriggering(
            .php,
            """
            $orders = Order::where('user_id', $userId)->get();
            """),
        .nonTriggering(
            .php,
            """
            $rows = DB::table('orders')->limit(100)->get();
            """),
    ]

    static let csharp: [RuleExample] = [
        .triggering(
            .csharp,
            """
            var orders = ↓_db.Orders.ToList();
            """),
        .triggering(
            .csharp,
            """
            var users = await ↓_context.Users.Include(u => u.Orders).AsNoTracking().ToListAsync();
            """),
        .triggering(
            .csharp,
            """
            var rows = ↓connection.Query<Order>("SELECT * FROM Orders");
            """),
        .nonTriggering(
            .csharp,
            """
            var orders = _db.Orders.Where(o => o.CustomerId == id).ToList();
            """),
        .nonTriggering(
            .csharp,
            """
            var page = await _context.Users.OrderBy(u => u.Id).Skip(skip).Take(50).ToListAsync();
            """),
        .nonTriggering(
            .csharp,
            """
            var names = new List<string> { "a", "b" }.ToList();
            """),
    ]

    static let swift: [RuleExample] = [
        .triggering(
            .swift,
            """
            let players = try ↓Player.fetchAll(db)
            """),
        .triggering(
            .swift,
            """
            let todos = try await ↓Todo.query(on: req.db).sort(\\.$title).all()
            """),
        .triggering(
            .swift,
            """
            let rows = try ↓Row.fetchAll(db, sql: "SELECT * FROM player ORDER BY score")
            """),
        .nonTriggering(
            .swift,
            """
            let players = try Player.order(Column("score").desc).limit(10).fetchAll(db)
            """),
        .nonTriggering(
            .swift,
            """
            let todos = try await Todo.query(on: req.db).filter(\\.$userID == userID).all()
            """),
        .nonTriggering(
            .swift,
            """
            let page = try await Todo.query(on: req.db).paginate(for: req)
            """),
    ]

    static let sql: [RuleExample] = [
        .triggering(
            .sql,
            """
            ↓SELECT id, email, created_at FROM users ORDER BY created_at DESC;
            """),
        .triggering(
            .sql,
            """
            ↓SELECT o.id, o.total FROM orders o JOIN users u ON u.id = o.user_id WHERE o.status = 'paid';
            """),
        .triggering(
            .sql,
            """
            -- list endpoint
            ↓select * from events
            """),
        .nonTriggering(
            .sql,
            """
            SELECT id, email FROM users ORDER BY id LIMIT 50;
            """),
        // Variables set in the database, nothing returned: T-SQL `@x =`, `SELECT … INTO`.
        .nonTriggering(
            .sql,
            """
            DECLARE @MaxTempId INT;
            SELECT @MaxTempId = MAX(TempId), @Rows = COUNT(*) FROM #TempIds;
            SELECT id INTO archived_ids FROM orders;
            """),
        .nonTriggering(
            .sql,
            """
            SELECT id, total FROM orders WHERE user_id = :user_id;
            """),
        .nonTriggering(
            .sql,
            """
            SELECT count(*), max(total) FROM orders;
            """),
        .nonTriggering(
            .sql,
            """
            CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT);
            """),
    ]
}
