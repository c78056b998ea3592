import Foundation

/// Scenario texts the acceptance tests write into temporary folders.
enum Fixture {
    static let orderSchema = """
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);
          CREATE INDEX orders_user ON orders(user_id);
        data:
          users:  { rows: 1, fixed: true, columns: { name: { text: [5, 12] } } }
          orders: { rows: 20, columns: { user_id: { ref: users.id, distribution: uniform },
                                         total: { real: [1, 500] } } }
        """

    /// One user owning every order: one query per request at every scale.
    static func batched(name: String = "order-history") -> String {
        """
        name: \(name)
        \(orderSchema)
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - query: SELECT id, total FROM orders WHERE user_id = :user_id
        requests: 3
        scales: [1, 10]
        seed: 42

        """
    }

    /// The N+1: 1 + 20 queries per request at scale 1, 1 + 200 at scale 10.
    static func nPlusOne(name: String = "order-history") -> String {
        """
        name: \(name)
        \(orderSchema)
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
        requests: 3
        scales: [1, 10]
        seed: 42

        """
    }

    /// A small independent scenario, to appear in only one of two reports.
    static func tiny(name: String) -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE things(id INTEGER PRIMARY KEY, label TEXT);
        data:
          things: { rows: 10, columns: { label: { text: [3, 6] } } }
        workload:
          params: { thing: { pick: things.id } }
          steps:
            - query: SELECT label FROM things WHERE id = :thing
        requests: 2
        scales: [1, 10]
        seed: 1

        """
    }
}
