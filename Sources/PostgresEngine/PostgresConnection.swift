import CLibPQ
import Foundation

/// One libpq connection (https://www.postgresql.org/docs/15/libpq.html), used from one thread at
/// a time. Every failure is a ``PostgresError`` naming ``server``.
public final class PostgresConnection {
    let handle: OpaquePointer
    /// The server as messages name it: the URL with its password masked.
    public let server: String

    /// Connects to `url` (a `postgres://` URL or a libpq key=value string); `database` replaces the
    /// URL's database when given; messages name the server `name` (default: the masked URL).
    public init(url: String, database: String? = nil, name: String? = nil) throws {
        server = name ?? ServerAddress.masked(url)
        var keywords = ["connect_timeout", "dbname"]
        var values = ["10", url]
        if let database {
            keywords.append("dbname")
            values.append(database)
        }
        let connection = Self.withCStrings(keywords) { keys in
            Self.withCStrings(values) { vals in PQconnectdbParams(keys, vals, 1) }
        }
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let reason = connection.map { Self.message(PQerrorMessage($0)) } ?? "out of memory"
            PQfinish(connection)
            throw PostgresError.unreachable(server, reason: reason)
        }
        handle = connection
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    // MARK: - Running SQL

    /// Runs `sql` (one or more statements, no parameters) and returns the last result.
    @discardableResult
    public func execute(_ sql: String) throws -> PostgresResult {
        try result(of: PQexec(handle, sql), sql: sql)
    }

    /// Runs one statement with `$1…$n` bound to `parameters` as text (nil is NULL); the server
    /// infers their types as it would for literals.
    @discardableResult
    public func execute(_ sql: String, parameters: [String?]) throws -> PostgresResult {
        let raw = Self.withOptionalCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        return try result(of: raw, sql: sql)
    }

    /// Where and as whom the connection is, as libpq resolved it (URL, environment, defaults): what
    /// another client needs to reach the same server.
    public var endpoint: ServerEndpoint {
        func text(_ value: UnsafeMutablePointer<CChar>?) -> String { value.map { String(cString: $0) } ?? "" }
        return ServerEndpoint(
            user: text(PQuser(handle)), password: text(PQpass(handle)), host: text(PQhost(handle)),
            port: text(PQport(handle)))
    }

    /// Whether a transaction is open on the connection.
    public var inTransaction: Bool {
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    // MARK: - COPY

    /// Runs `COPY … FROM STDIN` (text format) and sends what `produce` writes, in chunks; returns the
    /// rows copied.
    @discardableResult
    public func copy(_ sql: String, _ produce: (inout CopyBuffer) throws -> Void) throws -> Int {
        guard let start = PQexec(handle, sql) else { throw failure(sql: sql) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try result(of: start, sql: sql)
            throw PostgresError("`\(sql)` did not start a COPY on \(server)")
        }
        PQclear(start)
        var buffer = CopyBuffer { bytes in
            let sent = bytes.withUnsafeBufferPointer { pointer in
                pointer.withMemoryRebound(to: CChar.self) {
                    PQputCopyData(self.handle, $0.baseAddress, Int32($0.count))
                }
            }
            guard sent == 1 else { throw self.failure(sql: sql) }
        }
        var producerError: Error?
        do {
            try produce(&buffer)
            try buffer.flush()
        } catch {
            producerError = error
        }
        let ended = PQputCopyEnd(handle, producerError == nil ? nil : "aborted by Hundredfold")
        var copied = 0
        var firstError: Error?
        while let raw = PQgetResult(handle) {
            do { copied = try result(of: raw, sql: sql).affectedRows } catch {
                firstError = firstError ?? error
            }
        }
        if let producerError { throw producerError }
        if let firstError { throw firstError }
        guard ended == 1 else { throw failure(sql: sql) }
        return copied
    }

    // MARK: - Results and errors

    private func result(of raw: OpaquePointer?, sql: String) throws -> PostgresResult {
        guard let raw else { throw failure(sql: sql) }
        defer { PQclear(raw) }
        switch PQresultStatus(raw) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_COPY_IN:
            return PostgresResult(raw)
        default:
            throw failure(result: raw, sql: sql)
        }
    }

    /// The error of a failed result, or of the connection when there is no result.
    private func failure(result: OpaquePointer? = nil, sql: String) -> PostgresError {
        if PQstatus(handle) != CONNECTION_OK {
            return .connectionLost(server, reason: Self.message(PQerrorMessage(handle)))
        }
        guard let result else {
            return PostgresError("PostgreSQL at \(server): \(Self.message(PQerrorMessage(handle)))")
        }
        func field(_ code: Character) -> String? {
            PQresultErrorField(result, Int32(code.asciiValue ?? 0)).map { String(cString: $0) }
        }
        let message = field("M") ?? Self.message(PQresultErrorMessage(result))
        let state = field("C")
        if state?.hasPrefix("08") == true || state == "57P01" || state == "57P02" || state == "57P03" {
            return .connectionLost(server, reason: message)
        }
        return PostgresError(
            "PostgreSQL at \(server): \(message) in `\(sql)`", serverMessage: message, sqlState: state)
    }

    static func message(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    // MARK: - C strings

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        withOptionalCStrings(strings) { pointers in body(pointers + [nil]) }
    }

    private static func withOptionalCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R)
        -> R
    {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}
