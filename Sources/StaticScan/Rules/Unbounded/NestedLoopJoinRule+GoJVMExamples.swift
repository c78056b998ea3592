// MARK: - HF205 examples: Go, Java, Kotlin

extension NestedLoopJoinRule {
    static let goJVMExamples: [RuleExample] = go + java + kotlin

    static let go: [RuleExample] = [
        .triggering(
            .go,
            """
            var orders []Order
            db.Where("day = ?", day).Find(&orders)
            var items []Item
            db.Where("day = ?", day).Find(&items)
            for _, o := range orders {
            	↓for _, it := range items {
            		if it.OrderID == o.ID {
            			o.Items = append(o.Items, it)
            		}
            	}
            }
            """),
        .triggering(
            .go,
            """
            var users []User
            db.Find(&users)
            var roles []Role
            db.Find(&roles)
            for i, u := range users {
            	↓for _, r := range roles {
            		if r.UserID == u.ID {
            			users[i].Roles = append(users[i].Roles, r.Name)
            		}
            	}
            }
            """),
        .triggering(
            .go,
            """
            var a []Invoice
            db.Where("month = ?", m).Find(&a)
            var b []Refund
            db.Where("month = ?", m).Find(&b)
            for _, inv := range a {
            	↓for _, refund := range b {
            		if refund.InvoiceID == inv.ID {
            			inv.Refunded = true
            		}
            	}
            }
            """),
        .nonTriggering(
            .go,
            """
            var orders []Order
            db.Where("day = ?", day).Find(&orders)
            var items []Item
            db.Where("day = ?", day).Find(&items)
            byOrder := map[int][]Item{}
            for _, it := range items {
            	byOrder[it.OrderID] = append(byOrder[it.OrderID], it)
            }
            for _, o := range orders {
            	o.Items = byOrder[o.ID]
            }
            """),
        .nonTriggering(
            .go,
            """
            var orders []Order
            db.Where("day = ?", day).Find(&orders)
            for _, o := range orders {
            	for _, s := range []string{"paid", "shipped"} {
            		if s == o.Status {
            			counts[s]++
            		}
            	}
            }
            """),
        .nonTriggering(
            .go,
            """
            var orders []Order
            db.Preload("Items").Where("day = ?", day).Find(&orders)
            for _, o := range orders {
            	for _, it := range o.Items {
            		total += it.Price
            	}
            }
            """),
    ]

    static let java: [RuleExample] = [
        .triggering(
            .java,
            """
            List<Invoice> open = invoices.findByAccountId(accountId);
            List<Payment> received = payments.findByAccountId(accountId);
            for (Invoice invoice : open) {
                ↓for (Payment payment : received) {
                    if (payment.getReference().equals(invoice.getNumber())) matches.add(new Match(invoice, payment));
                }
            }
            """),
        .triggering(
            .java,
            """
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
        .triggering(
            .java,
            """
            List<User> users = userRepository.findByTeam(team);
            List<Role> roles = roleRepository.findByTeam(team);
            for (User u : users) {
                u.setRoles(↓roles.stream().filter(r -> r.getUserId() == u.getId()).collect(Collectors.toList()));
            }
            """),
        .triggering(
            .java,
            """
            List<Invoice> invoices = invoiceRepository.findByMonth(month);
            List<Refund> refunds = refundRepository.findByMonth(month);
            for (Invoice inv : invoices) {
                ↓for (Refund refund : refunds) {
                    if (refund.getInvoiceId() == inv.getId()) inv.markRefunded();
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            List<Order> orders = orderRepository.findAll();
            Map<Long, List<Item>> byOrder = itemRepository.findAll().stream().collect(Collectors.groupingBy(Item::getOrderId));
            for (Order o : orders) {
                o.setItems(byOrder.getOrDefault(o.getId(), List.of()));
            }
            """),
        .nonTriggering(
            .java,
            """
            List<Order> orders = orderRepository.findAll();
            for (Order o : orders) {
                for (String state : List.of("paid", "shipped")) {
                    if (state.equals(o.getState())) counts.merge(state, 1, Integer::sum);
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            List<Order> orders = orderRepository.findAll();
            for (Order o : orders) {
                for (Item i : o.getItems()) {
                    total += i.getPrice();
                }
            }
            """),
    ]

    static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            val orders = orderRepository.findAll()
            val items = itemRepository.findAll()
            val joined = orders.map { o -> o to ↓items.filter { it.orderId == o.id } }
            """),
        .triggering(
            .kotlin,
            """
            val users = userRepository.findByTeam(team)
            val roles = roleRepository.findByTeam(team)
            for (u in users) {
                ↓for (r in roles) {
                    if (r.userId == u.id) u.roles += r.name
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            val invoices = invoiceRepository.findByMonth(month)
            val refunds = refundRepository.findByMonth(month)
            invoices.forEach { inv ->
                inv.refund = ↓refunds.firstOrNull { it.invoiceId == inv.id }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            val orders = orderRepository.findAll()
            val byOrder = itemRepository.findAll().groupBy { it.orderId }
            val joined = orders.map { o -> o to byOrder[o.id].orEmpty() }
            """),
        .nonTriggering(
            .kotlin,
            """
            val orders = orderRepository.findAll()
            for (o in orders) {
                for (state in listOf("paid", "shipped")) {
                    if (state == o.state) counts[state] = counts.getValue(state) + 1
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            val orders = orderRepository.findAll()
            for (o in orders) {
                for (i in o.items) {
                    total += i.price
                }
            }
            """),
    ]
}
