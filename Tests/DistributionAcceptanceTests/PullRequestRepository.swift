import Foundation
import TestSupport

/// A real git repository in a temporary folder, shaped like a pull request: `main` holds the base
/// commit, the checked-out `feature` branch the head.
struct PullRequestRepository {
    let root: TemporaryDirectory
    /// A dedicated TMPDIR for the commands run here.
    let tmp: URL
    var url: URL { root.url.appendingPathComponent("repo") }

    /// Creates the repository with `files` committed on `main` and checks out `feature`.
    static func make(base files: [String: String]) throws -> PullRequestRepository {
        let root = try TemporaryDirectory(prefix: "hundredfold-distribution")
        let tmp = root.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let repo = PullRequestRepository(root: root, tmp: tmp)
        try FileManager.default.createDirectory(at: repo.url, withIntermediateDirectories: true)
        try Git.run(["init", "-q", "-b", "main"], in: repo.url)
        try repo.commit(files.isEmpty ? ["README.md": "# shop\n"] : files, message: "base")
        try Git.run(["checkout", "-q", "-b", "feature"], in: repo.url)
        return repo
    }

    func write(_ files: [String: String]) throws {
        for (path, contents) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
    }

    func commit(_ files: [String: String], message: String) throws {
        try write(files)
        try Git.run(["add", "--"] + files.keys.sorted(), in: url)
        try Git.run(["commit", "-q", "-m", message], in: url)
    }

    func remove(_ paths: [String], message: String) throws {
        try Git.run(["rm", "-q", "-r", "--"] + paths, in: url)
        try Git.run(["commit", "-q", "-m", message], in: url)
    }

    func sha(_ ref: String = "HEAD") throws -> String {
        try Git.run(["rev-parse", ref], in: url).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `hundredfold ci ARGUMENTS` in the repository with a private TMPDIR.
    func ci(_ arguments: [String], environment: [String: String] = [:]) throws -> HundredfoldBinary.Result {
        var env = environment
        env["TMPDIR"] = tmp.path
        return try HundredfoldBinary.run(["ci"] + arguments, in: url, environment: env)
    }

    /// Runs `hundredfold ARGUMENTS` in the repository.
    func hundredfold(_ arguments: [String], environment: [String: String] = [:]) throws
        -> HundredfoldBinary.Result
    {
        var env = environment
        env["TMPDIR"] = tmp.path
        return try HundredfoldBinary.run(arguments, in: url, environment: env)
    }

    func outFile(_ name: String, outDir: String = ".hundredfold") -> URL {
        url.appendingPathComponent(outDir).appendingPathComponent(name)
    }

    /// Untracked or ignored paths in the repository (what a command created there).
    func createdPaths() throws -> [String] {
        try Git.run(["status", "--porcelain", "--ignored", "--untracked-files=all"], in: url).stdout
            .split(separator: "\n").map { String($0.dropFirst(3)) }
    }
}

/// The scenarios and code of the pull requests the tests open.
enum Shop {
    static let orderHistory = "order-history"
    static let steadyLookup = "steady-lookup"
    /// The statement the head runs once per order.
    static let perOrderQuery = "SELECT total FROM orders WHERE id = :id"

    /// One user owns every order (20 × scale). The base reads them in one query; with `nPlusOne`
    /// the head then reads each order's total by id: 1 + 20 × scale queries per request.
    /// Priced by the query only: $0.000001 a query, a million requests a month.
    static func orderHistory(name: String = orderHistory, nPlusOne: Bool, perOrder: String = perOrderQuery)
        -> String
    {
        let loop =
            nPlusOne
            ? """
                - for_each: orders
                  steps:
                    - query: \(perOrder)

            """ : ""
        return """
            name: \(yamlQuoted(name))
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);
              CREATE INDEX orders_user ON orders(user_id);
            data:
              users:  { rows: 1, fixed: true, columns: { name: { text: [5, 12] } } }
              orders: { rows: 20, columns: { user_id: { ref: users.id, distribution: uniform },
                                             total: { real: [1, 500] } } }
            workload:
              params: { user_id: { pick: users.id } }
              steps:
                - query: SELECT id, total FROM orders WHERE user_id = :user_id
                  as: orders
            \(loop)requests: 5
            scales: [1, 10, 100]
            seed: 42
            traffic: { requests_per_month: 1000000 }
            pricing: { per_request: 0, per_query: 0.000001, per_million_rows_read: 0,
                       per_million_rows_written: 0, per_gb_returned: 0, per_cpu_second: 0 }
            budget:
              queries_per_request: { max: 50, growth: constant }

            """
    }

    /// A scenario the change leaves alone: one indexed lookup per request.
    static func steadyLookup(name: String = steadyLookup) -> String {
        """
        name: \(yamlQuoted(name))
        schema: |
          CREATE TABLE things(id INTEGER PRIMARY KEY, label TEXT);
        data:
          things: { rows: 10, columns: { label: { text: [3, 6] } } }
        workload:
          params: { thing: { pick: things.id } }
          steps:
            - query: SELECT label FROM things WHERE id = :thing
        requests: 20
        scales: [1, 10, 100]
        seed: 1

        """
    }

    /// Invoices looked up by customer: with `indexed` one index probe per request, without it a
    /// full scan of the invoices table (100 × scale rows).
    static func ledger(indexed: Bool) -> String {
        let index = indexed ? "  CREATE INDEX invoices_customer ON invoices(customer_id);\n" : ""
        return """
            name: customer-ledger
            schema: |
              CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE invoices(id INTEGER PRIMARY KEY, customer_id INTEGER, amount REAL);
            \(index)data:
              customers: { rows: 100, columns: { name: { text: [5, 12] } } }
              invoices:  { rows: 100, columns: { customer_id: { sequence: 1 }, amount: { real: [1, 500] } } }
            workload:
              params: { customer: { pick: customers.id, distribution: uniform } }
              steps:
                - query: SELECT id, amount FROM invoices WHERE customer_id = :customer
            requests: 5
            scales: [1, 10, 100]
            seed: 7
            budget:
              rows_read_per_request: { growth: constant }

            """
    }

    /// Code the base already has: one query, no loop.
    static let ordersModule = """
        def total(db, user_id):
            return db.execute("SELECT total FROM orders WHERE user_id = ?", (user_id,)).fetchall()

        """

    /// The head's new code: a query per user id (HF101 at line 5, its loop at line 4).
    static let reportModule = """
        def totals(db, user_ids):
            cursor = db.cursor()
            result = []
            for user_id in user_ids:
                cursor.execute("SELECT total FROM orders WHERE user_id = ?", (user_id,))
                result.append(cursor.fetchall())
            return result

        """
    static let reportFindingLine = 5
    static let reportLoopLine = 4

    /// A pull request: the base has both scenarios and `app/orders.py`; the head adds the N+1 to
    /// the order-history scenario and `app/report.py`.
    static func nPlusOnePullRequest(
        orderHistoryName: String = orderHistory, steadyName: String = steadyLookup,
        perOrder: String = perOrderQuery
    ) throws -> PullRequestRepository {
        let repo = try PullRequestRepository.make(base: [
            "Scenarios/orders.yml": orderHistory(name: orderHistoryName, nPlusOne: false, perOrder: perOrder),
            "Scenarios/steady.yml": steadyLookup(name: steadyName),
            "app/orders.py": ordersModule,
        ])
        try repo.commit(
            [
                "Scenarios/orders.yml": orderHistory(
                    name: orderHistoryName, nPlusOne: true, perOrder: perOrder),
                "app/report.py": reportModule,
            ], message: "order totals, one query per order")
        return repo
    }

    /// YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }
}
