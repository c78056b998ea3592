import Foundation
import TestSupport

/// A real git repository in a temporary folder: `main` holds the base commit, `feature` the head.
///
/// The scenario references `schema.sql` (with an index on orders.user_id) and `queries/list.sql`.
/// Every user has exactly one order (user_id is a sequence), so with the index the rows read per
/// request are the same at every scale, and without it a full scan reads 100 × scale rows.
struct CIRepository {
    let root: TemporaryDirectory
    /// A dedicated TMPDIR for `hundredfold ci`, to see that it leaves nothing behind.
    let tmp: URL
    var url: URL { root.url.appendingPathComponent("repo") }

    static let indexedSchema = """
        CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);
        CREATE INDEX orders_user ON orders(user_id);

        """

    static let unindexedSchema = """
        CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);

        """

    static let listQuery = "SELECT id, total FROM orders WHERE user_id = :user_id\n"

    static func scenario(maxQueries: Int = 1, nPlusOne: Bool = false, extraBudget: String = "") -> String {
        let loop =
            nPlusOne
            ? "    - for_each: orders\n      steps:\n        - query: SELECT name FROM users WHERE id = :id\n"
            : ""
        return """
            name: orders-by-user
            schema: ../schema.sql
            data:
              users:  { rows: 100, columns: { name: { text: [5, 12] } } }
              orders: { rows: 100, columns: { user_id: { sequence: 1 }, total: { real: [1, 500] } } }
            workload:
              params: { user_id: { pick: users.id, distribution: uniform } }
              steps:
                - sql_file: ../queries/list.sql
                  as: orders
            \(loop)requests: 10
            scales: [1, 10, 100]
            seed: 42
            budget:
              queries_per_request: { max: \(maxQueries) }
              rows_read_per_request: { growth: constant }
            \(extraBudget)
            """
    }

    /// Creates the repository with the base commit on `main` and checks out a `feature` branch.
    static func make(scenario: String = scenario(), listQuery: String = listQuery) throws -> CIRepository {
        let root = try TemporaryDirectory(prefix: "hundredfold-ci")
        let tmp = root.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let repo = CIRepository(root: root, tmp: tmp)
        try FileManager.default.createDirectory(at: repo.url, withIntermediateDirectories: true)
        try Git.run(["init", "-q", "-b", "main"], in: repo.url)
        try repo.commit(
            [
                "schema.sql": indexedSchema,
                "queries/list.sql": listQuery,
                "Scenarios/x.yml": scenario,
                "app/orders.py":
                    "def total(db, user_id):\n    return db.execute(\"SELECT total FROM orders WHERE user_id = ?\", (user_id,)).fetchall()\n",
            ], message: "base")
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
        // Only the named files: outputs of earlier `ci` runs stay untracked.
        try Git.run(["add", "--"] + files.keys.sorted(), in: url)
        try Git.run(["commit", "-q", "-m", message], in: url)
    }

    func head() throws -> String {
        try Git.run(["rev-parse", "HEAD"], in: url).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `hundredfold ci ARGUMENTS` in the repository with a private TMPDIR.
    func ci(_ arguments: [String], environment: [String: String] = [:]) throws -> HundredfoldBinary.Result {
        var env = environment
        env["TMPDIR"] = tmp.path
        return try HundredfoldBinary.run(["ci"] + arguments, in: url, environment: env)
    }

    func outFile(_ name: String, outDir: String = ".hundredfold") -> URL {
        url.appendingPathComponent(outDir).appendingPathComponent(name)
    }

    /// `hundredfold run --out` on `commit`, checked out in a separate clone.
    func directRun(commit: String) throws -> Report {
        let clone = root.url.appendingPathComponent("clone-\(commit.prefix(10))")
        if !FileManager.default.fileExists(atPath: clone.path) {
            try Git.run(["clone", "-q", url.path, clone.path], in: root.url)
            try Git.run(["checkout", "-q", commit], in: clone)
        }
        let result = try HundredfoldBinary.run(["run", "--out", "direct.json"], in: clone)
        guard [0, 1].contains(result.exitCode) else {
            throw TestFailure("direct run failed: \(result.summary)")
        }
        return try Report(file: clone.appendingPathComponent("direct.json"))
    }

    /// The problems a `ci` run left behind: extra worktrees, files in TMPDIR, untracked files
    /// outside the out-dir.
    func leftovers(outDir: String = ".hundredfold") throws -> [String] {
        var problems: [String] = []
        let worktrees = try Git.run(["worktree", "list", "--porcelain"], in: url).stdout
            .split(separator: "\n").filter { $0.hasPrefix("worktree ") }
        if worktrees.count != 1 { problems.append("worktrees: \(worktrees)") }
        let tmpEntries = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        if !tmpEntries.isEmpty { problems.append("left in TMPDIR: \(tmpEntries)") }
        let status = try Git.run(["status", "--porcelain", "--ignored", "--untracked-files=all"], in: url)
            .stdout
            .split(separator: "\n").map(String.init)
            .filter { !$0.dropFirst(3).hasPrefix(outDir + "/") }
        if !status.isEmpty { problems.append("working tree changed: \(status)") }
        return problems
    }
}
