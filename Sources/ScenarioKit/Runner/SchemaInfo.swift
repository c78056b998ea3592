import Foundation
import SQLiteHarness

/// What the runner needs to know about one table of the schema, read with `PRAGMA table_xinfo`,
/// `index_list`, `index_info` and `foreign_key_list` (https://sqlite.org/pragma.html).
struct TableInfo {
    struct Column {
        var name: String
        var declaredType: String
        var notNull: Bool
        /// 1-based position in the primary key, 0 when not part of it.
        var primaryKeyPosition: Int
        /// Whether the column declares a DEFAULT.
        var hasDefault: Bool
    }

    var name: String
    /// Insertable columns in declaration order (generated columns left out).
    var columns: [Column]
    /// The column that aliases the rowid (`INTEGER PRIMARY KEY` of a rowid table), lower-cased.
    var rowidAlias: String?
    /// Columns with a foreign key, lower-cased, to the referenced table and column (nil: its key).
    var foreignKeys: [String: (table: String, column: String?)]

    func column(named name: String) -> Column? {
        columns.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Reads `table`'s description; nil when the schema has no such table.
    static func read(_ table: String, from db: Connection) throws -> TableInfo? {
        let quoted = "'" + table.replacingOccurrences(of: "'", with: "''") + "'"
        let info = try db.prepare(
            "SELECT name, type, \"notnull\", pk, hidden, dflt_value IS NOT NULL FROM pragma_table_xinfo(\(quoted))"
        )
        var columns: [Column] = []
        while try info.step() {
            guard case .text(let name) = info.column(0), case .integer(let hidden) = info.column(4),
                hidden == 0
            else { continue }
            let type: String = if case .text(let text) = info.column(1) { text } else { "" }
            columns.append(
                Column(
                    name: name, declaredType: type, notNull: info.column(2) == .integer(1),
                    primaryKeyPosition: {
                        if case .integer(let pk) = info.column(3) { Int(pk) } else { 0 }
                    }(),
                    hasDefault: info.column(5) == .integer(1)))
        }
        info.reset()
        guard !columns.isEmpty else { return nil }
        let keyColumns = columns.filter { $0.primaryKeyPosition > 0 }
        var rowidAlias: String?
        if keyColumns.count == 1, let key = keyColumns.first, key.declaredType.uppercased() == "INTEGER",
            try !hasPrimaryKeyIndex(table, quoted: quoted, db: db)
        {
            rowidAlias = key.name.lowercased()
        }
        return TableInfo(
            name: table, columns: columns, rowidAlias: rowidAlias,
            foreignKeys: try foreignKeys(quoted: quoted, db: db))
    }

    /// A WITHOUT ROWID table (or a non-INTEGER key) keeps its primary key in an index.
    private static func hasPrimaryKeyIndex(_ table: String, quoted: String, db: Connection) throws -> Bool {
        let list = try db.prepare("SELECT count(*) FROM pragma_index_list(\(quoted)) WHERE origin = 'pk'")
        defer { list.reset() }
        return try list.step() && list.column(0) != .integer(0)
    }

    private static func foreignKeys(quoted: String, db: Connection) throws -> [String: (
        table: String, column: String?
    )] {
        let list = try db.prepare(
            "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(\(quoted))")
        var keys: [String: (table: String, column: String?)] = [:]
        while try list.step() {
            guard case .text(let from) = list.column(0), case .text(let table) = list.column(1) else {
                continue
            }
            let to: String? = if case .text(let text) = list.column(2) { text } else { nil }
            keys[from.lowercased()] = (table, to)
        }
        list.reset()
        return keys
    }
}
