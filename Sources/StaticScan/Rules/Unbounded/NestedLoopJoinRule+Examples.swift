// MARK: - HF205 examples: the tests and the text of `hundredfold explain HF205`

extension NestedLoopJoinRule {
    static let examples: [RuleExample] =
        python + javascript + typescript + ruby + moreExamples + goJVMExamples

    static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            orders = cur.execute("SELECT id, total FROM orders WHERE day = ?", (day,)).fetchall()
            items = cur.execute("SELECT order_id, sku FROM items WHERE day = ?", (day,)).fetchall()
            for order in orders:
                ↓for item in items:
                    if item.order_id == order.id:
                        order.skus.append(item.sku)
            """),
        .triggering(
            .python,
            """
            users = session.execute(select(User)).scalars().all()
            teams = session.execute(select(Team)).scalars().all()
            for user in users:
                user.team = next(t ↓for t in teams if t.id == user.team_id)
            """),
        .triggering(
            .python,
            """
            orders = cur.execute("SELECT * FROM orders").fetchall()
            lines = cur.execute("SELECT * FROM lines").fetchall()
            report = [(o, [l ↓for l in lines if l.order_id == o.id]) for o in orders]
            """),
        .nonTriggering(
            .python,
            """
            orders = cur.execute("SELECT id, total FROM orders WHERE day = ?", (day,)).fetchall()
            items = cur.execute("SELECT order_id, sku FROM items WHERE day = ?", (day,)).fetchall()
            by_order = defaultdict(list)
            for item in items:
                by_order[item.order_id].append(item)
            for order in orders:
                for item in by_order[order.id]:
                    order.skus.append(item.sku)
            """),
        .nonTriggering(
            .python,
            """
            orders = cur.execute("SELECT * FROM orders").fetchall()
            for order in orders:
                for field in ("id", "total"):
                    print(getattr(order, field))
            """),
        .nonTriggering(
            .python,
            """
            orders = cur.execute("SELECT * FROM orders").fetchall()
            for order in orders:
                for line in order.lines:
                    total += line.amount
            """),
    ]

    static let javascript: [RuleExample] = [
        .triggering(
            .javascript,
            """
            const orders = await prisma.order.findMany({ where: { day } });
            const items = await prisma.item.findMany({ where: { day } });
            orders.forEach((order) => {
              order.items = ↓items.filter((item) => item.orderId === order.id);
            });
            """),
        .triggering(
            .javascript,
            """
            const users = await db.query("SELECT * FROM users WHERE team = $1", [team]);
            const roles = await db.query("SELECT * FROM roles WHERE team = $1", [team]);
            for (const user of users) {
              ↓for (const role of roles) {
                if (role.userId === user.id) user.roles.push(role.name);
              }
            }
            """),
        .triggering(
            .javascript,
            """
            const posts = await Post.findAll({ where: { blogId } });
            const authors = await Author.findAll({ where: { blogId } });
            const rows = posts.map((p) => ({ ...p, author: ↓authors.find((a) => a.id === p.authorId) }));
            """),
        .nonTriggering(
            .javascript,
            """
            const orders = await prisma.order.findMany({ where: { day } });
            const items = await prisma.item.findMany({ where: { day } });
            const byOrder = groupBy(items, (item) => item.orderId);
            orders.forEach((order) => {
              order.items = byOrder[order.id] ?? [];
            });
            """),
        .nonTriggering(
            .javascript,
            """
            const orders = await prisma.order.findMany({ where: { day } });
            orders.forEach((order) => {
              order.flags = ["paid", "shipped"].filter((flag) => flag === order.status);
            });
            """),
        .nonTriggering(
            .javascript,
            """
            const orders = await prisma.order.findMany({ where: { day }, include: { items: true } });
            for (const order of orders) {
              for (const item of order.items) {
                total += item.price;
              }
            }
            """),
    ]

    static let typescript: [RuleExample] = [
        .triggering(
            .typescript,
            """
            const orders: Order[] = await this.orderRepository.find({ where: { day } });
            const payments: Payment[] = await this.paymentRepository.find({ where: { day } });
            for (const order of orders) {
              order.payment = ↓payments.find((p) => p.orderId === order.id);
            }
            """),
        .triggering(
            .typescript,
            """
            const users = await prisma.user.findMany({ where: { orgId } });
            const seats = await prisma.seat.findMany({ where: { orgId } });
            const rows = users.map((u) => ({ u, seats: ↓seats.filter((s) => s.userId === u.id) }));
            """),
        .triggering(
            .typescript,
            """
            const a = await db.query("SELECT * FROM invoices WHERE month = $1", [m]);
            const b = await db.query("SELECT * FROM refunds WHERE month = $1", [m]);
            for (const inv of a) {
              ↓for (const refund of b) {
                if (refund.invoiceId === inv.id) inv.refunded = true;
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const orders: Order[] = await this.orderRepository.find({ where: { day } });
            const payments: Payment[] = await this.paymentRepository.find({ where: { day } });
            const byOrder = new Map(payments.map((p) => [p.orderId, p]));
            for (const order of orders) {
              order.payment = byOrder.get(order.id);
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const users = await prisma.user.findMany({ where: { orgId } });
            for (const u of users) {
              for (const role of ROLES) {
                if (role === u.role) counts[role]++;
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const users = await prisma.user.findMany({ where: { orgId } });
            const seats = await prisma.seat.findMany({ where: { orgId } });
            console.log(users.length, seats.length);
            """),
    ]

    static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            orders = Order.where(day: day).to_a
            items = Item.where(day: day).to_a
            orders.each do |order|
              order.lines = ↓items.select { |item| item.order_id == order.id }
            end
            """),
        .triggering(
            .ruby,
            """
            users = User.where(team: team).to_a
            roles = Role.where(team: team).to_a
            users.each do |user|
              user.role = ↓roles.find { |role| role.user_id == user.id }
            end
            """),
        .triggering(
            .ruby,
            """
            invoices = Invoice.where(month: month).to_a
            refunds = Refund.where(month: month).to_a
            for invoice in invoices
              ↓for refund in refunds
                invoice.refunded = true if refund.invoice_id == invoice.id
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            orders = Order.where(day: day).to_a
            items_by_order = Item.where(day: day).to_a.group_by(&:order_id)
            orders.each do |order|
              order.lines = items_by_order.fetch(order.id, [])
            end
            """),
        .nonTriggering(
            .ruby,
            """
            orders = Order.where(day: day).to_a
            orders.each do |order|
              %w[paid shipped].each { |state| puts state if state == order.state }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            orders = Order.where(day: day).to_a
            orders.each do |order|
              order.items.each { |item| total += item.price }
            end
            """),
    ]
}
