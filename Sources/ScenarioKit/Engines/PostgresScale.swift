import HundredfoldCore
import PostgresEngine
import Reporting
import SQLiteHarness

/// One scale of a scenario on PostgreSQL: a scratch database filled from the scale's SQLite data,
/// the engine that runs the requests on it, and the `pg_stat_statements` figures read around them.
final class PostgresScale {
    let engine: PostgresStatementEngine
    private let scratch: ScratchDatabase
    private let server: PostgresServer
    private var before: [String: StatementStatistics] = [:]

    /// SQLSTATE `query_canceled`: a statement ran past `statement_timeout`, the scenario's time limit.
    static let statementTimeout = "57014"

    /// Creates and fills the scratch database, a copy of `template` (the database the scenario's
    /// migrations built) when given; it is dropped by ``close()`` (or on failure here).
    /// Statements (the COPY included) are cancelled when `deadline` passes.
    init(
        server: PostgresServer, scenario: Scenario, sqlite: Connection, order: [TableSpec], template: String?,
        deadline: Deadline
    )
        throws
    {
        self.server = server
        runsPrograms = scenario.workload.server != nil || scenario.workload.firstCommandStep != nil
        scratch = try server.createScratchDatabase(template: template)
        engine = PostgresStatementEngine(connection: scratch.session)
        do {
            let remaining = deadline.end - ContinuousClock.now
            let milliseconds = max(
                1,
                remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
            )
            try scratch.session.execute("SET statement_timeout = \(milliseconds)")
            let loader = PostgresLoader(scenario: scenario, sqlite: sqlite, session: scratch.session)
            if template == nil {
                try loader.applySchema()
            } else {
                try loader.clear(scenario.tables)
            }
            try loader.copyTables(order: order)
            before = try StatementStatistics.read(scratch.session)
        } catch {
            scratch.drop()
            throw error
        }
    }

    /// Counts the real programs and servers of the scenario on the scratch database; nil when it
    /// runs none (declared steps are measured by ``engine``).
    private(set) var programs: PostgresProgramCounter?
    private let runsPrograms: Bool

    func countPrograms() throws -> PostgresProgramCounter? {
        guard runsPrograms else { return nil }
        programs = try PostgresProgramCounter(server: server, database: scratch.name)
        return programs
    }

    func close() {
        scratch.drop()
    }

    /// Completes `result` with what PostgreSQL measures differently: buffers per request from
    /// `pg_stat_statements` (the application statements' shared blocks hit and read during the
    /// requests), and SQLite's counters listed as unmeasured.
    func complete(_ result: inout ScaleResult) throws {
        result.sqlite_counters_per_request = nil
        var unmeasured = ["sqlite_counters_per_request"]
        if let programs {
            // What programs ran is known from the statistics alone: no result bytes; no plans
            // without auto_explain's log.
            unmeasured.append(Figure.bytesReturnedPerRequest.rawValue)
            if !programs.measuresPlans {
                unmeasured += [Figure.rowsReadPerRequest.rawValue, Figure.fullScansPerRequest.rawValue]
            }
        }
        let after = try StatementStatistics.read(scratch.session)
        let ids = engine.queryIdentifiers
        if ids.isEmpty && programs == nil && result.queries_per_request.mean > 0 {
            unmeasured.append("buffers")  // compute_query_id is off: statements cannot be matched
        } else {
            let requests = Double(max(result.requests, 1))
            var hit = programs?.sharedHit ?? 0
            var read = programs?.sharedRead ?? 0
            for id in ids {
                let now = after[id] ?? StatementStatistics()
                let then = before[id] ?? StatementStatistics()
                hit += now.sharedHit - then.sharedHit
                read += now.sharedRead - then.sharedRead
            }
            result.buffers = Buffers(shared_hit: Double(hit) / requests, shared_read: Double(read) / requests)
        }
        result.unmeasured = unmeasured
    }
}

/// One statement's cumulative `pg_stat_statements` figures.
struct StatementStatistics {
    var sharedHit = 0
    var sharedRead = 0

    /// Every top-level statement of the current database and user, by query ID.
    static func read(_ session: PostgresConnection) throws -> [String: StatementStatistics] {
        let result = try session.execute(
            "SELECT queryid::text, shared_blks_hit, shared_blks_read FROM pg_stat_statements "
                + "WHERE toplevel AND userid = (SELECT oid FROM pg_roles WHERE rolname = current_user) "
                + "AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")
        var statistics: [String: StatementStatistics] = [:]
        for row in result.rows {
            guard let id = row[0] else { continue }
            statistics[id] = StatementStatistics(
                sharedHit: Int(row[1] ?? "") ?? 0, sharedRead: Int(row[2] ?? "") ?? 0)
        }
        return statistics
    }
}
