import Foundation
import TestSupport
import Testing

/// A Python program using the standard library's sqlite3, traced with no change to its code.
@Suite(.serialized, .enabled(if: Python.available, "python3 is missing: real-program tests skipped"))
struct PythonNPlusOneTests {
    static let nPlusOneProgram = """
        import os, sqlite3, sys
        user_id = int(sys.argv[1])
        db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
        count = 0
        ids = [row[0] for row in db.execute("SELECT id FROM orders WHERE user_id = ?", (user_id,))]
        count += 1
        total = 0.0
        for order_id in ids:
            total += db.execute("SELECT total FROM orders WHERE id = ?", (order_id,)).fetchone()[0]
            count += 1
        db.close()
        with open(sys.argv[2], "a") as out:
            out.write(f"{len(ids)} {count}\\n")
        print(f"queries={count} total={total:.2f}")

        """

    static let batchedProgram = """
        import os, sqlite3, sys
        user_id = int(sys.argv[1])
        db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
        ids = [row[0] for row in db.execute("SELECT id FROM orders WHERE user_id = ?", (user_id,))]
        marks = ",".join("?" * len(ids))
        rows = db.execute(f"SELECT id, total FROM orders WHERE id IN ({marks})", ids).fetchall()
        db.close()
        with open(sys.argv[2], "a") as out:
            out.write(f"{len(rows)} 2\\n")
        print(f"queries=2 rows={len(rows)}")

        """

    /// One user owns every order: 20 orders at scale 1, 200 at scale 10.
    static func scenario(name: String, command: String) -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);
          CREATE INDEX orders_user ON orders(user_id);
        data:
          users:  { rows: 1, fixed: true, columns: { name: { text: [5, 12] } } }
          orders: { rows: 20, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - command: \(command)
        requests: 3
        scales: [1, 10]
        seed: 7

        """
    }

    @Test func nPlusOneIsCountedExactlyAndGrowsLinearly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.nPlusOneProgram, to: "app.py")
        try dir.write(
            Self.scenario(name: "py-n-plus-one", command: "python3 app.py {user_id} counts.txt"), to: "n1.yml"
        )
        let tmp = try privateTemporaryDirectory(in: dir.url)
        let result = try hf(
            ["run", "n1.yml", "--out", "report.json"], in: dir.url, environment: ["TMPDIR": tmp.path])
        #expect(result.exitCode == 0, "\(result.summary)")
        #expect(contents(of: tmp).isEmpty, "no database copy or trace file left behind: \(contents(of: tmp))")
        let stray = contents(of: dir.url).filter {
            !["app.py", "n1.yml", "counts.txt", "report.json", "private-tmp"].contains($0)
        }
        #expect(stray.isEmpty, "nothing else written next to the scenario: \(stray)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))

        // The program's own count of what it ran, per request.
        let own = lines(dir.url.appendingPathComponent("counts.txt")).map {
            $0.split(separator: " ").compactMap { Int($0) }
        }
        #expect(own.count >= 6, "the program ran once per request at each scale: \(own)")
        #expect(Set(own.map { $0.last ?? -1 }) == [21, 201], "program counts: \(own)")
        for (scale, orders) in [(1, 20), (10, 200)] {
            let queries = report.queries("py-n-plus-one", scale)
            #expect(
                queries.mean == Double(orders + 1),
                "scale \(scale): traced \(String(describing: queries.mean)) vs program's \(orders + 1)")
            #expect(queries.max == Double(orders + 1))
            let perRow = report.repeated("py-n-plus-one", scale).filter {
                normalized($0.fingerprint).contains("select total from orders where id")
            }
            #expect(
                perRow.count == 1,
                "the per-row query is one fingerprint: \(report.repeated("py-n-plus-one", scale))")
            #expect(perRow.first?.count == orders, "it ran \(orders) times per request at scale \(scale)")
            let list = report.repeated("py-n-plus-one", scale).filter {
                normalized($0.fingerprint).contains("where user_id")
            }
            #expect(list.isEmpty, "the list query runs once per request, it is not repeated")
        }
        #expect(report.growthClass("py-n-plus-one", "queries_per_request") == "linear")
    }

    @Test func batchedFixIsConstant() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.batchedProgram, to: "app.py")
        try dir.write(
            Self.scenario(name: "py-batched", command: "python3 app.py {user_id} counts.txt"), to: "b.yml")
        let result = try hf(["run", "b.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        for scale in [1, 10] {
            #expect(report.queries("py-batched", scale).mean == 2, "scale \(scale)")
            #expect(report.repeated("py-batched", scale).allSatisfy { $0.count <= 1 }, "no statement repeats")
        }
        #expect(report.growthClass("py-batched", "queries_per_request") == "constant")
        let own = Set(lines(dir.url.appendingPathComponent("counts.txt")))
        #expect(own == ["20 2", "200 2"], "the fix fetched every order in one query: \(own)")
    }

    /// Declared steps and a program in one request, the program with two connections: every
    /// statement of both is counted in the same figures.
    @Test func programStatementsAddUpWithDeclaredSteps() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let program = """
            import os, sqlite3, sys
            first = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            second = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            first.execute("SELECT count(*) FROM orders WHERE user_id = ?", (int(sys.argv[1]),)).fetchone()
            second.execute("SELECT max(total) FROM orders").fetchone()
            second.execute("SELECT min(total) FROM orders").fetchone()

            """
        try dir.write(program, to: "two.py")
        let scenario = Self.scenario(name: "mixed", command: "python3 two.py {user_id}")
            .replacingOccurrences(
                of: "  steps:\n",
                with: "  steps:\n    - query: SELECT name FROM users WHERE id = :user_id\n")
        try dir.write(scenario, to: "m.yml")
        let result = try hf(["run", "m.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        for scale in [1, 10] {
            #expect(
                report.queries("mixed", scale).mean == 4,
                "1 declared + 3 from two connections at scale \(scale)")
        }
    }

    @Test func textParametersAreShellQuoted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let value = #"it's a $HOME "test"; touch pwned `touch pwned2` *"#
        let program = """
            import json, os, sqlite3, sys
            db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            matches = db.execute("SELECT count(*) FROM users WHERE name = ?", (sys.argv[1],)).fetchone()[0]
            with open("args.txt", "a") as out:
                out.write(json.dumps({"argv": sys.argv[1:], "matches": matches}) + "\\n")

            """
        try dir.write(program, to: "echo_arg.py")
        let yamlValue = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "\"", with: "\\\"")
        let scenario = """
            name: quoting
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
            data:
              users: { rows: 2, fixed: true, columns: { name: { choice: ["\(yamlValue)"] } } }
            workload:
              params: { who: { pick: users.name } }
              steps:
                - command: python3 echo_arg.py {who}
            requests: 2
            scales: [1, 2]
            seed: 1

            """
        try dir.write(scenario, to: "q.yml")
        let result = try hf(["run", "q.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let calls = lines(dir.url.appendingPathComponent("args.txt")).compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(!calls.isEmpty)
        for call in calls {
            #expect(call["argv"] as? [String] == [value], "one argument, exactly the value: \(call)")
            #expect(number(call["matches"]) == 2, "the value matches the rows it was drawn from: \(call)")
        }
        let files = Set((try? FileManager.default.contentsOfDirectory(atPath: dir.url.path)) ?? [])
        #expect(!files.contains("pwned") && !files.contains("pwned2"), "nothing in the value ran as shell")
    }
}
