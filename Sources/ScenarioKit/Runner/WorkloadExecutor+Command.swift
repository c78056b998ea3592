import HundredfoldCore
import SQLiteHarness
import TraceIngest

extension WorkloadExecutor {
    /// Runs a `command:` step and folds the statements its trace shows into the request (see
    /// ``fold(_:into:)``).
    ///
    /// Traced statements are counted exactly as declared steps are: each statement by its class; for application statements one
    /// query per execution, a round trip unless it continues a batch, the harness's rows-read
    /// proxy, the fingerprints for repeated statements and the query plans for full scans. The
    /// time SQLite spent counts for every class.
    func runCommand(
        _ step: CommandStep, params: [String: SQLValue], into request: inout ScaleMeasurement.Request
    )
        throws
    {
        guard let commands else { return }
        let start = ContinuousClock.now
        if let counter = commands.postgres {
            let statements = try commands.runOnPostgres(step, params: params, counter: counter)
            excludedTime += ContinuousClock.now - start
            fold(statements, into: &request)
            return
        }
        let statements = try commands.run(step, params: params)
        excludedTime += ContinuousClock.now - start
        try fold(statements, into: &request)
    }

    /// Counts traced `statements` (one process's, or one HTTP exchange's) into `request`.
    func fold(_ statements: [TracedStatement], into request: inout ScaleMeasurement.Request) throws {
        for (traced, continuesBatch) in zip(statements, TracedStatement.batchContinuations(statements)) {
            let statementClass = statementClass(of: traced.sql)
            request.count(statementClass, continuesBatch: continuesBatch)
            request.nanoseconds += traced.ns
            guard statementClass == .application else { continue }
            let execution = MeasuredExecution(
                Execution(
                    counters: StatementCounters(
                        vmSteps: traced.vm_steps, fullScanSteps: traced.fullscan_steps, sorts: traced.sorts,
                        autoIndexes: traced.autoindexes),
                    rowsReturned: traced.rows, bytesReturned: traced.bytes, rowsWritten: traced.changes,
                    locatesWrittenRows: Statement.locatesWrittenRows(traced.sql)))
            let fingerprint = fingerprint(of: traced.sql)
            request.add(execution, fingerprint: fingerprint)
            if Self.hasQueryPlan(traced.sql),
                let tables = try? fullScanTables(traced.sql, fingerprint: fingerprint)
            {
                measurement.addFullScans(fingerprint: fingerprint, tables: tables)
            }
        }
    }

    /// Whether `EXPLAIN QUERY PLAN` says something about `sql`: reads and writes, not
    /// transactions, pragmas or schema changes.
    private static func hasQueryPlan(_ sql: String) -> Bool {
        ["SELECT", "WITH", "UPDATE", "DELETE", "INSERT", "REPLACE", "VALUES"].contains(firstWord(sql))
    }

    private static func firstWord(_ sql: String) -> String {
        sql.drop { !$0.isLetter }.prefix { $0.isLetter }.uppercased()
    }
}
