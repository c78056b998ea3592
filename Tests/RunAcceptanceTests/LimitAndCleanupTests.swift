import Foundation
import TestSupport
import Testing

/// Time and row limits stop a scenario and fail the run; temporary databases never outlive a run,
/// whether it succeeds, fails a budget, hits an SQL error or is interrupted.
@Suite(.timeLimit(.minutes(3)))
struct LimitAndCleanupTests {
    private static func runaway(name: String, rows: Int = 100, limits: String) -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL);
        data:
          t: { rows: \(rows), columns: { v: { int: [1, 1000] } } }
        workload:
          steps:
            - query: SELECT id FROM t WHERE id = 1
            - query: WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000000) SELECT count(*) FROM c
        requests: 2
        scales: [1, 10]
        seed: 1
        limits: \(limits)
        """
    }

    @Test("A runaway query under `time_seconds: 2` is stopped, reported, exit 1; other scenarios still run")
    func timeLimit() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Self.runaway(name: "runaway", limits: "{ time_seconds: 2 }") + "\n---\n" + Fixtures.batched(),
            to: "limits.yml")
        let child = try GuardedProcess(
            ["run", "limits.yml", "--out", "report.json"], in: ws.url,
            environment: ["TMPDIR": ws.tmp.url.path])
        let exited = child.waitForExit(guard: 60)
        #expect(exited, "the run did not stop within 60 s; the time limit was not enforced")
        guard exited else { return }
        let output = (child.stdout + "\n" + child.stderr).lowercased()
        #expect(child.exitCode == 1, "exit \(child.exitCode)\n\(child.stdout)\n\(child.stderr)")
        #expect(output.contains("time") && output.contains("limit"), "\(output)")
        let report = J.parse(ws.read("report.json") ?? Data())
        #expect(report["verdict"].string == "fail")
        let stopped = report.scenario("runaway")["stopped"]
        #expect(stopped["kind"].string == "time_limit", "\(report.scenario("runaway"))")
        #expect(stopped["scale"].int == 1)
        #expect((stopped["message"].string ?? "").contains("2"), "the message says the limit: \(stopped)")
        #expect(report.scenario("runaway")["verdict"].string == "fail")
        #expect(report.scenario("batched")["verdict"].string == "pass", "the next scenario still ran")
        #expect(report.scenario("batched").scale(100)["queries_per_request"]["mean"].double == 2)
        #expect(ws.tmpLeftovers().isEmpty, "\(ws.tmpLeftovers())")
    }

    @Test("rows_per_scale too small for the data at a scale: stopped at that scale, reported, exit 1")
    func rowLimit() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            """
            name: too-big
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY);
              CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL);
            data:
              users: { rows: 10, fixed: true }
              orders: { rows: 1000, columns: { user_id: { ref: users.id } } }
            workload:
              steps:
                - query: SELECT id FROM orders WHERE id = 1
            requests: 1
            scales: [1, 10]
            seed: 1
            limits: { rows_per_scale: 5000 }
            """, to: "rows.yml")
        let child = try GuardedProcess(
            ["run", "rows.yml", "--out", "report.json"], in: ws.url, environment: ["TMPDIR": ws.tmp.url.path])
        #expect(child.waitForExit(guard: 60))
        #expect(child.exitCode == 1, "exit \(child.exitCode)\n\(child.stdout)\n\(child.stderr)")
        let report = J.parse(ws.read("report.json") ?? Data())
        let stopped = report.scenario("too-big")["stopped"]
        #expect(stopped["kind"].string == "row_limit", "\(report)")
        #expect(stopped["scale"].int == 10)
        #expect(
            (stopped["message"].string ?? "").contains("5000")
                || (stopped["message"].string ?? "").contains("5,000"),
            "\(stopped)")
        #expect((child.stdout + child.stderr).lowercased().contains("limit"))
        #expect(report["verdict"].string == "fail")
        #expect(ws.tmpLeftovers().isEmpty)
    }

    // MARK: - Cleanup

    @Test("No temporary database is left after a successful run, a budget failure or a runtime SQL error")
    func cleanupAfterEnds() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(), to: "ok.yml")
        try ws.write(Fixtures.nPlusOne(budget: "budget:\n  queries_per_request: { max: 5 }"), to: "over.yml")
        try ws.write(
            """
            name: constraint
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            data:
              users: { rows: 10, columns: { id: { sequence: 1 } } }
            workload:
              steps:
                - query: INSERT INTO users(id, name) VALUES (1, 'duplicate')
            requests: 1
            scales: [1, 2]
            seed: 1
            """, to: "runtime-error.yml")
        try ws.write(
            Fixtures.batched(name: "schema-error").replacingOccurrences(
                of: "total REAL NOT NULL);", with: "total REAL NOT NULL,);"),
            to: "schema-error.yml")

        let ok = try ws.run(["run", "ok.yml", "--out", "ok.json"])
        #expect(ok.exitCode == 0, "\(describe(ok))")
        #expect(ws.tmpLeftovers().isEmpty, "after success: \(ws.tmpLeftovers())")

        let over = try ws.run(["run", "over.yml", "--out", "over.json"])
        #expect(over.exitCode == 1, "\(describe(over))")
        #expect(ws.tmpLeftovers().isEmpty, "after a budget failure: \(ws.tmpLeftovers())")

        let runtime = try ws.run(["run", "runtime-error.yml", "--out", "runtime.json"])
        #expect(
            [1, 2].contains(runtime.exitCode),
            "a runtime SQL error is neither success nor a bug: \(describe(runtime))")
        let said =
            runtime.stderr + runtime.stdout
            + String(decoding: ws.read("runtime.json") ?? Data(), as: UTF8.self)
        #expect(said.contains("UNIQUE constraint failed"), "SQLite's message is shown: \(describe(runtime))")
        #expect(ws.tmpLeftovers().isEmpty, "after a runtime SQL error: \(ws.tmpLeftovers())")

        let schema = try ws.run(["run", "schema-error.yml", "--out", "schema.json"])
        #expect(schema.exitCode == 2, "\(describe(schema))")
        #expect(ws.tmpLeftovers().isEmpty, "after a schema SQL error: \(ws.tmpLeftovers())")

        let files = ws.project.listFiles()
        #expect(
            files == ["ok.json", "ok.yml", "over.json", "over.yml", "runtime-error.yml", "schema-error.yml"]
                || files == [
                    "ok.json", "ok.yml", "over.json", "over.yml", "runtime-error.yml", "runtime.json",
                    "schema-error.yml",
                ],
            "nothing else is left in the working folder: \(files)")
    }

    @Test(
        "SIGINT mid-run: exits promptly, no temporary database, the existing --out file untouched",
        arguments: ["query", "generation"])
    func interrupted(phase: String) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let scenario =
            phase == "query"
            ? Self.runaway(name: "slow", rows: 2000, limits: "{ time_seconds: 100 }")
            : Self.runaway(
                name: "slow", rows: 3_000_000, limits: "{ time_seconds: 100, rows_per_scale: 50000000 }")
        try ws.write(scenario, to: "slow.yml")
        let previous = Data("{\"schema\": \"previous\"}\n".utf8)
        try previous.write(to: ws.url.appendingPathComponent("report.json"))
        let before = ws.project.listFiles()

        let child = try GuardedProcess(
            ["run", "slow.yml", "--out", "report.json"], in: ws.url, environment: ["TMPDIR": ws.tmp.url.path])
        let started = child.wait(upTo: 30) { !ws.tmpLeftovers().isEmpty || !child.isRunning }
        #expect(
            started && child.isRunning,
            "no temporary database appeared under TMPDIR while running; exit \(child.isRunning ? -1 : child.exitCode) \(child.stderr)"
        )
        usleep(phase == "query" ? 1_500_000 : 300_000)
        #expect(child.isRunning, "the slow scenario finished before it could be interrupted: \(child.stderr)")
        child.signal(SIGINT)
        let exited = child.waitForExit(guard: 30)
        #expect(exited, "did not stop within 30 s of SIGINT")
        #expect(child.wasKilledBySignal || child.exitCode != 0, "an interrupted run must not report success")
        #expect(ws.tmpLeftovers().isEmpty, "temporary databases left after SIGINT: \(ws.tmpLeftovers())")
        #expect(ws.read("report.json") == previous, "no partial or new --out after an interrupt")
        #expect(
            ws.project.listFiles() == before, "no temporary files beside --out: \(ws.project.listFiles())")
    }
}
