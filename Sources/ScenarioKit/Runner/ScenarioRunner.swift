import Foundation
import HundredfoldCore
import PostgresEngine
import Reporting
import SQLiteHarness
import SyntheticData

/// Runs a scenario at each of its scales against a fresh SQLite database file and reports the
/// figures, their growth and the budgets.
///
/// Each scale gets its own database in ``RunOptions/temporaryDirectory``, deleted afterwards,
/// also when the run fails or the process is interrupted (SIGINT, SIGTERM, SIGHUP); databases of
/// runs that were killed outright carry their process ID and are swept by the next runner.
public struct ScenarioRunner: Sendable {
    public let options: RunOptions
    /// The temporary files' name prefixes (``Leftovers``): scale databases, command-step copies
    /// servers' files and migrated schemas.
    static let temporaryPrefixes = [
        "hundredfold", "hundredfold-command", "hundredfold-server", "hundredfold-schema",
    ]
    /// The databases `schema: { command: ... }` scenarios migrated, one per scenario.
    let migrated: MigratedSchemas

    public init(options: RunOptions) {
        self.options = options
        migrated = MigratedSchemas(directory: options.temporaryDirectory, postgres: options.postgres)
        Leftovers.sweep(options.temporaryDirectory, prefixes: Self.temporaryPrefixes)
    }

    /// The preflight: checks the scenario against its schema in an in-memory database before
    /// anything runs. Throws ``RunnerError`` (a `DiagnosticError`) at the offending key.
    public func validate(_ scenario: Scenario) throws {
        let db = try Connection(path: ":memory:")
        _ = try Preflight(
            scenario: scenario, migrated: try migrated.database(for: scenario),
            traced: options.postgres == nil
        ).check(on: db)
        _ = try resolvePricing(scenario)
    }

    /// Validates, then runs every scale. A limit or a run-time SQL error stops the scenario:
    /// the report keeps the scales finished so far and ``ScenarioReport/stopped`` says why.
    public func run(_ scenario: Scenario, progress: (@Sendable (RunProgress) -> Void)? = nil) throws
        -> ScenarioReport
    {
        try validate(scenario)
        defer { migrated.discard(scenario) }
        let pricing = try resolvePricing(scenario)
        let seed = options.seed ?? scenario.seed
        let deadline = Deadline(seconds: scenario.limits.timeLimitSeconds)
        var results: [ScaleResult] = []
        var stopped: StopReason?
        for scale in options.scales ?? scenario.scales {
            do {
                results.append(
                    try runScale(scenario, scale: scale, seed: seed, deadline: deadline, progress: progress))
            } catch let stop as ScenarioStop {
                stopped = StopReason(kind: stop.kind, scale: scale, message: stop.message)
                break
            }
        }
        results = Self.priced(results, pricing: pricing, traffic: scenario.traffic)
        let growth = GrowthAnalysis.growth(results)
        var report = ScenarioReport(
            name: scenario.name, file: scenario.location.file, seed: seed, scales: results, growth: growth,
            budgets: BudgetEvaluation.evaluate(scenario.budgets, scales: results, growth: growth),
            stopped: stopped, pricing: pricing?.label)
        report.declared_budgets = scenario.budgets
        report.prediction = scenario.productionScale.flatMap {
            Prediction.at($0, scales: results, growth: growth)
        }
        return report
    }

    // MARK: - One scale

    private func runScale(
        _ scenario: Scenario, scale: Int, seed: UInt64, deadline: Deadline,
        progress: (@Sendable (RunProgress) -> Void)?
    ) throws -> ScaleResult {
        let rows = scenario.tables.reduce(0) { $0 + $1.rowCount(at: scale) }
        guard rows <= scenario.limits.maxRowsPerScale else {
            throw ScenarioStop(
                kind: "row_limit", scale: scale,
                message: "\(rows) rows at scale \(scale) exceed the limit of "
                    + "\(scenario.limits.maxRowsPerScale) rows per scale (limits.rows_per_scale)")
        }
        try deadline.check(scale: scale)
        let base = options.temporaryDirectory.appendingPathComponent(
            Leftovers.name("hundredfold", suffix: ".sqlite")
        ).path
        let paths = ["", "-journal", "-wal", "-shm"].map { base + $0 }
        SignalCleanup.deleteOnInterrupt(paths)
        defer { SignalCleanup.delete(paths) }
        do {
            return try measure(
                scenario, scale: scale, seed: seed, path: base, deadline: deadline, progress: progress)
        } catch let error as DatabaseError where error.isInterrupt {
            throw ScenarioStop.timeLimit(seconds: deadline.seconds, scale: scale)
        } catch let error as PostgresError where error.sqlState == PostgresScale.statementTimeout {
            throw ScenarioStop.timeLimit(seconds: deadline.seconds, scale: scale)
        } catch let error as DatabaseError {
            throw ScenarioStop(
                kind: "error", scale: scale, message: "SQLite: \(error.message) in `\(error.sql ?? "")`")
        }
    }

    private func measure(
        _ scenario: Scenario, scale: Int, seed: UInt64, path: String, deadline: Deadline,
        progress: (@Sendable (RunProgress) -> Void)?
    ) throws -> ScaleResult {
        let schemaDatabase = try migrated.database(for: scenario)
        if let schemaDatabase { try FileManager.default.copyItem(atPath: schemaDatabase, toPath: path) }
        let db = try Connection(path: path)
        try db.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
        if schemaDatabase == nil {
            try Preflight(scenario: scenario).applySchema(to: db)
        } else {
            // Tables the migrations filled are kept, unless `data:` names them: then generated afresh.
            for spec in scenario.tables { try db.execute("DELETE FROM \"\(spec.name)\"") }
        }
        db.setProgressHandler(every: 10_000) { deadline.isPast }
        var infos: [String: TableInfo] = [:]
        for spec in scenario.tables {
            infos[spec.name.lowercased()] = try TableInfo.read(spec.name, from: db)
        }
        var generator = DataGenerator(
            scenario: scenario, scale: scale, seed: seed, db: db, deadline: deadline, infos: infos,
            progress: progress.map { report in
                { table, done, total in
                    report(
                        RunProgress(
                            scenario: scenario.name, scale: scale,
                            phase: .generating(table: table, rows: done, total: total)))
                }
            })
        try generator.prepareResolvers()
        let order = try DependencyOrder.sort(scenario.tables, infos: infos)
        try generator.generate(order)

        let requests = options.requests ?? scenario.requests.count(at: scale)
        var pickers = try scenario.workload.params.map { param in
            try ParamPicker(
                param: param, resolver: generator.resolvers[DataGenerator.key(param.table, param.column)],
                seed: seed, scale: scale)
        }
        var postgres: PostgresScale?
        if let server = options.postgres {
            postgres = try PostgresScale(
                server: server, scenario: scenario, sqlite: db, order: order,
                template: migrated.template(for: scenario), deadline: deadline)
        }
        let executor = WorkloadExecutor(engine: postgres?.engine ?? SQLiteStatementEngine(db: db))
        defer {
            executor.server?.stop()
            postgres?.close()
        }
        let programs = try postgres?.countPrograms()
        executor.commands = CommandStepRunner(
            database: path, postgres: programs, temporaryDirectory: options.temporaryDirectory,
            deadline: deadline, scale: scale)
        if let server = scenario.workload.server {
            executor.server = try ServerSession.start(
                server, database: path, postgres: programs, temporaryDirectory: options.temporaryDirectory,
                deadline: deadline, scale: scale)
        }
        for index in 0..<requests {
            try deadline.check(scale: scale)
            var params: [String: SQLValue] = [:]
            for picker in pickers.indices { params[pickers[picker].name] = try pickers[picker].next() }
            try executor.runRequest(scenario.workload.steps, params: params)
            progress?(
                RunProgress(
                    scenario: scenario.name, scale: scale, phase: .requests(done: index + 1, total: requests))
            )
        }
        try executor.finishServer()
        db.setProgressHandler(nil)
        var tableRows: [String: Int] = [:]
        for spec in scenario.tables { tableRows[spec.name] = spec.rowCount(at: scale) }
        var result = executor.measurement.result(scale: scale, tableRows: tableRows)
        try postgres?.complete(&result)
        return result
    }
}

/// Draws one workload parameter per request: a key of an existing row, by the parameter's
/// distribution, from its own random stream.
struct ParamPicker {
    let name: String
    private var stream: ColumnStream
    private let resolver: KeyResolver

    init(param: ParamSpec, resolver: KeyResolver?, seed: UInt64, scale: Int) throws {
        guard let resolver, resolver.count > 0 else {
            throw RunnerError(
                param.location, "workload.params.\(param.name)",
                "`pick: \(param.table).\(param.column)` points at a table with no rows")
        }
        name = param.name
        self.resolver = resolver
        stream = ColumnStream(
            kind: .rowIndex(count: resolver.count, skew: Skew(param.distribution)), seed: seed,
            table: "workload.params@\(scale)", column: param.name)
    }

    mutating func next() throws -> SQLValue {
        guard case .integer(let index) = stream.next() else { return .null }
        return try resolver.key(at: index)
    }
}
