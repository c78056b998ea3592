import CLibPQ

/// A finished statement's result, copied out of libpq: text-format values, column names and types.
public struct PostgresResult: Sendable {
    public var columnNames: [String]
    /// Each column's type OID (`pg_type.oid`): 20 `int8`, 701 `float8`, 25 `text`, …
    public var columnTypes: [UInt32]
    /// The rows, each value in PostgreSQL's text format; nil is NULL.
    public var rows: [[String?]]
    /// The command tag (`SELECT 3`, `INSERT 0 1`, `UPDATE 2`).
    public var command: String
    /// Rows affected by INSERT, UPDATE, DELETE, MERGE, COPY (and returned by SELECT).
    public var affectedRows: Int

    init(_ raw: OpaquePointer) {
        let columns = PQnfields(raw)
        columnNames = (0..<columns).map { String(cString: PQfname(raw, $0)) }
        columnTypes = (0..<columns).map { PQftype(raw, $0) }
        rows = (0..<PQntuples(raw)).map { row in
            (0..<columns).map { column in
                PQgetisnull(raw, row, column) == 1 ? nil : String(cString: PQgetvalue(raw, row, column))
            }
        }
        command = String(cString: PQcmdStatus(raw))
        affectedRows = Int(String(cString: PQcmdTuples(raw))) ?? 0
    }

    /// Whether the statement wrote rows (its tag is INSERT, UPDATE, DELETE or MERGE), so
    /// ``affectedRows`` counts written rows.
    public var wroteRows: Bool {
        ["INSERT", "UPDATE", "DELETE", "MERGE"].contains(command.prefix { $0 != " " })
    }

    /// The first value of the first row.
    public var scalar: String? { rows.first?.first ?? nil }
}

/// Rows for one `COPY … FROM STDIN` in text format
/// (https://www.postgresql.org/docs/15/sql-copy.html), sent to the server in chunks of about 256 KB.
public struct CopyBuffer {
    private var bytes: [UInt8] = []
    private let send: ([UInt8]) throws -> Void
    static let chunk = 256 * 1024

    init(send: @escaping ([UInt8]) throws -> Void) {
        self.send = send
        bytes.reserveCapacity(Self.chunk + 4096)
    }

    /// Appends one row, already in COPY's text format (fields separated by tabs, `\N` for NULL,
    /// backslash escapes), and the newline that ends it; sends the buffer when it is full.
    public mutating func appendRow(_ row: UnsafeRawBufferPointer) throws {
        bytes.append(contentsOf: row)
        bytes.append(10)
        if bytes.count >= Self.chunk { try flush() }
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try send(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
