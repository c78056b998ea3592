/// Scenario texts whose figures can be computed by hand.
enum Fixtures {
    /// One user owning every order, so a request keeps exactly 10 × scale orders and then runs one
    /// primary-key lookup per kept order: queries per request = 1 + 10 × scale, exactly.
    static func nPlusOne(name: String = "nplus1", budget: String = "", scales: String = "[1, 10, 100]")
        -> String
    {
        """
        name: \(name)
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL NOT NULL);
          CREATE INDEX orders_user ON orders(user_id);
        data:
          users: { rows: 1, fixed: true, columns: { name: { text: [5, 12] } } }
          orders:
            rows: 10
            columns:
              user_id: { ref: users.id }
              total: { real: [1, 500] }
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
        requests: 3
        scales: \(scales)
        seed: 42
        \(budget)
        """
    }

    /// The batched fix of ``nPlusOne``: two queries per request at every scale.
    static func batched(name: String = "batched", budget: String = "") -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL NOT NULL);
          CREATE INDEX orders_user ON orders(user_id);
        data:
          users: { rows: 1, fixed: true, columns: { name: { text: [5, 12] } } }
          orders:
            rows: 10
            columns:
              user_id: { ref: users.id }
              total: { real: [1, 500] }
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - query: SELECT total FROM orders WHERE id IN (SELECT id FROM orders WHERE user_id = :user_id)
        requests: 3
        scales: [1, 10, 100]
        seed: 42
        \(budget)
        """
    }

    /// `items` with `category` = id (a sequence), so `category <= 50` matches exactly 50 rows at
    /// every scale; `indexed` adds an index on it.
    static func filter(name: String, indexed: Bool) -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE items(id INTEGER PRIMARY KEY, category INTEGER NOT NULL, price REAL NOT NULL);
          \(indexed ? "CREATE INDEX items_category ON items(category);" : "")
        data:
          items:
            rows: 1000
            columns:
              category: { sequence: 1 }
              price: { real: [1, 100] }
        workload:
          steps:
            - query: SELECT id, price FROM items WHERE category <= 50
        requests: 2
        scales: [1, 10, 100]
        seed: 7
        """
    }
}
