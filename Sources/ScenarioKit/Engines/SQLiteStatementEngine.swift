import HundredfoldCore
import SQLiteHarness

/// The embedded engine: statements prepared once per SQL text on the scale's SQLite database,
/// measured by SQLite's own counters; full scans from `EXPLAIN QUERY PLAN`.
final class SQLiteStatementEngine: StatementEngine {
    let db: Connection
    private var statements: [String: Statement] = [:]
    let plansEachExecution = false

    init(db: Connection) {
        self.db = db
    }

    func execute(_ script: SQLScript, params: [String: SQLValue], keepRows: Bool, measured: Bool) throws
        -> EngineExecution
    {
        let statement = try statements[script.sql] ?? db.prepare(script.sql)
        statements[script.sql] = statement
        let execution = try statement.execute(params, keepRows: keepRows)
        let rows = execution.rows.map { row in
            Dictionary(zip(statement.columnNames, row)) { first, _ in first }
        }
        return EngineExecution(measured: MeasuredExecution(execution), fullScanTables: nil, rows: rows)
    }

    func fullScanTables(_ sql: String) throws -> [String] {
        try db.queryPlan(sql).fullScanTables
    }
}
