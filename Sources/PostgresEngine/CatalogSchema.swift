/// A PostgreSQL database's tables written as SQLite `CREATE TABLE` statements: what the data
/// generator and the preflight read when an application's migrations built the schema on
/// PostgreSQL. Columns keep their names and order; types become the SQLite types the generator
/// reads (integers `INTEGER`, a one-column integer primary key the rowid alias, floating and
/// numeric `REAL`, `bytea` `BLOB`, dates and times `DATETIME`/`DATE`/`TIME`, `boolean` `BOOLEAN`,
/// `varchar(n)` as is, the rest `TEXT`); `NOT NULL`, primary and foreign keys are kept.
public enum CatalogSchema {
    /// The tables of `session`'s current schema, in creation order.
    public static func sqliteStatements(of session: PostgresConnection) throws -> [String] {
        let columns = try session.execute(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "JOIN pg_attribute a ON a.attrelid = c.oid "
                + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 "
                + "AND NOT a.attisdropped ORDER BY c.oid, a.attnum")
        let keys = try session.execute(
            "SELECT c.relname, con.contype, a.attname, rc.relname, ra.attname FROM pg_constraint con "
                + "JOIN pg_class c ON c.oid = con.conrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
                + "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord) "
                + "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
                + "LEFT JOIN pg_class rc ON rc.oid = con.confrelid "
                + "LEFT JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.fattnum "
                + "WHERE con.contype IN ('p', 'f') AND array_length(con.conkey, 1) >= 1 "
                + "ORDER BY c.relname, con.conname, k.ord")
        var primaryKeys: [String: [String]] = [:]
        var foreignKeys: [String: [(column: String, table: String, target: String)]] = [:]
        for row in keys.rows {
            guard let table = row[0], let kind = row[1], let column = row[2] else { continue }
            if kind == "p" {
                primaryKeys[table, default: []].append(column)
            } else if let target = row[3], let targetColumn = row[4] {
                foreignKeys[table, default: []].append((column, target, targetColumn))
            }
        }
        var order: [String] = []
        var definitions: [String: [String]] = [:]
        for row in columns.rows {
            guard let table = row[0], let column = row[1] else { continue }
            if definitions[table] == nil { order.append(table) }
            let type = sqliteType(row[2] ?? "")
            let key = primaryKeys[table] ?? []
            var definition = "\(quote(column)) \(type)"
            if key == [column] && type == "INTEGER" {
                definition += " PRIMARY KEY"
            } else if row[3] == "t" {
                definition += " NOT NULL"
            }
            definitions[table, default: []].append(definition)
        }
        return order.map { table in
            var parts = definitions[table] ?? []
            let key = primaryKeys[table] ?? []
            if !key.isEmpty && !parts.contains(where: { $0.hasSuffix(" PRIMARY KEY") }) {
                parts.append("PRIMARY KEY (\(key.map(quote).joined(separator: ", ")))")
            }
            for foreign in foreignKeys[table] ?? [] {
                parts.append(
                    "FOREIGN KEY (\(quote(foreign.column))) REFERENCES \(quote(foreign.table))(\(quote(foreign.target)))"
                )
            }
            return "CREATE TABLE \(quote(table)) (\(parts.joined(separator: ", ")))"
        }
    }

    /// The SQLite type the generator reads for PostgreSQL's `format_type` text.
    static func sqliteType(_ type: String) -> String {
        let lower = type.lowercased()
        if ["smallint", "integer", "bigint"].contains(lower) { return "INTEGER" }
        if lower == "boolean" { return "BOOLEAN" }
        if lower == "real" || lower == "double precision" || lower.hasPrefix("numeric") { return "REAL" }
        if lower == "bytea" { return "BLOB" }
        if lower.hasPrefix("timestamp") { return "DATETIME" }
        if lower == "date" { return "DATE" }
        if lower.hasPrefix("time") { return "TIME" }
        if lower.hasPrefix("character varying") { return "VARCHAR" + lower.drop { $0 != "(" } }
        return "TEXT"
    }

    static func quote(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
