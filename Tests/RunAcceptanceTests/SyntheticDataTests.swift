import Foundation
import TestSupport
import Testing

/// Properties of the generated data, observed through rows returned by probing queries.
@Suite(.timeLimit(.minutes(2)))
struct SyntheticDataTests {
    /// One scenario per probe over the same schema and data; each probe is a single query, run once
    /// per request at scales 1 and 2, so its rows returned per request is its row count.
    private func probe(
        schema: String, data: String, probes: [(name: String, sql: String)], seed: Int = 17
    ) throws -> (HundredfoldBinary.Result, J, Workspace) {
        let ws = try Workspace()
        let documents = probes.map { probe in
            """
            name: \(probe.name)
            schema: |
            \(schema.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            data:
            \(data.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            workload:
              steps:
                - query: "\(probe.sql)"
            requests: 1
            scales: [1, 2]
            seed: \(seed)
            """
        }
        try ws.write(documents.joined(separator: "\n---\n") + "\n", to: "probe.yml")
        let (result, report) = try ws.runReport(["probe.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        return (result, report, ws)
    }

    private func count(_ report: J, _ name: String, scale: Int = 1) -> Double {
        report.scenario(name).scale(scale)["rows_returned_per_request"].double ?? -1
    }

    @Test("refs always point at existing rows, for uniform and zipf distributions")
    func refsPointAtExistingRows() throws {
        let (_, report, ws) = try probe(
            schema: """
                CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER, buyer_id INTEGER);
                """,
            data: """
                users: { rows: 37, fixed: true, columns: { id: { sequence: 1000, step: 7 } } }
                orders: { rows: 400, columns: { user_id: { ref: users.id, distribution: uniform }, buyer_id: { ref: users.id, distribution: { zipf: 1.3 } } } }
                """,
            probes: [
                (
                    "joined",
                    "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id JOIN users b ON b.id = o.buyer_id"
                ),
                (
                    "orphans",
                    "SELECT id FROM orders WHERE user_id IS NULL OR buyer_id IS NULL OR user_id NOT IN (SELECT id FROM users) OR buyer_id NOT IN (SELECT id FROM users)"
                ),
                ("users-used", "SELECT DISTINCT user_id FROM orders"),
            ])
        defer { ws.remove() }
        for scale in [1, 2] {
            #expect(
                count(report, "joined", scale: scale) == Double(400 * scale),
                "JOIN count equals the child table")
            #expect(count(report, "orphans", scale: scale) == 0)
        }
        #expect(
            count(report, "users-used") > 20, "a uniform ref over 37 users with 400 rows uses most of them")
    }

    @Test("PRIMARY KEY and UNIQUE are never violated, described or not; NOT NULL is honoured")
    func keysUniqueAndNotNull() throws {
        let (_, report, ws) = try probe(
            schema: """
                CREATE TABLE accounts(
                  id INTEGER PRIMARY KEY,
                  email TEXT NOT NULL UNIQUE,
                  code INTEGER NOT NULL UNIQUE,
                  handle TEXT UNIQUE,
                  sku TEXT NOT NULL,
                  UNIQUE(sku)
                );
                CREATE TABLE tags(name TEXT PRIMARY KEY, weight INTEGER NOT NULL);
                CREATE TABLE pairs(a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY(a, b));
                """,
            data: """
                accounts: { rows: 500, columns: { email: { text: [3, 4] }, code: { int: [1, 100000] } } }
                tags: { rows: 300 }
                pairs: { rows: 300, columns: { a: { int: [1, 100] }, b: { int: [1, 100] } } }
                """,
            probes: [
                ("accounts", "SELECT id FROM accounts"),
                ("dup-email", "SELECT email FROM accounts GROUP BY email HAVING COUNT(*) > 1"),
                ("dup-code", "SELECT code FROM accounts GROUP BY code HAVING COUNT(*) > 1"),
                (
                    "dup-handle",
                    "SELECT handle FROM accounts WHERE handle IS NOT NULL GROUP BY handle HAVING COUNT(*) > 1"
                ),
                ("nulls", "SELECT id FROM accounts WHERE email IS NULL OR code IS NULL OR sku IS NULL"),
                ("code-range", "SELECT id FROM accounts WHERE code < 1 OR code > 100000"),
                ("tags", "SELECT name FROM tags WHERE name IS NOT NULL AND weight IS NOT NULL"),
                ("pairs", "SELECT a FROM pairs"),
            ])
        defer { ws.remove() }
        for scale in [1, 2] {
            #expect(count(report, "accounts", scale: scale) == Double(500 * scale), "every row was inserted")
            #expect(count(report, "dup-email", scale: scale) == 0)
            #expect(count(report, "dup-code", scale: scale) == 0)
            #expect(count(report, "dup-handle", scale: scale) == 0)
            #expect(count(report, "nulls", scale: scale) == 0)
            #expect(count(report, "code-range", scale: scale) == 0)
            #expect(count(report, "tags", scale: scale) == Double(300 * scale))
            #expect(count(report, "pairs", scale: scale) == Double(300 * scale))
        }
    }

    @Test("Undescribed columns are filled from their SQL type; NOT NULL ones always get a value")
    func undescribedColumnsFilled() throws {
        let (_, report, ws) = try probe(
            schema: """
                CREATE TABLE things(id INTEGER PRIMARY KEY, n INTEGER NOT NULL, label TEXT NOT NULL, amount REAL NOT NULL, blob BLOB NOT NULL, flag BOOLEAN NOT NULL, made DATETIME NOT NULL, price NUMERIC NOT NULL, title VARCHAR(12) NOT NULL, maybe TEXT);
                """,
            data: "things: { rows: 200 }",
            probes: [
                ("all", "SELECT id FROM things"),
                (
                    "nulls",
                    "SELECT id FROM things WHERE n IS NULL OR label IS NULL OR amount IS NULL OR blob IS NULL OR flag IS NULL OR made IS NULL OR price IS NULL OR title IS NULL"
                ),
                (
                    "types",
                    "SELECT id FROM things WHERE typeof(n) = 'integer' AND typeof(label) = 'text' AND typeof(amount) IN ('real', 'integer')"
                ),
                ("ids", "SELECT DISTINCT id FROM things"),
            ])
        defer { ws.remove() }
        #expect(count(report, "all") == 200)
        #expect(count(report, "nulls") == 0)
        #expect(count(report, "types") == 200, "values have their column's type")
        #expect(count(report, "ids") == 200)
    }

    @Test("nullable: 0.5 gives about half NULLs; nullable absent gives none")
    func nullableFraction() throws {
        let (_, report, ws) = try probe(
            schema: "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT, other TEXT);",
            data:
                "notes: { rows: 1000, columns: { body: { text: [1, 10], nullable: 0.5 }, other: { text: [1, 10] } } }",
            probes: [
                ("null-body", "SELECT id FROM notes WHERE body IS NULL"),
                ("null-other", "SELECT id FROM notes WHERE other IS NULL"),
            ])
        defer { ws.remove() }
        let nulls = count(report, "null-body")
        #expect((400...600).contains(nulls), "\(nulls) of 1000 NULL")
        #expect(count(report, "null-other") == 0)
    }

    @Test("choice weights are roughly respected; unweighted choices are roughly even")
    func choiceWeights() throws {
        let (_, report, ws) = try probe(
            schema: "CREATE TABLE orders(id INTEGER PRIMARY KEY, status TEXT NOT NULL, color TEXT NOT NULL);",
            data:
                "orders: { rows: 2000, columns: { status: { choice: [new, paid, shipped], weights: [1, 5, 2] }, color: { choice: [red, blue] } } }",
            probes: [
                ("new", "SELECT id FROM orders WHERE status = 'new'"),
                ("paid", "SELECT id FROM orders WHERE status = 'paid'"),
                ("shipped", "SELECT id FROM orders WHERE status = 'shipped'"),
                ("other", "SELECT id FROM orders WHERE status NOT IN ('new', 'paid', 'shipped')"),
                ("red", "SELECT id FROM orders WHERE color = 'red'"),
            ])
        defer { ws.remove() }
        #expect((150...350).contains(count(report, "new")), "expected ~250: \(count(report, "new"))")
        #expect((1100...1400).contains(count(report, "paid")), "expected ~1250: \(count(report, "paid"))")
        #expect((380...620).contains(count(report, "shipped")), "expected ~500: \(count(report, "shipped"))")
        #expect(count(report, "other") == 0)
        #expect((850...1150).contains(count(report, "red")), "expected ~1000: \(count(report, "red"))")
    }

    @Test("zipf is skewed (one value dominates); uniform is not; values stay in range")
    func zipfSkew() throws {
        func mostFrequent(_ column: String) -> String {
            "SELECT id FROM t WHERE COLUMN = (SELECT COLUMN FROM t GROUP BY COLUMN ORDER BY COUNT(*) DESC LIMIT 1)"
                .replacingOccurrences(of: "COLUMN", with: column)
        }
        let (_, report, ws) = try probe(
            schema:
                "CREATE TABLE t(id INTEGER PRIMARY KEY, z INTEGER NOT NULL, u INTEGER NOT NULL, s INTEGER NOT NULL);",
            data:
                "t: { rows: 2000, columns: { z: { int: [1, 100], distribution: zipf }, u: { int: [1, 100], distribution: uniform }, s: { int: [1, 100], distribution: { zipf: 2.0 } } } }",
            probes: [
                ("top-z", mostFrequent("z")),
                ("top-u", mostFrequent("u")),
                ("top-s", mostFrequent("s")),
                ("range", "SELECT id FROM t WHERE z < 1 OR z > 100 OR u < 1 OR u > 100 OR s < 1 OR s > 100"),
                ("u-ends", "SELECT DISTINCT u FROM t WHERE u = 1 OR u = 100"),
            ])
        defer { ws.remove() }
        #expect(
            count(report, "top-z") > 150,
            "zipf's most common of 100 values has > 7.5%: \(count(report, "top-z"))")
        #expect(count(report, "top-u") < 60, "uniform's most common has < 3%: \(count(report, "top-u"))")
        #expect(count(report, "top-s") > count(report, "top-z"), "a larger exponent is more skewed")
        #expect(count(report, "top-s") > 800, "zipf 2.0: the top value has ~60%: \(count(report, "top-s"))")
        #expect(count(report, "range") == 0)
        #expect(count(report, "u-ends") == 2, "integer ranges are inclusive at both ends")
    }

    @Test("text lengths, real ranges, sequences and timestamps stay within what was asked")
    func rangesRespected() throws {
        let (_, report, ws) = try probe(
            schema:
                "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, short TEXT NOT NULL, total REAL NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL);",
            data:
                "t: { rows: 500, columns: { name: { text: [5, 12] }, short: { text: [0, 2] }, total: { real: [1.5, 2.5] }, seq: { sequence: 100, step: 5 }, at: { timestamp: [\"2024-01-01\", \"2025-06-30T12:00:00Z\"] } } }",
            probes: [
                ("bad-name", "SELECT id FROM t WHERE length(name) < 5 OR length(name) > 12"),
                ("name-lengths", "SELECT DISTINCT length(name) FROM t"),
                ("bad-short", "SELECT id FROM t WHERE length(short) > 2"),
                ("bad-total", "SELECT id FROM t WHERE total < 1.5 OR total > 2.5"),
                ("distinct-total", "SELECT DISTINCT total FROM t"),
                ("bad-seq", "SELECT id FROM t WHERE (seq - 100) % 5 != 0 OR seq < 100"),
                ("last-seq", "SELECT id FROM t WHERE seq = 100 + 5 * 499"),
                ("first-seq", "SELECT id FROM t WHERE seq = 100"),
                ("distinct-at", "SELECT DISTINCT at FROM t"),
                (
                    "bad-at",
                    "SELECT id FROM t WHERE (typeof(at) = 'text' AND (substr(at, 1, 10) < '2024-01-01' OR substr(at, 1, 10) > '2025-06-30')) OR (typeof(at) = 'integer' AND (at < 1704067200 OR at > 1751284800))"
                ),
            ])
        defer { ws.remove() }
        #expect(count(report, "bad-name") == 0)
        #expect(count(report, "name-lengths") >= 6, "lengths 5...12 are all used, more or less")
        #expect(count(report, "bad-short") == 0)
        #expect(count(report, "bad-total") == 0)
        #expect(count(report, "distinct-total") > 400, "reals are not rounded to a few values")
        #expect(count(report, "bad-seq") == 0)
        #expect(count(report, "last-seq") == 1)
        #expect(count(report, "first-seq") == 1)
        #expect(count(report, "distinct-at") > 250, "timestamps spread over the range")
        #expect(count(report, "bad-at") == 0)
        #expect(count(report, "last-seq", scale: 2) == 1, "the sequence continues at scale 2 (1000 rows)")
    }
}
