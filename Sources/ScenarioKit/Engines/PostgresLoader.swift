import HundredfoldCore
import PostgresEngine
import SQLiteHarness

/// Fills a scratch PostgreSQL database with one scale's data: the scenario's schema translated
/// (``SchemaTranslation``), then every table's rows, as the generator wrote them into the scale's
/// SQLite database, sent with `COPY … FROM STDIN` (so both engines hold the same values), identity
/// sequences moved past the copied keys, and `ANALYZE` so the planner knows the sizes.
struct PostgresLoader {
    let scenario: Scenario
    let sqlite: Connection
    let session: PostgresConnection

    /// Applies the schema; a statement PostgreSQL rejects is an error at its place in the scenario.
    func applySchema() throws {
        for script in scenario.schema {
            for statement in SchemaTranslation.translate(script.sql) {
                do {
                    try session.execute(statement.sql)
                } catch let error as PostgresError where !error.isConnectionLost {
                    throw error.located(
                        at: RunnerError.location(of: statement.offset, in: script), keyPath: script.keyPath,
                        statement: statement.sql)
                }
            }
        }
    }

    /// Copies every table, in `order` first (referenced tables before the tables referencing
    /// them), then the schema's other tables; returns the rows copied.
    @discardableResult
    func copyTables(order: [TableSpec]) throws -> Int {
        var names = order.map { $0.name.lowercased() }
        names += try sqlite.tableNames().filter { !names.contains($0) && !$0.hasPrefix("sqlite_") }.sorted()
        // Foreign keys are not checked while copying (a table may reference itself, rows in any
        // order); the values are SQLite's, which checked them. Needs a superuser; without one the
        // order above has to do.
        let replica = (try? session.execute("SET session_replication_role = replica")) != nil
        defer { if replica { _ = try? session.execute("SET session_replication_role = DEFAULT") } }
        var copied = 0
        for name in names {
            guard let info = try TableInfo.read(name, from: sqlite) else { continue }
            copied += try copy(info)
        }
        try resetIdentities()
        try session.execute("ANALYZE")
        return copied
    }

    /// Streams one table from SQLite into PostgreSQL.
    func copy(_ info: TableInfo) throws -> Int {
        try Self.copy(info, from: sqlite, to: session)
    }

    /// Streams `info`'s rows from `sqlite` into the same table of `session` with one `COPY`.
    static func copy(_ info: TableInfo, from sqlite: Connection, to session: PostgresConnection) throws -> Int {
        // Unquoted names fold to lower case in PostgreSQL; SQLite ignores case either way.
        let columns = info.columns.map { quote($0.name.lowercased()) }.joined(separator: ", ")
        let select = try sqlite.prepare("SELECT \(columns) FROM \(quote(info.name))")
        defer { select.reset() }
        let count = Int32(info.columns.count)
        return try session.copy("COPY \(quote(info.name.lowercased())) (\(columns)) FROM STDIN") { buffer in
            while try select.step() {
                for index in 0..<count {
                    if index > 0 { CopyText.appendSeparator(to: &buffer) }
                    switch select.column(index) {
                    case .null: CopyText.appendNull(to: &buffer)
                    case .integer(let value): CopyText.append(value, to: &buffer)
                    case .real(let value): CopyText.append(value, to: &buffer)
                    case .text(let text): CopyText.append(text: text.utf8, to: &buffer)
                    case .blob(let bytes): CopyText.append(bytes: bytes, to: &buffer)
                    }
                }
                try buffer.endRow()
            }
        }
    }

    /// Moves each identity column's sequence past the largest copied key, so an INSERT without a
    /// key gets the next one, as in SQLite.
    private func resetIdentities() throws {
        let identities = try session.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE is_identity = 'YES' AND table_schema = current_schema()")
        for row in identities.rows {
            guard let table = row[0], let column = row[1] else { continue }
            let quotedTable = Self.quote(table)
            let quotedColumn = Self.quote(column)
            try session.execute(
                "SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(\(quotedColumn)), 0) + 1, false) "
                    + "FROM \(quotedTable)", parameters: [quotedTable, column])
        }
    }

    static func quote(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The loader's COPY of one table, for the data-loading benchmark (Benchmarks/DataLoadBenchmark).
public enum PostgresTableCopy {
    /// Copies table `table` of the SQLite database file at `path` into the same, existing table of
    /// `session`; returns the rows copied.
    public static func copy(table: String, fromSQLiteFile path: String, to session: PostgresConnection) throws
        -> Int
    {
        let sqlite = try Connection(path: path)
        guard let info = try TableInfo.read(table, from: sqlite) else { return 0 }
        return try PostgresLoader.copy(info, from: sqlite, to: session)
    }
}
