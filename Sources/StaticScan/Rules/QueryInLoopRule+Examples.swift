// MARK: - HF101 examples: the tests and the text of `hundredfold explain HF101`
// (kept beside the rule because ten languages of examples do not fit its file)

extension QueryInLoopRule {
    static let examples: [RuleExample] =
        python + flaskSQLAlchemy + helpers + javascript + typescript + ruby + go + java + kotlin + php
        + phpHelpers + csharp
        + swift
        + eagerLoaded + lookAlikeExamples + elixir

    static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            for user_id in user_ids:
                user = ↓User.objects.get(id=user_id)
            """),
        .triggering(
            .python,
            """
            names = [↓Customer.objects.filter(pk=o.customer_id).first().name for o in orders]
            """),
        .triggering(
            .python,
            """
            for row in rows:
                ↓cursor.execute("SELECT total FROM orders WHERE id = %s", (row.id,))
            """),
        .triggering(
            .python,
            """
            for user in User.objects.all():
                for order in ↓Order.objects.filter(user=user):
                    print(order.total)
            """),
        .triggering(
            .python,
            """
            for item_id in ids:
                item = ↓session.get(Item, item_id)
            """),
        .nonTriggering(
            .python,
            """
            users = User.objects.in_bulk(user_ids)
            for user_id in user_ids:
                print(users[user_id].name)
            """),
        .nonTriggering(
            .python,
            """
            for shard in range(3):
                cursor.execute("SELECT count(*) FROM events")
            """),
        .nonTriggering(
            .python,
            """
            qs = Order.objects.all()
            for field, value in filters.items():
                qs = qs.filter(**{field: value})
            total = qs.count()
            """),
        .nonTriggering(
            .python,
            """
            for host in hosts:
                if Server.objects.filter(host=host).exists():
                    return host
            """),
        .nonTriggering(
            .python,
            """
            for name in ["timeout", "retries"]:
                Setting.objects.get(name=name)
            """),
        .triggering(
            .python,
            """
            for team in teams:
                members = list(↓Member.objects.filter(team=team))
            """),
        .triggering(
            .python,
            """
            for order in orders:
                for item in ↓order.items.all():
                    total += item.price
            """),
        .triggering(
            .python,
            """
            counts = [len(↓a.books.all()) for a in authors]
            """),
        .nonTriggering(
            .python,
            """
            for order in Order.objects.prefetch_related("items"):
                if (order.flags == 0).all():
                    print(order.items)
            """),
        .nonTriggering(
            .python,
            """
            for path in paths:
                if np.isnan(values[path]).all():
                    skipped += 1
            """),
        .nonTriggering(
            .python,
            """
            active = User.objects.filter(active=True)
            for group in groups:
                for user in active:
                    print(group, user)
            """),
    ]

    static let javascript: [RuleExample] = [
        // The cases of an enum are as many as the code declares.
        .nonTriggering(
            .typescript,
            """
            for (const role of Object.values(UserRole)) {
              const count = await User.count({ where: { role } });
            }
            """),
        .nonTriggering(
            .java,
            """
            for (Role role : Role.values()) {
                long n = userRepository.countByRole(role);
            }
            """),
        .triggering(
            .typescript,
            """
            for (const role of Object.values(rolesByTeam)) {
              const count = await ↓User.count({ where: { role } });
            }
            """),
        .triggering(
            .javascript,
            """
            for (const id of ids) {
              const user = await ↓prisma.user.findUnique({ where: { id } });
            }
            """),
        .triggering(
            .javascript,
            """
            users.forEach(async (u) => {
              await ↓db.query("SELECT * FROM orders WHERE user_id = $1", [u.id]);
            });
            """),
        .triggering(
            .javascript,
            """
            const posts = await Promise.all(ids.map((id) => ↓Post.findByPk(id)));
            """),
        .nonTriggering(
            .javascript,
            """
            const users = await prisma.user.findMany({ where: { id: { in: ids } } });
            for (const u of users) {
              console.log(u.name);
            }
            """),
        .nonTriggering(
            .javascript,
            """
            for (const table of ["users", "orders"]) {
              await db.query("SELECT count(*) FROM " + table);
            }
            """),
        .nonTriggering(
            .javascript,
            """
            let cursor = 0;
            while (cursor !== null) {
              const page = await db.query("SELECT * FROM t WHERE id > $1 LIMIT 100", [cursor]);
              cursor = page.next;
            }
            """),
    ]

    static let typescript: [RuleExample] = [
        .triggering(
            .typescript,
            """
            for (const id of ids) {
              const order: Order | null = await ↓this.orderRepository.findOneBy({ id });
            }
            """),
        .triggering(
            .typescript,
            """
            const results = ids.map(async (id: number) => ↓prisma.post.findMany({ where: { authorId: id } }));
            """),
        .triggering(
            .typescript,
            """
            for (let i = 0; i < users.length; i++) {
              await ↓knex("orders").where({ user_id: users[i].id }).first();
            }
            """),
        .triggering(
            .typescript,
            """
            await Promise.all(repos.map(async (repo) => {
              const row = await ↓env.DB.prepare("SELECT payload FROM snapshots WHERE repo = ?").bind(repo.name).first();
            }));
            """),
        .triggering(
            .typescript,
            """
            for (const id of ids) {
              const rows = await ↓db.select().from(snapshots).where(eq(snapshots.targetKey, id)).limit(100);
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const users: User[] = await repo.find({ where: { id: In(ids) } });
            users.forEach((u: User) => console.log(u.email));
            """),
        .nonTriggering(
            .typescript,
            """
            [1, 2, 3].forEach(async (n) => {
              await prisma.stats.count({ where: { n } });
            });
            """),
        .nonTriggering(
            .typescript,
            """
            const q = knex("users").where({ active: true });
            for (const f of filters) {
              q.andWhere(f);
            }
            const rows = await q;
            """),
        .nonTriggering(
            .typescript,
            """
            const statements = [];
            for (const event of events) {
              statements.push(env.DB.prepare("INSERT INTO events (id, body) VALUES (?, ?)").bind(event.id, event.body));
            }
            await env.DB.batch(statements);
            """),
        .nonTriggering(
            .typescript,
            """
            const queries = ids.map((id) => db.select().from(snapshots).where(eq(snapshots.targetKey, id)));
            const [first] = await db.batch(queries);
            """),
        .nonTriggering(
            .typescript,
            """
            for (const id of ids) {
              if (await prisma.user.findUnique({ where: { id } })) {
                return id;
              }
            }
            """),
    ]
}
