// MARK: - HF205 examples: Java, Kotlin, PHP, C#, Swift

extension NestedLoopJoinRule {
    static let moreExamples: [RuleExample] = java + kotlin + php + csharp + swift

    static let java: [RuleExample] = [
        .triggering(.java, """
            List<Invoice> open = invoices.findByAccountId(accountId);
            List<Payment> received = payments.findByAccountId(accountId);
            for (Invoice invoice : open) {
                ↓for (Payment payment : received) {
                    if (payment.getReference().equals(invoice.getNumber())) matches.add(new Match(invoice, payment));
                }
            }
            """),
        .triggering(.java, """
            List<Order> orders = orderRepository.findAll();
            List<Item> items = itemRepository.findAll();
            for (Order o : orders) {
                ↓for (Item i : items) {
                    if (i.getOrderId().equals(o.getId())) {
                        o.addItem(i);
                    }
                }
            }
            """),
        .triggering(.java, """
            List<User> users = userRepository.findByTeam(team);
            List<Role> roles = roleRepository.findByTeam(team);
            for (User u : users) {
                u.setRoles(↓roles.stream().filter(r -> r.getUserId() == u.getId()).collect(Collectors.toList()));
            }
            """),
        .triggering(.java, """
            List<Invoice> invoices = invoiceRepository.findByMonth(month);
            List<Refund> refunds = refundRepository.findByMonth(month);
            for (Invoice inv : invoices) {
                ↓for (Refund refund : refunds) {
                    if (refund.getInvoiceId() == inv.getId()) inv.markRefunded();
                }
            }
            """),
        .nonTriggering(.java, """
            List<Order> orders = orderRepository.findAll();
            Map<Long, List<Item>> byOrder = itemRepository.findAll().stream().collect(Collectors.groupingBy(Item::getOrderId));
            for (Order o : orders) {
                o.setItems(byOrder.getOrDefault(o.getId(), List.of()));
            }
            """),
        .nonTriggering(.java, """
            List<Order> orders = orderRepository.findAll();
            for (Order o : orders) {
                for (String state : List.of("paid", "shipped")) {
                    if (state.equals(o.getState())) counts.merge(state, 1, Integer::sum);
                }
            }
            """),
        .nonTriggering(.java, """
            List<Order> orders = orderRepository.findAll();
            for (Order o : orders) {
                for (Item i : o.getItems()) {
                    total += i.getPrice();
                }
            }
            """),
    ]

    static let kotlin: [RuleExample] = [
        .triggering(.kotlin, """
            val orders = orderRepository.findAll()
            val items = itemRepository.findAll()
            val joined = orders.map { o -> o to ↓items.filter { it.orderId == o.id } }
            """),
        .triggering(.kotlin, """
            val users = userRepository.findByTeam(team)
            val roles = roleRepository.findByTeam(team)
            for (u in users) {
                ↓for (r in roles) {
                    if (r.userId == u.id) u.roles += r.name
                }
            }
            """),
        .triggering(.kotlin, """
            val invoices = invoiceRepository.findByMonth(month)
            val refunds = refundRepository.findByMonth(month)
            invoices.forEach { inv ->
                inv.refund = ↓refunds.firstOrNull { it.invoiceId == inv.id }
            }
            """),
        .nonTriggering(.kotlin, """
            val orders = orderRepository.findAll()
            val byOrder = itemRepository.findAll().groupBy { it.orderId }
            val joined = orders.map { o -> o to byOrder[o.id].orEmpty() }
            """),
        .nonTriggering(.kotlin, """
            val orders = orderRepository.findAll()
            for (o in orders) {
                for (state in listOf("paid", "shipped")) {
                    if (state == o.state) counts[state] = counts.getValue(state) + 1
                }
            }
            """),
        .nonTriggering(.kotlin, """
            val orders = orderRepository.findAll()
            for (o in orders) {
                for (i in o.items) {
                    total += i.price
                }
            }
            """),
    ]

    static let php: [RuleExample] = [
        .triggering(.php, """
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
        .triggering(.php, """
            $users = User::where('team_id', $team)->get();
            $roles = Role::where('team_id', $team)->get();
            foreach ($users as $user) {
                ↓foreach ($roles as $role) {
                    if ($role->user_id == $user->id) $user->roleNames[] = $role->name;
                }
            }
            """),
        .triggering(.php, """
            $invoices = Invoice::where('month', $m)->get();
            $refunds = Refund::where('month', $m)->get();
            foreach ($invoices as $inv) {
                ↓foreach ($refunds as $refund) {
                    if ($refund->invoice_id === $inv->id) $inv->refunded = true;
                }
            }
            """),
        .nonTriggering(.php, """
            $orders = Order::all();
            $itemsByOrder = Item::all()->groupBy('order_id');
            foreach ($orders as $order) {
                $order->lines = $itemsByOrder->get($order->id, collect());
            }
            """),
        .nonTriggering(.php, """
            $orders = Order::all();
            foreach ($orders as $order) {
                foreach (['paid', 'shipped'] as $state) {
                    if ($state === $order->state) $counts[$state]++;
                }
            }
            """),
        .nonTriggering(.php, """
            $orders = Order::with('items')->get();
            foreach ($orders as $order) {
                foreach ($order->items as $item) {
                    $total += $item->price;
                }
            }
            """),
    ]

    static let csharp: [RuleExample] = [
        .triggering(.csharp, """
            var orders = await _db.Orders.Where(o => o.Day == day).ToListAsync();
            var items = await _db.Items.Where(i => i.Day == day).ToListAsync();
            foreach (var order in orders)
            {
                order.Lines = ↓items.Where(i => i.OrderId == order.Id).ToList();
            }
            """),
        .triggering(.csharp, """
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
        .triggering(.csharp, """
            var invoices = _db.Invoices.Where(i => i.Month == month).ToList();
            var refunds = _db.Refunds.Where(r => r.Month == month).ToList();
            foreach (var inv in invoices)
            {
                inv.Refund = ↓refunds.FirstOrDefault(r => r.InvoiceId == inv.Id);
            }
            """),
        .nonTriggering(.csharp, """
            var orders = await _db.Orders.Where(o => o.Day == day).ToListAsync();
            var itemsByOrder = (await _db.Items.Where(i => i.Day == day).ToListAsync()).ToLookup(i => i.OrderId);
            foreach (var order in orders)
            {
                order.Lines = itemsByOrder[order.Id].ToList();
            }
            """),
        .nonTriggering(.csharp, """
            var orders = _db.Orders.Where(o => o.Day == day).ToList();
            foreach (var order in orders)
            {
                foreach (var state in new[] { "paid", "shipped" })
                {
                    if (state == order.State) counts[state]++;
                }
            }
            """),
        .nonTriggering(.csharp, """
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
        .triggering(.swift, """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            let items = try Item.filter(Column("day") == day).fetchAll(db)
            for order in orders {
                ↓for item in items {
                    if item.orderID == order.id { lines[order.id, default: []].append(item) }
                }
            }
            """),
        .triggering(.swift, """
            let users = try User.filter(Column("team") == team).fetchAll(db)
            let roles = try Role.filter(Column("team") == team).fetchAll(db)
            for user in users {
                names[user.id] = ↓roles.filter { $0.userID == user.id }.map(\\.name)
            }
            """),
        .triggering(.swift, """
            let invoices = try Invoice.filter(Column("month") == month).fetchAll(db)
            let refunds = try Refund.filter(Column("month") == month).fetchAll(db)
            for invoice in invoices {
                ↓for refund in refunds where refund.invoiceID == invoice.id {
                    refunded.insert(invoice.id)
                }
            }
            """),
        .nonTriggering(.swift, """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            let itemsByOrder = Dictionary(grouping: try Item.filter(Column("day") == day).fetchAll(db), by: \\.orderID)
            for order in orders {
                lines[order.id] = itemsByOrder[order.id] ?? []
            }
            """),
        .nonTriggering(.swift, """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            for order in orders {
                for state in ["paid", "shipped"] where state == order.state {
                    counts[state, default: 0] += 1
                }
            }
            """),
        .nonTriggering(.swift, """
            let orders = try Order.filter(Column("day") == day).fetchAll(db)
            for order in orders {
                for item in order.items {
                    total += item.price
                }
            }
            """),
    ]
}
