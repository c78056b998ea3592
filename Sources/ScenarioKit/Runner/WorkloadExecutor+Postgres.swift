import HundredfoldCore
import PostgresEngine

extension WorkloadExecutor {
    /// Counts what a program or server ran on PostgreSQL in one window into `request`.
    ///
    /// Each statement's calls count by its class (every call a round trip: PostgreSQL's statistics
    /// do not show batches); its execution time counts for every class. For application
    /// statements: rows written are the `rows` of writes, rows returned those of reads, rows read
    /// and full scans come from the logged plans; the normalized text is the fingerprint.
    func fold(_ statements: [ProgramStatement], into request: inout ScaleMeasurement.Request) {
        for statement in statements {
            let statementClass = statementClass(of: statement.text)
            let totals = statement.totals
            request.count(statementClass, times: totals.calls)
            request.nanoseconds += Int64((totals.executionMilliseconds * 1_000_000).rounded())
            guard statementClass == .application else { continue }
            let execution = MeasuredExecution(
                rowsRead: statement.plans.reduce(0) { $0 + $1.rowsRead },
                rowsWritten: statement.writes ? totals.rows : 0,
                rowsReturned: statement.writes ? 0 : totals.rows,
                bytesReturned: 0)
            request.add(execution, fingerprint: statement.text, times: totals.calls)
            for plan in statement.plans {
                measurement.addFullScans(fingerprint: statement.text, tables: plan.sequentialScanTables)
            }
        }
    }
}
