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

    /// Deletes the rows the migrations wrote into `tables` (the ones `data:` fills), as on SQLite.
    func clear(_ tables: [TableSpec]) throws {
        let replica = (try? session.execute("SET session_replication_role = replica")) != nil
        defer { if replica { _ = try? session.execute("SET session_replication_role = DEFAULT") } }
        for table in tables { try session.execute("DELETE FROM \(Self.quote(table.name.lowercased()))") }
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
    static func copy(_ info: TableInfo, from sqlite: Connection, to session: PostgresConnection) throws -> Int
    {
        // Unquoted names fold to lower case in PostgreSQL; SQLite ignores case either way.
        let columns = info.columns.map { quote($0.name.lowercased()) }.joined(separator: ", ")
        let select = try sqlite.prepare(
            "SELECT " + info.columns.map { copyField(quote($0.name)) }.joined(separator: " || char(9) || ")
                + " FROM \(quote(info.name))")
        defer { select.reset() }
        return try session.copy("COPY \(quote(info.name.lowercased())) (\(columns)) FROM STDIN") { buffer in
            while try select.step() {
                try select.withText(0) { try buffer.appendRow($0) }
            }
        }
    }

    /// SQLite SQL that writes `column` as a field of COPY's text format, by the value's own type
    /// (SQLite's types are per value): NULL as `\N`; integers as they are; reals with 20
    /// significant digits in SQLite's extended-precision form (`%!.20g`; `%.17g` is not exact in
    /// SQLite), which read back as the same double; blobs as `\\x` and hex; text with
    /// backslash, tab, newline and carriage return escaped (only text holding one is rewritten). SQLite encodes the whole row, so rows
    /// go to the server without a per-value step here.
    static func copyField(_ column: String) -> String {
        let text = [("'\\'", "'\\\\'"), ("char(9)", "'\\t'"), ("char(10)", "'\\n'"), ("char(13)", "'\\r'")]
            .reduce(column) { "replace(\($0), \($1.0), \($1.1))" }
        return "CASE typeof(\(column)) WHEN 'null' THEN '\\N' WHEN 'integer' THEN CAST(\(column) AS TEXT) "
            + "WHEN 'real' THEN printf('%!.20g', \(column)) WHEN 'blob' THEN '\\\\x' || lower(hex(\(column))) "
            + "ELSE CASE WHEN \(column) GLOB '*[' || char(9, 10, 13, 92) || ']*' THEN \(text) ELSE \(column) END END"
    }

    /// Moves each identity (or `serial`) column's sequence past the largest copied key, so an INSERT without a
    /// key gets the next one, as in SQLite.
    private func resetIdentities() throws {
        let identities = try session.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE (is_identity = 'YES' OR column_default LIKE 'nextval(%') "
                + "AND table_schema = current_schema()")
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
