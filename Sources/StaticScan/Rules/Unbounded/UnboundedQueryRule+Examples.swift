// MARK: - HF201 examples: the tests and the text of `hundredfold explain HF201`

extension UnboundedQueryRule {
    static let examples: [RuleExample] =
        python + javascript + typescript + ruby + go + java + moreExamples + elixir + wholeSetExamples

    static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            def index(request):
                return ↓Order.objects.all()
            """),
        .triggering(
            .python,
            """
            def export():
                ↓cursor.execute("SELECT id, total FROM orders")
                return cursor.fetchall()
            """),
        .triggering(
            .python,
            """
            users = ↓session.query(User).order_by(User.name).all()
            """),
        .triggering(
            .python,
            """
            data = OrderSerializer(↓Order.objects.select_related("user").all(), many=True).data
            """),
        .triggering(
            .python,
            """
            def order_list(request):
                orders = ↓Order.objects.all().values("id", "total")
                return JsonResponse({"orders": list(orders)})
            """),
        .nonTriggering(
            .python,
            """
            def index(request):
                return Order.objects.all()[:50]
            """),
        .nonTriggering(
            .python,
            """
            def order_list(request):
                orders = Order.objects.all().values("id", "total")
                return JsonResponse({"orders": list(orders[:100])})
            """),
        .nonTriggering(
            .python,
            """
            cursor.execute("SELECT id, total FROM orders WHERE user_id = %s", (user_id,))
            rows = cursor.fetchall()
            """),
        .nonTriggering(
            .python,
            """
            for order in Order.objects.all().iterator(chunk_size=2000):
                export(order)
            """),
        .nonTriggering(
            .python,
            """
            users = session.query(User).filter(User.team_id == team_id).all()
            """),
        .nonTriggering(
            .python,
            """
            cursor.execute("SELECT count(*) FROM orders")
            """),
    ]

    static let javascript: [RuleExample] = [
        .triggering(
            .javascript,
            """
            const users = await ↓prisma.user.findMany();
            """),
        .triggering(
            .javascript,
            """
            const orders = await ↓prisma.order.findMany({ where: { status: "paid" }, orderBy: { id: "asc" } });
            """),
        .triggering(
            .javascript,
            """
            const rows = await ↓Order.findAll({ order: [["createdAt", "DESC"]] });
            """),
        .triggering(
            .javascript,
            """
            const { rows } = await ↓pool.query("SELECT * FROM orders ORDER BY created_at");
            """),
        .nonTriggering(
            .javascript,
            """
            const users = await prisma.user.findMany({ take: 50, skip: page * 50 });
            """),
        .nonTriggering(
            .javascript,
            """
            const orders = await prisma.order.findMany({ where: { userId } });
            """),
        .nonTriggering(
            .javascript,
            """
            const rows = await Order.findAll({ limit: 100, order: [["id", "ASC"]] });
            """),
        .nonTriggering(
            .javascript,
            """
            const hit = items.find((item) => item.id === id);
            """),
    ]

    static let typescript: [RuleExample] = [
        .triggering(
            .typescript,
            """
            const users: User[] = await ↓this.userRepository.find();
            """),
        .triggering(
            .typescript,
            """
            const posts = await ↓prisma.post.findMany({ include: { author: true } });
            """),
        .triggering(
            .typescript,
            """
            const result = await ↓db.query("SELECT id, email FROM users WHERE active = true");
            """),
        .nonTriggering(
            .typescript,
            """
            const users: User[] = await this.userRepository.find({ take: 20, order: { id: "ASC" } });
            """),
        .nonTriggering(
            .typescript,
            """
            const posts = await prisma.post.findMany({ where: { authorId: user.id } });
            """),
        .nonTriggering(
            .typescript,
            """
            const result = await db.query("SELECT id, email FROM users WHERE id = $1", [id]);
            """),
    ]

    static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            ↓User.all.each do |user|
              puts user.email
            end
            """),
        .triggering(
            .ruby,
            """
            def index
              render json: ↓Order.all
            end
            """),
        .triggering(
            .ruby,
            """
            def index
              @products = ↓Product.includes(:images).order(:name).to_a
            end
            """),
        .nonTriggering(
            .ruby,
            """
            User.find_each do |user|
              puts user.email
            end
            """),
        .nonTriggering(
            .ruby,
            """
            def index
              render json: Order.where(user_id: current_user.id)
            end
            """),
        .nonTriggering(
            .ruby,
            """
            @products = Product.order(:name).page(params[:page]).per(25)
            """),
    ]

    static let go: [RuleExample] = [
        .triggering(
            .go,
            """
            var users []User
            ↓db.Find(&users)
            """),
        .triggering(
            .go,
            """
            ↓db.Preload("Items").Order("id").Find(&orders)
            """),
        .triggering(
            .go,
            """
            rows, err := ↓db.Query("SELECT id, total FROM orders")
            """),
        .nonTriggering(
            .go,
            """
            db.Where("user_id = ?", userID).Find(&orders)
            """),
        .nonTriggering(
            .go,
            """
            db.Limit(100).Offset(offset).Find(&orders)
            """),
        .nonTriggering(
            .go,
            """
            row := db.QueryRow("SELECT total FROM orders")
            """),
    ]

    static let java: [RuleExample] = [
        .triggering(
            .java,
            """
            List<Order> orders = ↓orderRepository.findAll();
            """),
        .triggering(
            .java,
            """
            List<User> users = ↓em.createQuery("SELECT u FROM User u", User.class).getResultList();
            """),
        .triggering(
            .java,
            """
            ResultSet rs = ↓stmt.executeQuery("SELECT * FROM orders");
            """),
        .nonTriggering(
            .java,
            """
            Page<Order> orders = orderRepository.findAll(PageRequest.of(page, 50));
            """),
        .nonTriggering(
            .java,
            """
            List<User> users = em.createQuery("SELECT u FROM User u", User.class).setMaxResults(100).getResultList();
            """),
        .nonTriggering(
            .java,
            """
            ResultSet rs = stmt.executeQuery("SELECT * FROM orders WHERE id = 42");
            """),
    ]
}
