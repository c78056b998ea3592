import Foundation

/// Small generated scenarios with names chosen to catch a sharder that goes by file, by path or
/// by byte order of something other than the name: file names sort against the scenario names,
/// one file holds two scenarios, names have spaces, dots, digits, capitals and non-ASCII letters,
/// and one scenario fails its budget.
enum Corpus {
    /// The scenario names of ``layout`` and ``renamedLayout``, one failing (`orders-n-plus-one-bad`).
    static let names = [
        "zulu checkout", "Alpha", "beta 10", "beta 2", "émile-list", "mid.point", "orders-n-plus-one-bad",
    ]

    static let failing = "orders-n-plus-one-bad"

    /// File → contents, with file names that sort differently from the scenario names.
    static func layout() -> [String: String] {
        [
            "scenarios/a.yml": lookup(name: "zulu checkout", rows: 40),
            "scenarios/b.yml": lookup(name: "mid.point", rows: 30),
            "scenarios/c.yaml": lookup(name: "Alpha", rows: 20) + "\n---\n"
                + lookup(name: "beta 10", rows: 25),
            "scenarios/nested/d.yml": lookup(name: "beta 2", rows: 35),
            "scenarios/nested/deeper/0.yml": lookup(name: "émile-list", rows: 15),
            "scenarios/orders.bad.yml": nPlusOne(name: failing),
        ]
    }

    /// The same scenarios in other files and folders, in another order on disk.
    static func renamedLayout() -> [String: String] {
        [
            "scenarios/zz/1.yml": lookup(name: "beta 2", rows: 35),
            "scenarios/y.yml": lookup(name: "émile-list", rows: 15),
            "scenarios/x.yml": lookup(name: "beta 10", rows: 25) + "\n---\n"
                + lookup(name: "mid.point", rows: 30),
            "scenarios/w/v/u.yaml": lookup(name: "Alpha", rows: 20),
            "scenarios/0-first.yml": lookup(name: "zulu checkout", rows: 40),
            "scenarios/m/orders.bad.yml": nPlusOne(name: failing),
        ]
    }

    /// One indexed lookup per request over a small table: passes its budget.
    static func lookup(name: String, rows: Int = 10, requests: Int = 2, scales: String = "[1, 2]") -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE items(id INTEGER PRIMARY KEY, category INTEGER NOT NULL, price REAL NOT NULL);
          CREATE INDEX items_category ON items(category);
        data:
          items:
            rows: \(rows)
            columns:
              category: { int: [1, 5] }
              price: { real: [1, 100] }
        workload:
          params: { category: { pick: items.category } }
          steps:
            - query: SELECT id, price FROM items WHERE category = :category
        requests: \(requests)
        scales: \(scales)
        seed: 3
        budget:
          queries_per_request: { max: 5 }
        """
    }

    /// An N+1 over one user's orders (10 × scale of them): fails `queries_per_request` max 5.
    /// `orders` sets the rows at 1x, so a large value makes a scenario that takes long to run.
    static func nPlusOne(name: String, orders: Int = 10, requests: Int = 2, scales: String = "[1, 2]")
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
            rows: \(orders)
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
        requests: \(requests)
        scales: \(scales)
        seed: 42
        budget:
          queries_per_request: { max: 5 }
        """
    }

    /// Writes `files` into `project`.
    static func write(_ files: [String: String], into project: Project) throws {
        for (path, contents) in files { try project.write(contents, to: path) }
    }
}
