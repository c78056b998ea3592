// MARK: - HF101 examples in Go, Java, Kotlin, PHP

extension QueryInLoopRule {
    static let go: [RuleExample] = [
        .triggering(
            .go,
            """
            for _, id := range ids {
            \trow := ↓db.QueryRow("SELECT name FROM users WHERE id = $1", id)
            \t_ = row
            }
            """),
        .triggering(
            .go,
            """
            for _, u := range users {
            \tvar orders []Order
            \t↓db.Where("user_id = ?", u.ID).Find(&orders)
            }
            """),
        .triggering(
            .go,
            """
            for i := 0; i < len(items); i++ {
            \t↓db.First(&item, items[i].ID)
            }
            """),
        .triggering(
            .go,
            """
            for _, id := range ids {
            \tif err := ↓s.db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name); err != nil {
            \t\treturn nil, err
            \t}
            }
            """),
        .nonTriggering(
            .go,
            """
            rows, err := db.Query("SELECT id, name FROM users WHERE id = ANY($1)", ids)
            for rows.Next() {
            \trows.Scan(&id, &name)
            }
            """),
        .nonTriggering(
            .go,
            """
            for _, table := range []string{"users", "orders"} {
            \tdb.QueryRow("SELECT count(*) FROM " + table)
            }
            """),
        .nonTriggering(
            .go,
            """
            for _, id := range ids {
            \tquery := fmt.Sprintf("SELECT * FROM t WHERE id = %d", id)
            \tqueries = append(queries, query)
            }
            """),
        .nonTriggering(
            .go,
            """
            for _, id := range ids {
            \tif err := db.QueryRow("SELECT 1 FROM t WHERE id = $1", id).Scan(&one); err == nil {
            \t\treturn id
            \t}
            }
            """),
        .triggering(
            .go,
            """
            func conflicts(s *xorm.Session, positions []*Position) error {
            \tfor _, p := range positions {
            \t\tfound := []*Position{}
            \t\tif err := ↓s.Where("view_id = ?", p.ViewID).Find(&found); err != nil {
            \t\t\treturn err
            \t\t}
            \t}
            \treturn nil
            }
            """),
        .triggering(
            .go,
            """
            func owners(e xorm.Interface, repos []*Repo) {
            \tfor _, r := range repos {
            \t\tu := new(User)
            \t\t↓e.ID(r.OwnerID).Get(u)
            \t}
            }
            """),
        .nonTriggering(
            .go,
            """
            func remember(c *gin.Context, keys []string) {
            \tsession := sessions.Default(c)
            \tfor _, k := range keys {
            \t\tvalues = append(values, session.Get(k))
            \t}
            }
            """),
        .nonTriggering(
            .go,
            """
            func conflicts(s *xorm.Session, ids []int64) error {
            \tfound := []*Position{}
            \treturn s.In("id", ids).Find(&found)
            }
            """),
    ]

    static let java: [RuleExample] = [
        .triggering(
            .java,
            """
            for (Long id : ids) {
                User user = ↓userRepository.findById(id).orElseThrow();
            }
            """),
        .triggering(
            .java,
            """
            orders.forEach(order -> {
                Customer c = ↓customerRepository.findByEmail(order.getEmail());
            });
            """),
        .triggering(
            .java,
            """
            while (rs.next()) {
                ResultSet items = ↓stmt.executeQuery("SELECT * FROM items WHERE order_id = " + rs.getLong("id"));
            }
            """),
        .triggering(
            .java,
            """
            List<Order> list = ids.stream().map(id -> ↓em.find(Order.class, id)).collect(Collectors.toList());
            """),
        .triggering(
            .java,
            """
            List<Optional<User>> users = ids.stream().map(↓userRepository::findById).toList();
            """),
        .nonTriggering(
            .java,
            """
            List<String> names = users.stream().map(User::getName).toList();
            """),
        .nonTriggering(
            .java,
            """
            List<User> users = userRepository.findAllById(ids);
            for (User u : users) {
                System.out.println(u.getName());
            }
            """),
        .nonTriggering(
            .java,
            """
            for (int i = 0; i < 3; i++) {
                userRepository.count();
            }
            """),
        .nonTriggering(
            .java,
            """
            for (String id : ids) {
                if (userRepository.existsById(id)) {
                    return id;
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            for (String col : columns) {
                sql.append(col).append(", ");
            }
            ResultSet rs = stmt.executeQuery(sql.toString());
            """),
    ]

    static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            for (id in ids) {
                val user = ↓userRepository.findById(id)
            }
            """),
        .triggering(
            .kotlin,
            """
            orders.forEach { order ->
                ↓jdbcTemplate.queryForObject("SELECT name FROM customers WHERE id = ?", String::class.java, order.customerId)
            }
            """),
        .triggering(
            .kotlin,
            """
            val names = ids.map { ↓userRepository.findByName(it) }
            """),
        .nonTriggering(
            .kotlin,
            """
            val users = userRepository.findAllById(ids)
            users.forEach { println(it.name) }
            """),
        .nonTriggering(
            .kotlin,
            """
            listOf("a", "b").forEach { userRepository.findByName(it) }
            """),
        .nonTriggering(
            .kotlin,
            """
            repeat(3) { userRepository.count() }
            """),
        .nonTriggering(
            .kotlin,
            """
            for (id in ids) {
                if (userRepository.existsById(id)) return id
            }
            """),
    ]

    static let php: [RuleExample] = [
        .triggering(
            .php,
            """
            foreach ($orders as $order) {
                $customer = ↓Customer::find($order->customer_id);
            }
            """),
        .triggering(
            .php,
            """
            foreach ($ids as $id) {
                $row = ↓$pdo->query("SELECT * FROM users WHERE id = " . (int) $id)->fetch();
            }
            """),
        .triggering(
            .php,
            """
            $users->each(function ($user) {
                ↓Post::where('user_id', $user->id)->get();
            });
            """),
        .triggering(
            .php,
            """
            for ($i = 0; $i < count($ids); $i++) {
                ↓DB::table('users')->where('id', $ids[$i])->first();
            }
            """),
        .nonTriggering(
            .php,
            """
            $customers = Customer::whereIn('id', $ids)->get()->keyBy('id');
            foreach ($orders as $order) {
                echo $customers[$order->customer_id]->name;
            }
            """),
        .nonTriggering(
            .php,
            """
            foreach (['draft', 'sent'] as $status) {
                Invoice::where('status', $status)->count();
            }
            """),
        .nonTriggering(
            .php,
            """
            $query = User::query();
            foreach ($filters as $column => $value) {
                $query->where($column, $value);
            }
            $users = $query->get();
            """),
        .nonTriggering(
            .php,
            """
            foreach ($ids as $id) {
                if (User::find($id)) {
                    return $id;
                }
            }
            """),
    ]
}
