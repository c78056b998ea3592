import CSQLite

/// SQLite's per-statement counters (https://sqlite.org/c3ref/c_stmtstatus_counter.html), read
/// and reset after each execution.
public struct StatementCounters: Hashable, Sendable {
    /// `SQLITE_STMTSTATUS_VM_STEP`: virtual-machine instructions run.
    public var vmSteps: Int
    /// `SQLITE_STMTSTATUS_FULLSCAN_STEP`: forward steps of a full table (or unconstrained index)
    /// scan, one per row after the first of each scan.
    public var fullScanSteps: Int
    /// `SQLITE_STMTSTATUS_SORT`: sort operations (an ORDER BY / GROUP BY no index satisfied).
    public var sorts: Int
    /// `SQLITE_STMTSTATUS_AUTOINDEX`: rows inserted into automatic (transient) indexes.
    public var autoIndexes: Int

    public init(vmSteps: Int = 0, fullScanSteps: Int = 0, sorts: Int = 0, autoIndexes: Int = 0) {
        self.vmSteps = vmSteps
        self.fullScanSteps = fullScanSteps
        self.sorts = sorts
        self.autoIndexes = autoIndexes
    }

    /// Reads the counters of `statement` and resets them to zero
    /// (https://sqlite.org/c3ref/stmt_status.html).
    static func take(_ statement: OpaquePointer) -> StatementCounters {
        func take(_ op: Int32) -> Int { Int(sqlite3_stmt_status(statement, op, 1)) }
        return StatementCounters(
            vmSteps: take(SQLITE_STMTSTATUS_VM_STEP), fullScanSteps: take(SQLITE_STMTSTATUS_FULLSCAN_STEP),
            sorts: take(SQLITE_STMTSTATUS_SORT), autoIndexes: take(SQLITE_STMTSTATUS_AUTOINDEX))
    }

    public static func + (lhs: StatementCounters, rhs: StatementCounters) -> StatementCounters {
        StatementCounters(
            vmSteps: lhs.vmSteps + rhs.vmSteps, fullScanSteps: lhs.fullScanSteps + rhs.fullScanSteps,
            sorts: lhs.sorts + rhs.sorts, autoIndexes: lhs.autoIndexes + rhs.autoIndexes)
    }
}

/// What one execution of a statement cost, measured from SQLite's own counters.
public struct Execution: Hashable, Sendable {
    public var counters: StatementCounters
    /// Result rows stepped out of the statement.
    public var rowsReturned: Int
    /// Bytes of the result: text and blob lengths, 8 per integer or real, 0 per NULL.
    public var bytesReturned: Int
    /// Rows inserted, updated or deleted, triggers included (`sqlite3_total_changes64` delta).
    public var rowsWritten: Int
    /// Whether the written rows were read first: UPDATE, DELETE, `INSERT … SELECT`; not
    /// `INSERT … VALUES`.
    public var locatesWrittenRows: Bool
    /// The rows, when the caller asked to keep them.
    public var rows: [[SQLValue]]

    /// An execution measured elsewhere (a real program's trace), so it is judged by the same
    /// rows-read proxy as the harness's own.
    public init(
        counters: StatementCounters, rowsReturned: Int, bytesReturned: Int, rowsWritten: Int,
        locatesWrittenRows: Bool, rows: [[SQLValue]] = []
    ) {
        self.counters = counters
        self.rowsReturned = rowsReturned
        self.bytesReturned = bytesReturned
        self.rowsWritten = rowsWritten
        self.locatesWrittenRows = locatesWrittenRows
        self.rows = rows
    }

    /// The rows-read proxy: what a row-billed SQLite service (Cloudflare D1, Turso) would count.
    ///
    /// `max(rowsReturned + located, fullScanSteps + 1 when a full scan ran)`, where `located` is
    /// the rows an UPDATE, DELETE or `INSERT … SELECT` wrote (it had to find them first). A full scan of N rows visits N
    /// rows and steps forward N − 1 times, so the second term is N; a primary-key lookup returns 1
    /// row and scans nothing; an index range of k rows returns k. See README "What is measured"
    /// for the deviations (aggregates over an index range count their result rows only).
    public var rowsRead: Int {
        let located = locatesWrittenRows ? rowsWritten : 0
        let scanned = counters.fullScanSteps > 0 ? counters.fullScanSteps + 1 : 0
        return max(rowsReturned + located, scanned)
    }
}
