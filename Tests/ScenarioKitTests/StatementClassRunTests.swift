import Foundation
import HundredfoldCore
import Reporting
import ScenarioKit
import TestSupport
import Testing

/// Real programs run as `command:` steps at 1x, 10x and 100x: `queries_per_request` counts the
/// application's statements only and equals what the program's own framework counted in that
/// request; the driver's other statements are counted by class beside it; a bulk `executemany`
/// is one round trip.
@Suite struct StatementClassRunTests {
    typealias B = ScenarioBuilder

    /// Copies every order into `archive` with one `executemany` (N executions of one prepared
    /// INSERT), or, with `loop`, row by row with a read between the inserts.
    static let archiveProgram = """
        import os, sqlite3, sys
        db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
        rows = db.execute("SELECT id, total FROM orders").fetchall()
        if sys.argv[1] == "bulk":
            db.executemany("INSERT INTO archive(order_id, total) VALUES (?, ?)", rows)
        else:
            for row in rows:
                db.execute("INSERT INTO archive(order_id, total) VALUES (?, ?)", row)
                db.execute("SELECT count(*) FROM archive").fetchone()
        db.commit()
        """

    func command(_ line: String, in directory: URL) -> Step {
        let location = SourceLocation(
            file: directory.appendingPathComponent("scenario.yml").path, line: 7, column: 16)
        return .command(CommandStep(command: line, location: location, keyPath: "workload.steps[0].command"))
    }

    /// Runs `command` (in a folder holding the fixtures) once per request at 1x, 10x and 100x.
    func run(
        _ command: String, schema: String, tables: [TableSpec], requests: Int = 2, budgets: [BudgetSpec] = []
    ) throws -> ScenarioReport {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.archiveProgram, to: "archive.py")
        let scratch = directory.url.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let scenario = B.scenario(
            schema: schema, tables: tables, steps: [self.command(command, in: directory.url)],
            requests: requests,
            scales: [1, 10, 100], budgets: budgets)
        let report = try B.runner(scratch).run(scenario)
        #expect(report.stopped == nil, "\(report.stopped?.message ?? "")")
        return report
    }

    static let archiveSchema = """
        CREATE TABLE orders(id INTEGER PRIMARY KEY, total REAL);
        CREATE TABLE archive(id INTEGER PRIMARY KEY, order_id INTEGER, total REAL);
        """
    static let archiveTables = [B.table("orders", rows: 5, [B.column("total", .real(min: 1, max: 500))])]

    @Test func executemanyIsOneRoundTripForEveryRow() throws {
        let report = try run(
            "python3 archive.py bulk", schema: Self.archiveSchema, tables: Self.archiveTables)
        #expect(report.scales.map(\.queries_per_request.mean) == [6, 51, 501])  // the read and N inserts
        #expect(report.scales.map(\.round_trips_per_request?.mean) == [2, 2, 2])
        #expect(report.scales.map(\.rows_written_per_request) == [5, 50, 500])
        #expect(report.scales.map(\.statements_by_class?.transaction.mean) == [2, 2, 2])  // BEGIN, COMMIT
        #expect(report.growth["queries_per_request"]?.class == .linear)
        #expect(report.growth["round_trips_per_request"]?.class == .constant)
    }

    /// The same inserts with a read between them: every insert is a round trip of its own.
    @Test func insertsWithAReadBetweenAreRoundTripsEach() throws {
        let report = try run(
            "python3 archive.py loop", schema: Self.archiveSchema, tables: Self.archiveTables)
        #expect(report.scales.map(\.queries_per_request.mean) == [11, 101, 1001])
        #expect(report.scales.map(\.round_trips_per_request?.mean) == [11, 101, 1001])
        #expect(report.growth["round_trips_per_request"]?.class == .linear)
    }

    // MARK: - Declared steps

    /// Declared SQL is classified the same way: a declared `BEGIN` is a transaction statement, a
    /// declared `PRAGMA table_info` schema introspection; a loop of one declared read stays an N+1.
    @Test func declaredStepsAreClassifiedLikeTracedOnes() throws {
        let scenario = B.scenario(
            schema: B.shopSchema, tables: B.shopTables, params: [B.pick("user_id", "users", "id")],
            steps: [
                B.query("BEGIN"), B.query("PRAGMA foreign_keys = ON"), B.query("PRAGMA table_info(orders)"),
                B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]), B.query("COMMIT"),
            ], requests: 5, scales: [1, 10])
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let report = try B.runner(directory.url).run(scenario)
        let byClass = report.scales.compactMap(\.statements_by_class)
        #expect(byClass.map(\.transaction.mean) == [2, 2])
        #expect(byClass.map(\.connection_setup.mean) == [1, 1])
        #expect(byClass.map(\.schema_introspection.mean) == [1, 1])
        #expect(byClass.map(\.application) == report.scales.map(\.queries_per_request))
        #expect(report.scales.map(\.round_trips_per_request) == report.scales.map(\.queries_per_request))
        #expect(report.growth["queries_per_request"]?.class == .linear)
        let repeated = report.scales.last?.repeated_statements.map(\.fingerprint)
        #expect(repeated == ["SELECT total FROM orders WHERE id = ?"])
    }

    /// Each class and round trips are budget keys of a scenario file.
    @Test func budgetKeysNameEveryClass() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let yaml = """
            name: budgets
            schema: CREATE TABLE t(x INTEGER)
            workload: { steps: [ { query: SELECT x FROM t } ] }
            budget:
              round_trips_per_request: { max: 3, growth: constant }
              instrumentation_statements_per_request: { max: 0 }
              transaction_statements_per_request: { max: 2 }
              connection_setup_statements_per_request: { max: 4 }
              schema_introspection_statements_per_request: { max: 0, scale: 100 }

            """
        try folder.write(yaml, to: "budgets.yml")
        let scenario = try #require(
            try ScenarioLoader(workingDirectory: folder.url).load(paths: ["budgets.yml"]).first)
        #expect(
            scenario.budgets.map(\.figure) == [
                .roundTripsPerRequest, .instrumentationStatementsPerRequest, .transactionStatementsPerRequest,
                .connectionSetupStatementsPerRequest, .schemaIntrospectionStatementsPerRequest,
            ])
    }

    // MARK: - Frameworks' own counts

    /// The counts the program appended to `file`, one per request, grouped by scale.
    static func frameworkCounts(_ file: URL, requests: Int) throws -> [[Double]] {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap {
            Double($0)
        }
        return stride(from: 0, to: lines.count, by: requests).map {
            Array(lines[$0..<min($0 + requests, lines.count)])
        }
    }

    /// Runs `interpreter program arguments` with `$HUNDREDFOLD_COUNTS`, and checks that every
    /// scale's traced application statements equal the counts the framework wrote. Returns the report.
    func expectFrameworkCounts(
        _ program: String, _ arguments: String, interpreter: String = "python3", environment: String = "",
        schema: String, tables: [TableSpec]
    ) throws -> ScenarioReport {
        let counts = try TemporaryDirectory()
        defer { counts.remove() }
        let file = counts.url.appendingPathComponent("counts")
        let path = TracedFixture.path(program)
        let report = try run(
            "HUNDREDFOLD_COUNTS='\(file.path)' \(environment) \(interpreter) '\(path)' \(arguments)",
            schema: schema,
            tables: tables)
        let framework = try Self.frameworkCounts(file, requests: 2)
        #expect(framework.count == 3)
        for (scale, own) in zip(report.scales, framework) {
            #expect(
                scale.queries_per_request.mean == own.reduce(0, +) / Double(own.count), "at \(scale.scale)x")
            #expect(scale.queries_per_request.max == own.max(), "at \(scale.scale)x")
        }
        return report
    }
}

/// The programs beside the trace tests (Tests/TraceIngestTests/Fixtures).
enum TracedFixture {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TraceIngestTests/Fixtures").appendingPathComponent(name).path
    }

    /// Whether `python3` can import `module`.
    static func pythonHas(_ module: String) -> Bool {
        succeeds(["python3", "-c", "import \(module)"])
    }

    /// Whether `ruby` can load ActiveRecord and its SQLite adapter.
    static let rubyHasActiveRecord = succeeds(["ruby", "-e", "require 'active_record'; require 'sqlite3'"])

    private static func succeeds(_ command: [String]) -> Bool {
        let check = try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), command)
        return check?.exitCode == 0
    }
}
