import HundredfoldCore
import Reporting
import SQLiteHarness
import Testing

@testable import ScenarioKit

/// The workload executor tested through the harness's own trace: the exact statements a request
/// runs, in order, and nothing left busy afterwards.
@Suite struct WorkloadTraceTests {
    typealias B = ScenarioBuilder

    private func database() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute(
            """
            CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER, total REAL);
            CREATE INDEX orders_user ON orders(user_id);
            INSERT INTO orders VALUES (1, 7, 10), (2, 7, 20), (3, 8, 30), (4, 7, 40);
            """)
        return db
    }

    @Test func aRequestRunsItsStepsOncePerKeptRow() throws {
        let db = try database()
        let executor = WorkloadExecutor(engine: SQLiteStatementEngine(db: db))
        db.startRecordingTrace()
        try executor.runRequest(
            [
                B.query("SELECT id FROM orders WHERE user_id = :user_id ORDER BY id", as: "orders"),
                B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]),
            ], params: ["user_id": .integer(7)])
        // Each new statement's plan is looked up once (SQLite does not trace the EXPLAIN itself,
        // only the table list it is checked against); those lookups are not counted as queries.
        let tables = "SELECT name FROM sqlite_schema WHERE type = 'table'"
        let lookup = "SELECT total FROM orders WHERE id = :id"
        #expect(
            db.traceLog == [
                tables, "SELECT id FROM orders WHERE user_id = :user_id ORDER BY id", tables, lookup, lookup,
                lookup,
            ])
        #expect(db.busyStatements.isEmpty)

        let result = executor.measurement.result(scale: 1, tableRows: ["orders": 4])
        #expect(result.queries_per_request == MeanMax(mean: 4, max: 4))  // the plan queries are not counted
        #expect(
            result.repeated_statements == [
                RepeatedStatement(fingerprint: "SELECT total FROM orders WHERE id = ?", count: 3)
            ])
        #expect(result.rows_returned_per_request == 6)
        #expect(result.rows_read_per_request == 6)
        #expect(result.full_scans.isEmpty)
    }

    @Test func aRowWithNoMatchesRunsNoInnerSteps() throws {
        let db = try database()
        let executor = WorkloadExecutor(engine: SQLiteStatementEngine(db: db))
        try executor.runRequest(
            [
                B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]),
            ], params: ["user_id": .integer(99)])
        let result = executor.measurement.result(scale: 1, tableRows: [:])
        #expect(result.queries_per_request == MeanMax(mean: 1, max: 1))
        #expect(result.repeated_statements.isEmpty)
        #expect(db.busyStatements.isEmpty)
    }
}
