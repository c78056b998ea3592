import Foundation
import PostgresEngine
import TestSupport
import Testing

/// Whether `python3` can import `module`.
func pythonHas(_ module: String) -> Bool {
    let check = try? ChildProcess.run(
        URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import \(module)"])
    return check?.exitCode == 0
}

let psycopgInstalled = postgresInstalled && pythonHas("psycopg2")
let psycopgMissing: Comment =
    "PostgreSQL or psycopg2 is missing: `apt-get install postgresql postgresql-contrib` and `python3 -m pip install psycopg2-binary` enable these tests (.ci/run does)"

/// Real programs and servers on PostgreSQL, end to end: the built binary, a throwaway server,
/// Python programs with psycopg2 whose own counts the report must equal.
@Suite(.enabled(if: psycopgInstalled, psycopgMissing), .serialized)
struct PostgresProgramTests {
    /// Runs `scenario` (with `files` beside it) on PostgreSQL; the JSON report's scales and the
    /// per-scale means of the numbers the program appended to `countsFile`.
    func run(
        _ scenario: String, files: [String: String], countsFile: String = "counts", plusOne: Int = 1,
        engine: String = "postgres"
    ) throws -> (scales: [[String: Any]], expected: [Double], run: RunFolder, scenario: [String: Any]) {
        let run = try RunFolder()
        try run.folder.write(scenario, to: "s.yml")
        for (name, text) in files { try run.folder.write(text, to: name) }
        let result = try run.run(["run", "s.yml", "--engine", engine, "--format", "json"])
        #expect([0, 1].contains(result.exitCode), "\(result.stderr)")
        let report = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenario = try #require((report["scenarios"] as? [[String: Any]])?.first)
        let scales = scenario["scales"] as? [[String: Any]] ?? []
        let text =
            (try? String(contentsOf: run.folder.url.appendingPathComponent(countsFile), encoding: .utf8))
            ?? ""
        let counts = text.split(separator: "\n").compactMap { Double($0) }
        let perScale = scales.first?["requests"] as? Int ?? 1
        let expected = stride(from: 0, to: counts.count, by: perScale).map { start in
            counts[start..<min(start + perScale, counts.count)].reduce(0) { $0 + $1 + Double(plusOne) }
                / Double(perScale)
        }
        return (scales, expected, run, scenario)
    }

    func mean(_ scale: [String: Any], _ key: String) -> Double? {
        (scale[key] as? [String: Any])?["mean"] as? Double
    }

    @Test func aPsycopgNPlusOneCountsOneQueryPerOrderAndPlansShowRowsRead() throws {
        let outcome = try run(
            PostgresProgramFixtures.scenario(mode: "n_plus_one"),
            files: ["orders.py": PostgresProgramFixtures.program])
        defer { outcome.run.folder.remove() }
        #expect(outcome.scales.count == 2)
        #expect(outcome.scales.map { mean($0, "queries_per_request") } == outcome.expected.map { $0 })
        for scale in outcome.scales {
            // psycopg2 opens a transaction before the first statement; the program never commits.
            let classes = scale["statements_by_class"] as? [String: [String: Double]]
            #expect(classes?["transaction"]?["mean"] == 1)
            #expect(classes?["connection_setup"]?["mean"] == 0)
            let repeated = scale["repeated_statements"] as? [[String: Any]] ?? []
            #expect(repeated.first?["fingerprint"] as? String == "SELECT sku FROM items WHERE order_id = $1")
            #expect((scale["rows_read_per_request"] as? Double ?? 0) > 0)
            #expect(
                scale["unmeasured"] as? [String] == [
                    "sqlite_counters_per_request", "bytes_returned_per_request",
                ])
            #expect(scale["sqlite_counters_per_request"] == nil)
            #expect(scale["bytes_returned_per_request"] is NSNull)  // unmeasured: null, never 0
        }
        let growth = outcome.scenario["growth"] as? [String: [String: Any]]
        #expect(growth?["queries_per_request"]?["class"] as? String == "linear")
        #expect(outcome.run.leftovers.isEmpty)
        #expect(outcome.run.serverProcesses.isEmpty)
    }

    @Test func theBatchedProgramIsTwoQueriesAtEveryScale() throws {
        let outcome = try run(
            PostgresProgramFixtures.scenario(mode: "batched"),
            files: ["orders.py": PostgresProgramFixtures.program])
        defer { outcome.run.folder.remove() }
        #expect(outcome.scales.map { mean($0, "queries_per_request") } == [2, 2])
        #expect(outcome.scales.allSatisfy { ($0["repeated_statements"] as? [Any])?.isEmpty == true })
        let growth = outcome.scenario["growth"] as? [String: [String: Any]]
        #expect(growth?["queries_per_request"]?["class"] as? String == "constant")
    }

    /// Rows written are the writes' own rows (3 notes, the user's orders updated); the reads
    /// before them write nothing.
    @Test func rowsWrittenAreTheRowsOfTheWritesOnly() throws {
        let outcome = try run(
            PostgresProgramFixtures.scenario(mode: "write"),
            files: ["orders.py": PostgresProgramFixtures.program],
            plusOne: 3)
        defer { outcome.run.folder.remove() }
        #expect(
            outcome.scales.map { $0["rows_written_per_request"] as? Double } == outcome.expected.map { $0 })
        #expect(outcome.scales.map { mean($0, "queries_per_request") } == [3, 3])
        let readOnly = try run(
            PostgresProgramFixtures.scenario(mode: "batched"),
            files: ["orders.py": PostgresProgramFixtures.program])
        defer { readOnly.run.folder.remove() }
        #expect(readOnly.scales.map { $0["rows_written_per_request"] as? Double } == [0, 0])
    }

    @Test func theProgramGetsTheScratchDatabaseInDatabaseURLAndLibpqVariables() throws {
        let scenario = PostgresProgramFixtures.scenario(mode: "x").replacingOccurrences(
            of: "python3 orders.py x {user}", with: "python3 env.py"
        ).replacingOccurrences(of: "scales: [1, 10]", with: "scales: [1]")
        let outcome = try run(scenario, files: ["env.py": PostgresProgramFixtures.environment])
        defer { outcome.run.folder.remove() }
        let data = try Data(contentsOf: outcome.run.folder.url.appendingPathComponent("env.json"))
        let environment = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let database = try #require(environment["PGDATABASE"] as? String)
        #expect(database.hasPrefix("hundredfold_"))
        let host = try #require(environment["PGHOST"] as? String)
        let port = try #require(environment["PGPORT"] as? String)
        // A Unix socket in the server's folder, or a loopback port when that path is too long.
        let url =
            host.hasPrefix("/")
            ? "postgresql://postgres@/\(database)?host=\(host)&port=\(port)"
            : "postgresql://postgres@\(host):\(port)/\(database)"
        #expect(environment["DATABASE_URL"] as? String == url)
        #expect(environment["PGUSER"] as? String == "postgres")
        #expect(environment["HUNDREDFOLD_DB"] is NSNull)
        #expect(environment["PGPASSWORD"] is NSNull)
        #expect(outcome.scales.map { mean($0, "queries_per_request") } == [0])
    }

    @Test func aServerIsCountedPerExchangeAndStoppedWithItsGroup() throws {
        let outcome = try run(
            PostgresProgramFixtures.serverScenario, files: ["server.py": PostgresProgramFixtures.server],
            countsFile: "server-counts", plusOne: 0)
        defer { outcome.run.folder.remove() }
        #expect(outcome.expected.count == 2)
        #expect(outcome.scales.map { mean($0, "queries_per_request") } == outcome.expected.map { $0 })
        for scale in outcome.scales {
            #expect(scale["request_ms"] != nil)
            // autocommit: no transaction statements; connecting ran nothing countable.
            let classes = scale["statements_by_class"] as? [String: [String: Double]]
            #expect(classes?["transaction"]?["mean"] == 0)
        }
        #expect(outcome.run.leftovers.isEmpty)
        #expect(outcome.run.serverProcesses.isEmpty)
        #expect(Self.processes(in: outcome.run.folder.url).isEmpty)
    }

    @Test func aFailingProgramStopsTheScenarioWithItsOutputAndLeavesNothing() throws {
        let scenario = PostgresProgramFixtures.scenario(mode: "x").replacingOccurrences(
            of: "python3 orders.py x {user}", with: "echo partial; exit 3")
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(scenario, to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "postgres"])
        #expect(result.exitCode != 0)
        #expect(
            result.stdout.contains(
                "s.yml:16:16: workload.steps[0].command: `echo partial; exit 3` exited with status 3"))
        #expect(result.stdout.contains("partial"))
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }

    /// Django's N+1 view (Tests/TraceIngestTests/Fixtures/django_shop) on PostgreSQL, its schema
    /// from Django's own migrations run on the scratch database: the application count equals
    /// what `CaptureQueriesContext` captured, at every scale; `SET TIME ZONE` on connect is setup.
    @Test(.enabled(if: pythonHas("django"), "Django is not installed (.ci/run installs it)"))
    func djangoCountsEqualCaptureQueriesContext() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TraceIngestTests/Fixtures/django_shop/run.py").path
        let scenario = """
            name: django-on-postgres
            schema: { command: python3 \(fixture) setup }
            data:
              shop_customer: { rows: 3, columns: { name: { text: [5, 12] } } }
              shop_order: { rows: 10, columns: { customer_id: { ref: shop_customer.id }, total: { int: [1, 500] } } }
            workload:
              steps:
                - command: HUNDREDFOLD_COUNTS=counts DJANGO_COUNT=capture python3 \(fixture) request /orders/
            requests: 2
            scales: [1, 10, 100]
            """
        let outcome = try run(scenario, files: [:], plusOne: 0)
        defer { outcome.run.folder.remove() }
        #expect(outcome.expected == [11, 101, 1001])
        #expect(outcome.scales.map { mean($0, "queries_per_request") } == outcome.expected.map { $0 })
        let classes = outcome.scales.map { $0["statements_by_class"] as? [String: [String: Double]] }
        #expect(classes.map { $0?["connection_setup"]?["mean"] } == [1, 1, 1])
        #expect(outcome.run.leftovers.isEmpty)
    }

    /// The Django bookshop under gunicorn (Scenarios/real-programs/), its schema from its own
    /// migrations on PostgreSQL: each scale's count equals Django's own count of the same
    /// requests (its `execute_wrapper` middleware), and `SET TIME ZONE` is connection setup.
    @Test(
        .enabled(if: pythonHas("django") && pythonHas("gunicorn"), "Django and gunicorn are needed (.ci/run)")
    )
    func theDjangoServerCountsEqualDjangosOwnOnPostgres() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let run = try RunFolder()
        defer { run.folder.remove() }
        let counts = run.folder.url.appendingPathComponent("counts").path
        let result = try HundredfoldBinary.run(
            [
                "run", "Scenarios/real-programs/bookshop.bad.yml", "--engine", "postgres", "--scales", "1,10",
                "--format", "json",
            ], in: root, environment: ["BOOKSHOP_COUNTS": counts, "TMPDIR": run.temporary.path])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let report = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scales = (report["scenarios"] as? [[String: Any]])?.first?["scales"] as? [[String: Any]] ?? []
        #expect(scales.count == 2)
        for scale in scales {
            let factor = scale["scale"] as? Int ?? 0
            let django = ((try? String(contentsOfFile: "\(counts)-\(factor)", encoding: .utf8)) ?? "")
                .split(separator: "\n").compactMap { Double($0) }
            #expect(django.count == 5, "Django counted \(django.count) requests at \(factor)x")
            #expect(mean(scale, "queries_per_request") == django.reduce(0, +) / Double(max(django.count, 1)))
            let classes = scale["statements_by_class"] as? [String: [String: Double]]
            #expect(classes?["connection_setup"]?["mean"] == 1)
            #expect(scale["request_ms"] != nil)
        }
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }

    /// The bundled pair picks its driver by `DATABASE_URL`: both engines grow alike.
    @Test func theBundledProgramPairAgreesOnBothEngines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = try HundredfoldBinary.run(
            [
                "run", "Scenarios/real-programs/order-history.bad.yml", "--engine", "sqlite,postgres",
                "--scales",
                "1,10", "--format", "json",
            ], in: root)
        #expect(result.exitCode == 1, "\(result.stderr)")
        let report = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenario = try #require((report["scenarios"] as? [[String: Any]])?.first)
        let comparison = try #require(scenario["engine_comparison"] as? [[String: Any]])
        let queries = comparison.first { $0["figure"] as? String == "queries_per_request" }
        #expect(queries?["sqlite"] as? String == "linear")
        #expect(queries?["postgres"] as? String == "linear")
        #expect(!comparison.contains { $0["figure"] as? String == "bytes_returned_per_request" })
    }

    /// The running processes whose working folder is `folder` (a program or server started there).
    static func processes(in folder: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let path = folder.resolvingSymlinksInPath().path
        return entries.filter { Int($0) != nil }.filter { pid in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")) == path
        }
    }
}
