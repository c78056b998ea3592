import CSQLite
import HundredfoldCore

/// An open SQLite database connection (https://sqlite.org/c3ref/sqlite3.html).
///
/// Every statement it runs is traced (``TraceLog``). Not thread-safe: use a connection from one
/// thread at a time, like the underlying `sqlite3*` opened without a shared cache.
public final class Connection {
    let handle: OpaquePointer
    let trace = TraceState()

    /// Opens (creating when missing) the database at `path`; `":memory:"` opens a private
    /// in-memory database (https://sqlite.org/c3ref/open.html).
    public init(path: String) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let error = DatabaseError(code: code, db: db, sql: nil)
            sqlite3_close_v2(db)
            throw error
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        installTrace()
    }

    /// Closes the connection once its last statement is finalized (https://sqlite.org/c3ref/close.html).
    deinit {
        sqlite3_progress_handler(handle, 0, nil, nil)
        sqlite3_trace_v2(handle, 0, nil, nil)
        sqlite3_close_v2(handle)
    }

    // MARK: - Running SQL

    /// Runs every statement of `script` in order, discarding result rows.
    ///
    /// On failure the error's `sql` is the whole script and its `offset` the byte offset of the
    /// error inside it (the first token of the failing statement when SQLite gives no finer
    /// position, past the blanks and comments that follow the previous statement).
    public func execute(_ script: String) throws {
        var utf8 = Array(script.utf8CString)
        try utf8.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            func firstToken(from offset: Int) -> Int {
                SQLBlanks.end(in: UnsafeRawBufferPointer(buffer), from: offset)
            }
            var cursor: UnsafePointer<CChar>? = UnsafePointer(base)
            while let start = cursor, start.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(handle, start, -1, &statement, &tail)
                let statementOffset = start - UnsafePointer(base)
                guard code == SQLITE_OK else {
                    var error = DatabaseError(code: code, db: handle, sql: script)
                    error.offset =
                        error.offset.map { statementOffset + $0 } ?? firstToken(from: statementOffset)
                    throw error
                }
                cursor = tail
                guard let statement else { continue }  // whitespace or a comment
                defer { sqlite3_finalize(statement) }
                var step = sqlite3_step(statement)
                while step == SQLITE_ROW { step = sqlite3_step(statement) }
                guard step == SQLITE_DONE else {
                    var error = DatabaseError(code: step, db: handle, sql: script)
                    error.offset = firstToken(from: statementOffset)
                    throw error
                }
            }
        }
    }

    /// Compiles one statement (https://sqlite.org/c3ref/prepare.html).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Rows changed by INSERT, UPDATE and DELETE since the connection opened, triggers included
    /// (https://sqlite.org/c3ref/total_changes.html).
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// SQL of the statements that are still running (stepped but not reset or finished),
    /// for checking that nothing is left busy (https://sqlite.org/c3ref/stmt_busy.html).
    public var busyStatements: [String] {
        var busy: [String] = []
        var statement = sqlite3_next_stmt(handle, nil)
        while let current = statement {
            if sqlite3_stmt_busy(current) != 0, let sql = sqlite3_sql(current) {
                busy.append(String(cString: sql))
            }
            statement = sqlite3_next_stmt(handle, current)
        }
        return busy
    }

    // MARK: - Interrupting

    /// Calls `shouldStop` every `instructions` virtual-machine instructions; when it returns true
    /// the running statement fails with `SQLITE_INTERRUPT` (https://sqlite.org/c3ref/progress_handler.html).
    /// Pass nil to remove the handler.
    public func setProgressHandler(every instructions: Int32 = 10_000, _ shouldStop: (() -> Bool)?) {
        trace.shouldStop = shouldStop
        guard shouldStop != nil else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            return
        }
        let context = Unmanaged.passUnretained(trace).toOpaque()
        sqlite3_progress_handler(
            handle, instructions,
            { context in
                guard let context else { return 0 }
                let state = Unmanaged<TraceState>.fromOpaque(context).takeUnretainedValue()
                return state.shouldStop?() == true ? 1 : 0
            }, context)
    }
}
