// MARK: - HF201 examples: what narrows a read (a key, a unique column, a list of keys, one row)

extension UnboundedQueryRule {
    static let narrowingExamples: [RuleExample] = sqlNarrowing + ormNarrowing

    /// `.sql` files: sqlc/HugSQL single-row annotations, columns the file makes unique, and lists
    /// of keys passed as parameters.
    static let sqlNarrowing: [RuleExample] = [
        .nonTriggering(
            .sql,
            """
            -- name: GetOrderByNumber :one
            SELECT id, number, status FROM orders WHERE number = $1;
            """),
        .nonTriggering(
            .sql,
            """
            CREATE TABLE orders (id BIGSERIAL PRIMARY KEY, number TEXT NOT NULL, status TEXT NOT NULL);
            CREATE UNIQUE INDEX orders_number_idx ON orders (number);

            SELECT id, status FROM orders WHERE number = $1;
            """),
        .nonTriggering(
            .sql,
            """
            CREATE TABLE customers (id BIGINT PRIMARY KEY, phone TEXT UNIQUE, name TEXT);
            SELECT id, name FROM customers WHERE phone = ?;
            """),
        .nonTriggering(
            .sql,
            """
            SELECT id, sku, stock FROM items WHERE sku = ANY($1);
            """),
        .nonTriggering(
            .sql,
            """
            SELECT id, sku FROM items WHERE sku IN (:skus) ORDER BY sku;
            """),
        .triggering(
            .sql,
            """
            -- name: ListOrdersByNumber :many
            ↓SELECT id, number FROM orders WHERE number = $1;
            """),
        .triggering(
            .sql,
            """
            CREATE INDEX orders_status_idx ON orders (status);
            ↓SELECT id, total FROM orders WHERE status = $1;
            """),
        .triggering(
            .sql,
            """
            CREATE UNIQUE INDEX orders_customer_number_idx ON orders (customer_ref, number);
            ↓SELECT id FROM orders WHERE number = $1;
            """),
        .triggering(
            .sql,
            """
            ↓SELECT id, total FROM orders WHERE status IN ('new', 'paid');
            """),
    ]

    /// ORM filters (SQLAlchemy, Django, Prisma, Sequelize, ActiveRecord, Eloquent, GORM, EF Core): a key
    /// or a list of keys narrows; a flag or a status does not.
    static let ormNarrowing: [RuleExample] = [
        .triggering(
            .python,
            """
            products = ↓Product.query.filter_by(archived=False).order_by(Product.name).all()
            """),
        .triggering(
            .python,
            """
            paid = ↓session.query(Order).filter(Order.status == "paid").all()
            """),
        .triggering(
            .python,
            """
            def index(request):
                return JsonResponse(list(↓Order.objects.filter(status="paid").values()), safe=False)
            """),
        .nonTriggering(
            .python,
            """
            mine = Product.query.filter_by(owner_id=user_id).all()
            """),
        .nonTriggering(
            .python,
            """
            items = session.query(Item).filter(Item.sku.in_(skus)).all()
            """),
        .nonTriggering(
            .python,
            """
            def index(request):
                return JsonResponse(list(Order.objects.filter(sku__in=skus).values()), safe=False)
            """),
        .nonTriggering(
            .python,
            """
            def index(request):
                return JsonResponse(list(Order.objects.filter(customer=request.user).values()), safe=False)
            """),
        .triggering(
            .typescript,
            """
            const orders = await ↓prisma.order.findMany({ where: { status: { in: ["paid", "shipped"] } } });
            """),
        .nonTriggering(
            .typescript,
            """
            const items = await prisma.item.findMany({ where: { sku: { in: skus } }, select: { id: true } });
            """),
        .nonTriggering(
            .javascript,
            """
            const items = await Item.findAll({ where: { sku: { [Op.in]: skus } } });
            """),
        .triggering(
            .ruby,
            """
            render json: ↓Product.where(archived: false)
            """),
        .triggering(
            .ruby,
            """
            ↓Product.where(status: "active").each { |p| p.touch }
            """),
        .nonTriggering(
            .ruby,
            """
            render json: Order.where(user_id: current_user.id)
            """),
        .nonTriggering(
            .ruby,
            """
            Item.where(sku: skus).each { |item| item.touch }
            """),
        .nonTriggering(
            .ruby,
            """
            render json: Order.where("customer_id = ?", params[:customer_id])
            """),
        .triggering(
            .php,
            """
            return ↓Order::where('status', 'paid')->orderBy('created_at')->get();
            """),
        .nonTriggering(
            .php,
            """
            return Order::where('customer_id', $customerId)->orderBy('created_at')->get();
            """),
        .nonTriggering(
            .php,
            """
            return Item::whereIn('sku', $skus)->get();
            """),
        .triggering(
            .go,
            """
            err := ↓db.Where("archived = ?", false).Order("name").Find(&products).Error
            """),
        .nonTriggering(
            .go,
            """
            err := db.Where("customer_id = ?", customerID).Find(&orders).Error
            """),
        .nonTriggering(
            .go,
            """
            err := db.Where("sku IN ?", skus).Find(&items).Error
            """),
        .triggering(
            .csharp,
            """
            var paid = ↓_db.Orders.Where(o => o.Status == "paid").ToList();
            """),
        .nonTriggering(
            .csharp,
            """
            var mine = _db.Orders.Where(o => o.CustomerId == customerId).ToList();
            """),
        .nonTriggering(
            .csharp,
            """
            var items = _db.Items.Where(i => skus.Contains(i.Sku)).ToList();
            """),
        .triggering(
            .csharp,
            """
            var live = await ↓dbContext.Secret.AsNoTracking().Where(c => c.DeletedDate == null).ToListAsync();
            """),
        .nonTriggering(
            .csharp,
            """
            var secrets = await dbContext.Secret
                .AsNoTracking()
                .Where(c => ids.Contains(c.Id) && c.DeletedDate == null)
                .ToListAsync();
            var owned = await dbContext.Ciphers.Where(c => c.DeletedDate == null && memberIds.Contains(c.UserId)).ToListAsync();
            """),
        // A bound applied to the same session or query in a statement of its own.
        .triggering(
            .go,
            """
            sess := x.NewSession()
            sess.OrderBy("id")
            err := ↓sess.Find(&users)
            """),
        .nonTriggering(
            .go,
            """
            sess := x.NewSession()
            sess.Limit(opts.PageSize, (opts.Page-1)*opts.PageSize)
            err := sess.Find(&users)
            """),
        .nonTriggering(
            .go,
            """
            tx := db.Where("status = ?", status)
            tx = tx.Limit(20)
            err := tx.Find(&posts).Error
            """),
        // Key filters written as SQL strings, spaced or not.
        .triggering(
            .go,
            """
            err := ↓db.Where("status=?", status).Find(&posts).Error
            """),
        .nonTriggering(
            .go,
            """
            err := db.Where("id=?", id).Find(&posts).Error
            err = db.Where("id = ?", id).Find(&posts).Error
            """),
        // Options spread in from the caller may carry the limit.
        .triggering(
            .javascript,
            """
            const rows = await ↓Post.findAll({ order: [["id", "DESC"]] });
            """),
        .nonTriggering(
            .javascript,
            """
            const rows = await Post.findAll({ where, ...opts });
            const more = await Post.findAll(options);
            const mine = await OAuthAuthentication.findAll({ where, transaction });
            """),
    ]
}
