import HundredfoldCore
import SQLiteHarness

/// Where a workload's declared statements run and how each execution is measured: the seam
/// between ``WorkloadExecutor`` (steps, loops, requests, figures) and one database engine.
protocol StatementEngine: AnyObject {
    /// Runs the step's SQL with `params`; measures it when `measured` (application statements).
    /// Keeps the result rows only when `keepRows`.
    func execute(_ script: SQLScript, params: [String: SQLValue], keepRows: Bool, measured: Bool) throws
        -> EngineExecution

    /// The tables `sql` reads in full, from the engine's plan of it (not counted as a statement).
    func fullScanTables(_ sql: String) throws -> [String]

    /// Whether every measured execution reports its own full scans (``EngineExecution/fullScanTables``);
    /// when false the executor asks ``fullScanTables(_:)`` once per fingerprint, before running it.
    var plansEachExecution: Bool { get }
}

/// One execution as the engine measured it.
struct EngineExecution {
    var measured: MeasuredExecution
    /// Tables this execution read in full, when the engine plans each execution (PostgreSQL).
    var fullScanTables: [String]?
    /// The rows kept, by column name.
    var rows: [[String: SQLValue]] = []
    /// Time the engine spent measuring (plans), not counted in the request's latency.
    var overhead: Duration = .zero
}

/// The figures of one execution, whatever engine measured them.
struct MeasuredExecution {
    var rowsRead = 0
    var rowsWritten = 0
    var rowsReturned = 0
    var bytesReturned = 0
    /// SQLite's statement counters; zero on other engines (reported as unmeasured there).
    var counters = StatementCounters()

    init(rowsRead: Int, rowsWritten: Int, rowsReturned: Int, bytesReturned: Int) {
        self.rowsRead = rowsRead
        self.rowsWritten = rowsWritten
        self.rowsReturned = rowsReturned
        self.bytesReturned = bytesReturned
    }

    /// A SQLite execution: rows read by the harness's proxy (``Execution/rowsRead``).
    init(_ execution: Execution) {
        rowsRead = execution.rowsRead
        rowsWritten = execution.rowsWritten
        rowsReturned = execution.rowsReturned
        bytesReturned = execution.bytesReturned
        counters = execution.counters
    }
}
