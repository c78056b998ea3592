import CSQLite
import HundredfoldCore

/// A compiled statement (https://sqlite.org/c3ref/stmt.html) with `:named` parameters.
///
/// Finalized when released. Keeps its connection alive.
public final class Statement {
    let handle: OpaquePointer
    public let connection: Connection
    /// The SQL it was compiled from.
    public let sql: String
    /// Result column names (https://sqlite.org/c3ref/column_name.html).
    public let columnNames: [String]
    /// Parameter names without their `:`/`@`/`$` prefix, in index order; nil for a bare `?`.
    public let parameterNames: [String?]

    /// Whether SQL follows the compiled statement (`sqlite3_prepare_v2` compiles only the first).
    public let hasTrailingStatement: Bool
    /// See ``locatesWrittenRows(_:)``.
    let locatesWrittenRows: Bool

    init(connection: Connection, sql: String) throws {
        var statement: OpaquePointer?
        var trailing = false
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(connection.handle, text, -1, &statement, &tail)
            if code == SQLITE_OK, let tail, tail.pointee != 0 {
                var next: OpaquePointer?
                if sqlite3_prepare_v2(connection.handle, tail, -1, &next, nil) != SQLITE_OK || next != nil {
                    trailing = true
                }
                sqlite3_finalize(next)
            }
            return code
        }
        guard code == SQLITE_OK else { throw DatabaseError(code: code, db: connection.handle, sql: sql) }
        guard let statement else {
            throw DatabaseError(
                resultCode: SQLITE_MISUSE, extendedCode: SQLITE_MISUSE, message: "the SQL holds no statement",
                sql: sql)
        }
        self.handle = statement
        self.hasTrailingStatement = trailing
        self.locatesWrittenRows = Self.locatesWrittenRows(sql)
        self.connection = connection
        self.sql = sql
        columnNames = (0..<sqlite3_column_count(statement)).map { index in
            sqlite3_column_name(statement, index).map { String(cString: $0) } ?? ""
        }
        parameterNames = (0..<sqlite3_bind_parameter_count(statement)).map { index in
            sqlite3_bind_parameter_name(statement, index + 1).map { String(String(cString: $0).dropFirst()) }
        }
    }

    deinit { sqlite3_finalize(handle) }

    /// Whether the statement only reads (https://sqlite.org/c3ref/stmt_readonly.html).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: - Binding

    /// Binds every named parameter from `values` (keys without prefix); a parameter missing from
    /// `values` is an error naming it (https://sqlite.org/c3ref/bind_blob.html).
    public func bind(_ values: [String: SQLValue]) throws {
        sqlite3_clear_bindings(handle)
        for (offset, name) in parameterNames.enumerated() {
            guard let name, let value = values[name] else {
                throw DatabaseError(
                    resultCode: SQLITE_RANGE, extendedCode: SQLITE_RANGE,
                    message: "no value for parameter \(name.map { ":" + $0 } ?? "?\(offset + 1)")", sql: sql)
            }
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds `value` to the 1-based parameter `index`.
    public func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
        case .real(let double): code = sqlite3_bind_double(handle, index, double)
        case .text(var text):
            code = text.withUTF8 { utf8 in
                guard let base = UnsafeRawPointer(utf8.baseAddress) else {
                    return sqlite3_bind_text(handle, index, "", 0, nil)
                }
                return sqlite3_bind_text(
                    handle, index, base.assumingMemoryBound(to: CChar.self), Int32(utf8.count),
                    sqliteTransient)
            }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), sqliteTransient)
            }
        }
        guard code == SQLITE_OK else { throw DatabaseError(code: code, db: connection.handle, sql: sql) }
    }

    /// Binds `count` bytes of UTF-8 text at `bytes` (copied by SQLite) to the 1-based `index`.
    public func bind(utf8 bytes: UnsafePointer<UInt8>, count: Int, at index: Int32) throws {
        let code = UnsafeRawPointer(bytes).withMemoryRebound(to: CChar.self, capacity: max(count, 1)) {
            sqlite3_bind_text(handle, index, $0, Int32(count), sqliteTransient)
        }
        guard code == SQLITE_OK else { throw DatabaseError(code: code, db: connection.handle, sql: sql) }
    }

    // MARK: - Stepping

    /// Advances to the next row; false when the statement is done (https://sqlite.org/c3ref/step.html).
    /// On error the statement is reset so it is never left busy.
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let error = DatabaseError(code: code, db: connection.handle, sql: sql)
        sqlite3_reset(handle)
        throw error
    }

    /// Resets the statement so it can run again; bindings stay (https://sqlite.org/c3ref/reset.html).
    public func reset() { sqlite3_reset(handle) }

    /// The value of column `index` of the current row (https://sqlite.org/c3ref/column_blob.html).
    public func column(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            return .text(String(cString: text))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    /// Calls `body` with the UTF-8 bytes of column `index` of the current row as text, without
    /// copying them (valid only during the call).
    public func withText<R>(_ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let text = sqlite3_column_text(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        return try body(UnsafeRawBufferPointer(start: text, count: text == nil ? 0 : count))
    }

    /// Bytes of the current row: text and blob lengths, 8 per number, 0 per NULL.
    func rowBytes() -> Int {
        var bytes = 0
        for index in 0..<Int32(columnNames.count) {
            switch sqlite3_column_type(handle, index) {
            case SQLITE_INTEGER, SQLITE_FLOAT: bytes += 8
            case SQLITE_TEXT, SQLITE_BLOB: bytes += Int(sqlite3_column_bytes(handle, index))
            default: break
            }
        }
        return bytes
    }

    // MARK: - Measured execution

    /// Binds `values`, runs the statement to completion and measures it (counters read and reset).
    /// Keeps the rows only when `keepRows` is true.
    public func execute(_ values: [String: SQLValue] = [:], keepRows: Bool = false) throws -> Execution {
        try bind(values)
        _ = StatementCounters.take(handle)
        let changesBefore = connection.totalChanges
        var rows: [[SQLValue]] = []
        var rowsReturned = 0
        var bytes = 0
        while try step() {
            rowsReturned += 1
            bytes += rowBytes()
            if keepRows { rows.append((0..<Int32(columnNames.count)).map(column)) }
        }
        reset()
        return Execution(
            counters: StatementCounters.take(handle), rowsReturned: rowsReturned, bytesReturned: bytes,
            rowsWritten: connection.totalChanges - changesBefore, locatesWrittenRows: locatesWrittenRows,
            rows: rows)
    }
}

extension Statement {
    /// Whether the rows this statement writes are rows it had to read first: true for UPDATE and
    /// DELETE (they locate their rows) and for `INSERT … SELECT` (it reads what it inserts), false
    /// for `INSERT … VALUES` and `REPLACE … VALUES`.
    public static func locatesWrittenRows(_ sql: String) -> Bool {
        let fingerprint = StatementFingerprint.fingerprint(sql)
        let words = fingerprint.split { !$0.isLetter }
        guard let first = words.first, first == "INSERT" || first == "REPLACE" else { return true }
        return words.contains("SELECT")
    }
}

/// `SQLITE_TRANSIENT`: SQLite copies the bound bytes before the call returns.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
