/// The scenarios these tests run, as a user writes them: a shop's customers, orders and line
/// items, with an N+1 and its fix, and an unindexed filter beside an indexed look-alike.
enum Scenarios {
    /// Orders at scale 1; the order-list N+1 runs `1 + ordersAtScaleOne × scale` queries exactly.
    static let ordersAtScaleOne = 10

    static let schema = """
          CREATE TABLE customers(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            email TEXT,
            created_at DATETIME,
            balance REAL DEFAULT 0
          );
          CREATE TABLE orders(
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            status TEXT NOT NULL DEFAULT 'new',
            total REAL,
            placed_at DATETIME
          );
          CREATE INDEX orders_customer ON orders(customer_id);
          CREATE TABLE line_items(
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            sku TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            price REAL NOT NULL
          );
          CREATE INDEX line_items_order ON line_items(order_id);
        """

    static let data = """
        data:
          customers:
            rows: 20
            fixed: true
            columns:
              name: { text: [5, 12] }
              email: { text: [10, 20] }
              created_at: { timestamp: ["2024-01-01", "2025-01-01"] }
              balance: { real: [0, 1000] }
          orders:
            rows: \(ordersAtScaleOne)
            columns:
              customer_id: { ref: customers.id, distribution: uniform }
              status: { choice: [new, paid, shipped], weights: [1, 3, 6] }
              total: { real: [1, 500] }
              placed_at: { timestamp: ["2025-01-01", "2025-06-01"] }
          line_items:
            rows: 40
            columns:
              order_id: { ref: orders.id, distribution: uniform }
              sku: { text: [8, 8] }
              quantity: { int: [1, 5] }
              price: { real: [1, 100] }
        """

    /// A scenario named `name` with the shop's schema and data and `workload` (YAML, indented by 2).
    static func shop(_ name: String, workload: String, requests: Int = 3) -> String {
        """
        name: \(name)
        schema: |
        \(schema)
        \(data)
        workload:
        \(workload)
        requests: \(requests)
        scales: [1, 10, 100]
        seed: 7

        """
    }

    /// Every order, then its customer one query at a time: `1 + 10 × scale` queries per request.
    static let orderListNPlusOne = shop(
        "order-list-n-plus-one",
        workload: """
              steps:
                - query: SELECT id, customer_id FROM orders ORDER BY id
                  as: orders
                - for_each: orders
                  steps:
                    - query: SELECT name, email FROM customers WHERE id = :customer_id
            """)

    /// The fix: one join, one query per request at every scale.
    static let orderListJoined = shop(
        "order-list-joined",
        workload: """
              steps:
                - query: SELECT o.id, c.name, c.email FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.id
            """)

    /// A customer's shipped orders, then each order's line items: the count depends on the
    /// generated values (`status`, `customer_id`) and on the picked customer.
    static let shippedOrdersOfCustomer = shop(
        "shipped-orders-of-customer",
        workload: """
              params: { customer_id: { pick: customers.id } }
              steps:
                - query: SELECT id FROM orders WHERE customer_id = :customer_id AND status = 'shipped'
                  as: shipped
                - for_each: shipped
                  steps:
                    - query: SELECT sku, quantity, price FROM line_items WHERE order_id = :id
            """, requests: 8)

    /// Line items by SKU: no index on `sku`, so every request reads the whole table.
    static let itemsBySku = shop(
        "items-by-sku",
        workload: """
              params: { sku: { pick: line_items.sku } }
              steps:
                - query: SELECT id, quantity FROM line_items WHERE sku = :sku
            """)

    /// The look-alike: line items of one order, through the `line_items_order` index.
    static let itemsOfOrder = shop(
        "items-of-order",
        workload: """
              params: { order_id: { pick: orders.id } }
              steps:
                - query: SELECT id, quantity FROM line_items WHERE order_id = :order_id
            """)
}
