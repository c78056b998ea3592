import HundredfoldCore
import SQLiteHarness

/// Runs requests of a workload against one scale's database, through its ``StatementEngine``,
/// and measures every statement.
final class WorkloadExecutor {
    private let engine: any StatementEngine
    private var fingerprints: [String: String] = [:]
    /// Full-scan tables per fingerprint, from the engine's plan, asked once per fingerprint.
    private var scanTables: [String: [String]] = [:]
    var measurement = ScaleMeasurement()
    /// Classes per distinct SQL text.
    private var classes: [String: StatementClass] = [:]
    /// Time the harness spent on its own statements during the current request (query plans):
    /// not counted. A `command:` step's process time is excluded too: the time of the statements
    /// it traced is counted instead.
    var excludedTime = Duration.zero
    /// Runs `command:` steps; nil when the scenario has none.
    var commands: CommandStepRunner?
    /// The server `http:` steps are sent to; nil when the scenario has none. Its requests wait in
    /// ``pending`` until ``finishServer()`` has its trace.
    var server: ServerSession?
    var pending: [ScaleMeasurement.Request] = []

    init(engine: any StatementEngine) {
        self.engine = engine
    }

    /// Runs one request with `params` and records its figures.
    func runRequest(_ steps: [Step], params: [String: SQLValue]) throws {
        var request = ScaleMeasurement.Request()
        let start = ContinuousClock.now
        var kept: [String: [[String: SQLValue]]] = [:]
        try run(steps, params: params, kept: &kept, into: &request)
        let elapsed = ContinuousClock.now - start - excludedTime
        // `+=`: the time of `command:` steps' statements was already counted from their trace.
        request.nanoseconds +=
            elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        excludedTime = .zero
        if server != nil {
            pending.append(request)
        } else {
            measurement.add(request)
        }
    }

    private func run(
        _ steps: [Step], params: [String: SQLValue], kept: inout [String: [[String: SQLValue]]],
        into request: inout ScaleMeasurement.Request
    ) throws {
        for step in steps {
            switch step {
            case .query(let query):
                let rows = try execute(query, params: params, into: &request)
                if let name = query.keepAs { kept[name] = rows }
            case .forEach(let loop):
                for row in kept[loop.collection] ?? [] {
                    var inner = kept
                    try run(loop.steps, params: params.merging(row) { $1 }, kept: &inner, into: &request)
                }
            case .command(let command):
                try runCommand(command, params: params, into: &request)
            case .http(let http):
                try sendHTTP(http, params: params, into: &request)
            }
        }
    }

    private func execute(
        _ query: QueryStep, params: [String: SQLValue], into request: inout ScaleMeasurement.Request
    ) throws -> [[String: SQLValue]] {
        let sql = query.sql.sql
        let statementClass = statementClass(of: sql)
        let fingerprint = fingerprint(of: sql)
        let isApplication = statementClass == .application
        let planned =
            isApplication && !engine.plansEachExecution
            ? try fullScanTables(sql, fingerprint: fingerprint) : nil
        let execution = try engine.execute(
            query.sql, params: params, keepRows: query.keepAs != nil, measured: isApplication)
        excludedTime += execution.overhead
        // A declared step has no batch form: every execution is a round trip of its own.
        request.count(statementClass)
        if isApplication {
            request.add(execution.measured, fingerprint: fingerprint)
            measurement.addFullScans(
                fingerprint: fingerprint, tables: execution.fullScanTables ?? planned ?? [])
        }
        return execution.rows
    }

    /// The fingerprint of `sql`, computed once per distinct text.
    func fingerprint(of sql: String) -> String {
        if let known = fingerprints[sql] { return known }
        let fingerprint = StatementFingerprint.fingerprint(sql)
        fingerprints[sql] = fingerprint
        return fingerprint
    }

    /// The class of `sql`, decided once per distinct text.
    func statementClass(of sql: String) -> StatementClass {
        if let known = classes[sql] { return known }
        let statementClass = StatementClass(sql: sql)
        classes[sql] = statementClass
        return statementClass
    }

    /// The tables `sql` scans in full; the plan query runs once per fingerprint and is not counted.
    func fullScanTables(_ sql: String, fingerprint: String) throws -> [String] {
        if let tables = scanTables[fingerprint] { return tables }
        let start = ContinuousClock.now
        let tables = try engine.fullScanTables(sql)
        excludedTime += ContinuousClock.now - start
        scanTables[fingerprint] = tables
        return tables
    }
}
