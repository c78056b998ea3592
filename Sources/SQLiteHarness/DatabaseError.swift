import CSQLite

/// A failure reported by SQLite, with everything needed to match it in `catch` and explain it.
///
/// After GRDB's `DatabaseError`: the primary result code, the extended code
/// (https://sqlite.org/rescode.html), SQLite's message (https://sqlite.org/c3ref/errcode.html),
/// and the SQL that failed. Bound values are never included.
public struct DatabaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The primary result code (`SQLITE_ERROR`, `SQLITE_CONSTRAINT`, …).
    public var resultCode: Int32
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`, …).
    public var extendedCode: Int32
    /// SQLite's own message (`no such table: ordrs`).
    public var message: String
    /// The statement that failed, when there was one.
    public var sql: String?
    /// The byte offset of the error inside `sql`, when SQLite knows it
    /// (https://sqlite.org/c3ref/errcode.html, `sqlite3_error_offset`).
    public var offset: Int?

    public init(
        resultCode: Int32, extendedCode: Int32, message: String, sql: String? = nil, offset: Int? = nil
    ) {
        self.resultCode = resultCode
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
        self.offset = offset
    }

    /// The error SQLite holds for `db` after a call returned `code`.
    init(code: Int32, db: OpaquePointer?, sql: String?) {
        let extended = db.map { sqlite3_extended_errcode($0) } ?? code
        let message =
            db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let offset = db.map { Int(sqlite3_error_offset($0)) }
        self.init(
            resultCode: code & 0xff, extendedCode: extended, message: message, sql: sql,
            offset: offset.flatMap { $0 >= 0 ? $0 : nil })
    }

    /// Whether the statement was stopped by ``Connection/interrupt()`` or a progress handler.
    public var isInterrupt: Bool { resultCode == SQLITE_INTERRUPT }

    public var description: String {
        var text = "SQLite error \(resultCode) (extended \(extendedCode)): \(message)"
        if let sql { text += " in `\(sql)`" }
        return text
    }
}
