import Foundation
import Reporting
import TestSupport
import Testing

/// `hundredfold ci` on real git repositories: a base commit, a head that introduces a regression
/// in a file the scenario references, and a head that fixes it.
@Suite(.serialized) struct CIJobGitTests {
    static let scenario = """
        name: order-history
        schema: ../db/schema.sql
        data:
          users: { rows: 20, columns: { name: { text: [5, 12] } } }
          orders:
            rows: 200
            columns:
              user_id: { ref: users.id, distribution: uniform }
              total: { real: [1, 500] }
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - sql_file: ../queries/orders.sql
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
        requests: 10
        scales: [1, 10]
        seed: 42
        traffic: { requests_per_month: 1000000 }
        pricing: cloudflare-d1
        budget:
          queries_per_request: { regression: { absolute: 0 } }
          rows_read_per_request: { regression: { percent: 10, absolute: 20 } }

        """
    static let indexedSchema = """
        CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL NOT NULL);
        CREATE INDEX orders_user ON orders(user_id);

        """
    static let unindexedSchema = indexedSchema.replacingOccurrences(
        of: "CREATE INDEX orders_user ON orders(user_id);\n", with: "")
    static let boundedQuery = "SELECT id FROM orders WHERE user_id = :user_id ORDER BY id LIMIT 1\n"
    static let unboundedQuery = "SELECT id FROM orders WHERE user_id = :user_id ORDER BY id\n"
    /// A Python loop that runs the scenario's per-order statement once per order (HF101, line 4).
    static let totalsLoop = """
        def order_totals(cursor, order_ids):
            totals = []
            for order_id in order_ids:
                cursor.execute("SELECT total FROM orders WHERE id = ?", (order_id,))
                totals.append(cursor.fetchone())
            return totals

        """

    /// A repository on `main` with the base commit, and a `change` branch checked out.
    func repository() throws -> TemporaryDirectory {
        let repo = try TemporaryDirectory(prefix: "hundredfold-ci")
        try Git.run(["init", "-q", "-b", "main"], in: repo.url)
        try repo.write(Self.scenario, to: "Scenarios/orders.yml")
        try repo.write(Self.indexedSchema, to: "db/schema.sql")
        try repo.write(Self.boundedQuery, to: "queries/orders.sql")
        try repo.write(".hundredfold/\n", to: ".gitignore")
        try commit("base", in: repo)
        try Git.run(["checkout", "-q", "-b", "change"], in: repo.url)
        return repo
    }

    func commit(_ message: String, in repo: TemporaryDirectory) throws {
        try Git.run(["add", "-A"], in: repo.url)
        try Git.run(["commit", "-q", "-m", message], in: repo.url)
    }

    func ci(_ repo: TemporaryDirectory, _ extra: [String] = []) throws -> HundredfoldBinary.Result {
        try HundredfoldBinary.run(
            ["ci", "--base", "main"] + extra, in: repo.url, environment: Self.environment(repo))
    }

    /// A home of the repository's own, and no GitHub Actions variables of the machine running the
    /// tests (they would add links to the summary).
    static func environment(_ repo: TemporaryDirectory) -> [String: String] {
        ["HOME": repo.url.path, "GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "GITHUB_RUN_ID": ""]
    }

    /// A direct `hundredfold run` of the checked-out commit.
    func directRun(_ repo: TemporaryDirectory) throws -> RunReport {
        let result = try HundredfoldBinary.run(["run", "Scenarios", "--out", "direct.json"], in: repo.url)
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(result.stderr)")
        defer { try? FileManager.default.removeItem(at: repo.url.appendingPathComponent("direct.json")) }
        return try ReportReader.read(
            repo.url.appendingPathComponent("direct.json"), displayPath: "direct.json")
    }

    func worktrees(_ repo: TemporaryDirectory) throws -> Int {
        try Git.run(["worktree", "list", "--porcelain"], in: repo.url).stdout
            .split(separator: "\n").filter { $0.hasPrefix("worktree ") }.count
    }

    @Test func aDroppedIndexFailsAndItsFixPasses() throws {
        let repo = try repository()
        defer { repo.remove() }
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        let base = try directRun(repo)
        try Git.run(["checkout", "-q", "change"], in: repo.url)

        try repo.write(Self.unindexedSchema, to: "db/schema.sql")
        try commit("drop the index", in: repo)
        let head = try directRun(repo)
        let failing = try ci(repo)
        #expect(failing.exitCode == 1, "\(failing.stderr)")
        #expect(failing.stdout.hasPrefix("<!-- hundredfold:summary -->\n## ❌ Hundredfold: fail"))
        #expect(failing.stdout.contains("`rows_read_per_request@10.regression`"))
        // The summary's numbers are those of a direct run on each commit.
        let baseRows = try #require(base.scenarios.first?.scales.last?.rows_read_per_request)
        let headRows = try #require(head.scenarios.first?.scales.last?.rows_read_per_request)
        #expect(headRows > baseRows)
        #expect(failing.stdout.contains("\(NumberText.plain(baseRows)) → \(NumberText.plain(headRows))"))
        let written = try ReportReader.read(
            repo.url.appendingPathComponent(".hundredfold/report.json"), displayPath: "report.json")
        #expect(
            written.scenarios.first?.scales.map(\.rows_read_per_request)
                == head.scenarios.first?.scales.map(\.rows_read_per_request))
        let outputs = try FileManager.default.contentsOfDirectory(
            atPath: repo.url.appendingPathComponent(".hundredfold").path
        ).sorted()
        let scanBuilt = try HundredfoldBinary.run(["scan", "--help"]).stdout.contains(
            "USAGE: hundredfold scan")
        let expected =
            ["base-report.json", "compare.json", "report.html", "report.json"]
            + (scanBuilt ? ["scan.sarif"] : []) + ["summary.md"]
        #expect(outputs == expected)
        #expect(try worktrees(repo) == 1)

        try repo.write(Self.indexedSchema, to: "db/schema.sql")
        try commit("restore the index", in: repo)
        let passing = try ci(repo)
        #expect(passing.exitCode == 0, "\(passing.stdout)\n\(passing.stderr)")
        #expect(passing.stdout.contains("## ✅ Hundredfold: pass"))
        let fixed = try directRun(repo)
        #expect(fixed.scenarios.first?.scales.last?.rows_read_per_request == baseRows)
        #expect(try worktrees(repo) == 1)
    }

    @Test func anNPlusOneInAReferencedSQLFileFails() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(Self.unboundedQuery, to: "queries/orders.sql")
        try commit("list every order", in: repo)
        let summaryFile = repo.url.appendingPathComponent("step-summary.md")
        let failing = try HundredfoldBinary.run(
            ["ci", "--base", "main"], in: repo.url,
            environment: ["HOME": repo.url.path, "GITHUB_STEP_SUMMARY": summaryFile.path])
        #expect(failing.exitCode == 1, "\(failing.stderr)")
        #expect(failing.stdout.contains("`queries_per_request@10.regression`"))
        #expect(failing.stdout.contains("Budgets from the **base** branch."))
        let appended = try String(contentsOf: summaryFile, encoding: .utf8)
        #expect(appended == failing.stdout)
    }

    @Test func budgetsComeFromTheBaseSoAChangeCannotLoosenItsOwn() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(Self.unindexedSchema, to: "db/schema.sql")
        try repo.write(
            Self.scenario.replacingOccurrences(of: "percent: 10, absolute: 20", with: "percent: 100000"),
            to: "Scenarios/orders.yml")
        try commit("drop the index and loosen the budget", in: repo)
        #expect(try ci(repo).exitCode == 1)
        let opted = try ci(repo, ["--budgets-from", "head"])
        #expect(opted.exitCode == 0, "\(opted.stdout)")
        #expect(opted.stdout.contains("Budgets from the **head** branch."))
    }

    @Test func anNPlusOneInASourceFileIsANewFindingWithFileAndLine() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(
            """
            def order_history(user):
                orders = Order.objects.filter(user=user)
                for order in orders:
                    item = OrderItem.objects.get(order=order.id)
                    print(item)

            """, to: "app/views.py")
        try commit("order history view", in: repo)
        let failing = try ci(repo)
        #expect(failing.exitCode == 1, "\(failing.stderr)")
        #expect(failing.stdout.contains("1 new static finding (1 at the failing severity)"))
        #expect(failing.stdout.contains("- `app/views.py:4` **HF101** (error)"))
        let sarif = try String(
            contentsOf: repo.url.appendingPathComponent(".hundredfold/scan.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"ruleId\" : \"HF101\""))

        try repo.write(
            """
            def order_history(user):
                orders = Order.objects.filter(user=user).prefetch_related("items")
                for order in orders:
                    print(order.items.all())

            """, to: "app/views.py")
        try commit("prefetch the items", in: repo)
        let passing = try ci(repo)
        #expect(passing.exitCode == 0, "\(passing.stdout)")
        #expect(passing.stdout.contains("0 new static findings"))
    }

    @Test func aFindingWhoseStatementTheScenarioRepeatsIsConfirmedAtRunTime() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(Self.totalsLoop, to: "app/totals.py")
        try commit("order totals one by one", in: repo)
        let result = try ci(repo)
        #expect(result.stdout.contains("`app/totals.py:4` **HF101**"), "\(result.stdout)")
        // With LIMIT 1 in the base query the scenario runs the statement once per request: no repeat.
        #expect(!result.stdout.contains("confirmed at run time"), "\(result.stdout)")

        try repo.write(Self.unboundedQuery, to: "queries/orders.sql")
        try commit("list every order", in: repo)
        let confirmed = try ci(repo)
        #expect(confirmed.exitCode == 1)
        let line = try #require(
            confirmed.stdout.split(separator: "\n").first { $0.hasPrefix("- `app/totals.py:4`") },
            "\(confirmed.stdout)")
        #expect(line.contains("confirmed at run time: `order-history` ran it"), "\(line)")
        #expect(line.contains("(1x → 10x)"), "\(line)")
        let html = try String(
            contentsOf: repo.url.appendingPathComponent(".hundredfold/report.html"), encoding: .utf8)
        #expect(html.contains("confirmed at run time: <code>order-history</code> ran it"))
    }

    @Test func aFindingWithoutARepeatedStatementIsNotConfirmed() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(
            """
            def user_names(cursor, user_ids):
                names = []
                for user_id in user_ids:
                    cursor.execute("SELECT name FROM users WHERE id = ?", (user_id,))
                    names.append(cursor.fetchone())
                return names

            """, to: "app/names.py")
        try repo.write(Self.unboundedQuery, to: "queries/orders.sql")
        try commit("user names one by one", in: repo)
        let result = try ci(repo)
        #expect(result.stdout.contains("`app/names.py:4` **HF101**"), "\(result.stdout)")
        #expect(!result.stdout.contains("confirmed at run time"), "\(result.stdout)")
    }

    @Test func anExplicitHeadRunsInItsOwnWorktree() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(Self.unindexedSchema, to: "db/schema.sql")
        try commit("drop the index", in: repo)
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        let result = try ci(repo, ["--head", "change"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.contains("→ `change ("))
        #expect(try worktrees(repo) == 1)
    }

    @Test func aBaseWhoseScenariosDoNotLoadCountsAsAdded() throws {
        let repo = try repository()
        defer { repo.remove() }
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        try repo.write(
            Self.scenario.replacingOccurrences(of: "requests: 10", with: "requestz: 10"),
            to: "Scenarios/orders.yml")
        try commit("a typo on main", in: repo)
        try Git.run(["checkout", "-q", "-B", "change"], in: repo.url)
        try repo.write(Self.scenario, to: "Scenarios/orders.yml")
        try commit("fix the typo", in: repo)
        let result = try ci(repo)
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("- ✅ **order-history** (added): "), "\(result.stdout)")
        #expect(result.stdout.contains("The base's scenarios could not be run"))
    }

    @Test func badRefsAreExit2() throws {
        let repo = try repository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(["ci", "--base", "no-such-branch"], in: repo.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("git does not know the ref 'no-such-branch'"))
        let outside = try TemporaryDirectory()
        defer { outside.remove() }
        #expect(try HundredfoldBinary.run(["ci", "--base", "main"], in: outside.url).exitCode == 2)
    }

    @Test func aBadHeadRefBlamesHead() throws {
        let repo = try repository()
        defer { repo.remove() }
        let result = try ci(repo, ["--head", "no-such-head"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--head"), "\(result.stderr)")
        #expect(!result.stderr.contains("--base"), "\(result.stderr)")
    }

    /// A typo in a workflow must not turn the gate into a pass that ran nothing.
    @Test func scenarioPathsTheHeadLacksAreExit2NotAPass() throws {
        let repo = try repository()
        defer { repo.remove() }
        let result = try ci(repo, ["NoSuchDir"])
        #expect(result.exitCode == 2, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.contains("'NoSuchDir'"), "\(result.stderr)")
        #expect(
            !FileManager.default.fileExists(
                atPath: repo.url.appendingPathComponent(".hundredfold/summary.md").path))
        #expect(try worktrees(repo) == 1)
    }

    /// Run from a subfolder, the default `Scenarios/` is the repository root's.
    @Test func scenarioPathsResolveAgainstTheRepositoryRoot() throws {
        let repo = try repository()
        defer { repo.remove() }
        let subfolder = repo.url.appendingPathComponent("db")
        let result = try HundredfoldBinary.run(
            ["ci", "--base", "main"], in: subfolder, environment: ["HOME": repo.url.path])
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("order-history"), "the root's scenario ran: \(result.stdout)")
    }

    @Test func anAbsoluteOutDirIsUsedAsIs() throws {
        let repo = try repository()
        defer { repo.remove() }
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.remove() }
        let out = elsewhere.url.appendingPathComponent("reports").path
        let result = try ci(repo, ["--out-dir", out])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/compare.json"))
        #expect(!FileManager.default.fileExists(atPath: repo.url.path + out))
    }
}
