// MARK: - HF205 examples: PHP, C#, Swift

extension NestedLoopJoinRule {
    static let moreExamples: [RuleExample] = php + csharp + swift

    static let php: [RuleExample] = [
        .triggering(
            .php,
            """
            $orders = Order::all();
            $items = Item::all();
            foreach ($orders as $order) {
                ↓foreach ($items as $item) {
                    if ($item->order_id === $order->id) {
                        $order->lines[] = $item;
                    }
                }
            }
            """),
        .triggering(
            .php,
            """
            $users = User::where('team_id', $team)->get();
            $roles = Role::where('team_id', $team)->get();
            foreach ($users as $user) {
                ↓foreach ($roles as $role) {
                    if ($role->user_id == $user->id) $user->roleNames[] = $role->name;
                }
            }
            """),
        .triggering(
            .php,
            """
            $invoices = Invoice::where('month', $m)->get();
            $refunds = Refund::where('month', $m)->get();
            foreach ($invoices as $inv) {
                ↓foreach ($refunds as $refund) {
                    if ($refund->invoice_id === $inv->id) $inv->refunded = true;
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            $orders = Order::all();
            $itemsByOrder = Item::all()->groupBy('order_id');
            foreach ($orders as $order) {
                $order->lines = $itemsByOrder->get($order->id, collect());
            }
            """),
        .nonTriggering(
            .php,
            """
            $orders = Order::all();
            foreach ($orders as $order) {
                foreach (['paid', 'shipped'] as $state) {
                    if ($state === $order->state) $counts[$state]++;
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            $orders = Order::with('items')->get();
            foreach ($orders as $order) {
                foreach ($order->items as $item) {
                    $total += $item->price;
                }
            }
            """),
    ]

    static let csharp: [RuleExample] = [
        .triggering(
            .csharp,
            """
            var orders = await _db.Orders.Where(o => o.Day == day).ToListAsync();
            var items = await _db.Items.Where(i => i.Day == day).ToListAsync();
            foreach (var order in orders)
            {
                order.Lines = ↓items.Where(i => i.OrderId == order.Id).ToList();
            }
            """),
        .triggering(
            .csharp,
            """
            var users = _db.Users.Where(u => u.TeamId == team).ToList();
            var roles = _db.Roles.Where(r => r.TeamId == team).ToList();
            foreach (var user in users)
            {
                ↓foreach (var role in roles)
                {
                    if (role.UserId == user.Id) user.RoleNames.Add(role.Name);
                }
            }
            """),
        .triggering(
            .csharp,
            """
            var invoices = _db.Invoices.Where(i => i.Month == month).ToList();
            var refunds = _db.Refunds.Where(r => r.Month == month).ToList();
            foreach (var inv in invoices)
            {
                inv.Refund = ↓refunds.FirstOrDefault(r => r.InvoiceId == inv.Id);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var orders = await _db.Orders.Where(o => o.Day == day).ToListAsync();
            var itemsByOrder = (await _db.Items.Where(i => i.Day == day).ToListAsync()).ToLookup(i => i.OrderId);
            foreach (var order in orders)
            {
                order.Lines = itemsByOrder[order.Id].ToList();
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var orders = _db.Orders.Where(o => o.Day == day).ToList();
            foreach (var order in orders)
            {
                foreach (var state in new[] { "paid", "shipped" })
                {
                    if (state == order.State) counts[state]++;
                }
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var orders = _db.Orders.Include(o => o.Items).Where(o => o.Day == day).ToList();
            foreach (var order in orders)
            {
                foreach (var item in order.Items)
                {
                    total += item.Price;
                }
            }
            """),
    ]

    static let swift: [RuleExample] = [
        .triggering(
            .swift,
            """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            let items = try Item.filter(Column("day") == day).fetchAll(db)
            for order in orders {
                ↓for item in items {
                    if item.orderID == order.id { lines[order.id, default: []].append(item) }
                }
            }
            """),
        .triggering(
            .swift,
            """
            let users = try User.filter(Column("team") == team).fetchAll(db)
            let roles = try Role.filter(Column("team") == team).fetchAll(db)
            for user in users {
                names[user.id] = ↓roles.filter { $0.userID == user.id }.map(\\.name)
            }
            """),
        .triggering(
            .swift,
            """
            let invoices = try Invoice.filter(Column("month") == month).fetchAll(db)
            let refunds = try Refund.filter(Column("month") == month).fetchAll(db)
            for invoice in invoices {
                ↓for refund in refunds where refund.invoiceID == invoice.id {
                    refunded.insert(invoice.id)
                }
            }
            """),
        .nonTriggering(
            .swift,
            """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            let itemsByOrder = Dictionary(grouping: try Item.filter(Column("day") == day).fetchAll(db), by: \\.orderID)
            for order in orders {
                lines[order.id] = itemsByOrder[order.id] ?? []
            }
            """),
        .nonTriggering(
            .swift,
            """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            for order in orders {
                for state in ["paid", "shipped"] where state == order.state {
                    counts[state, default: 0] += 1
                }
            }
            """),
        .nonTriggering(
            .swift,
            """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            for order in orders {
                for item in order.items {
                    total += item.price
                }
            }
            """),
    ]
}
