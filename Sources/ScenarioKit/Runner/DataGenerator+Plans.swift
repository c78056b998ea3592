import HundredfoldCore
import SQLiteHarness
import SyntheticData

extension DataGenerator {
    // MARK: - Referenced keys

    /// Creates a key resolver for every column a `ref`, an undescribed foreign key or a `pick`
    /// points at; must run before ``generate(_:)``.
    mutating func prepareResolvers() throws {
        var targets: [(String, String)] = []
        for spec in scenario.tables {
            let described = Set(spec.columns.map { $0.name.lowercased() })
            for column in spec.columns {
                if case .reference(let table, let target, _) = column.generator {
                    targets.append((table, target))
                }
            }
            for (column, key) in infos[spec.name.lowercased()]?.foreignKeys ?? [:]
            where !described.contains(column) {
                targets.append((key.table, key.column ?? primaryKey(of: key.table)))
            }
        }
        targets += scenario.workload.params.map { ($0.table, $0.column) }
        referencedColumns = Set(targets.map { Self.key($0.0, $0.1) })
        for (table, column) in targets where resolvers[Self.key(table, column)] == nil {
            resolvers[Self.key(table, column)] = try makeResolver(table: table, column: column)
        }
    }

    static func key(_ table: String, _ column: String) -> String { (table + "." + column).lowercased() }

    private func primaryKey(of table: String) -> String {
        guard let info = try? infos[table.lowercased()] ?? TableInfo.read(table, from: db) else {
            return "rowid"
        }
        if let alias = info.rowidAlias { return alias }
        let keys = info.columns.filter { $0.primaryKeyPosition > 0 }
        return keys.count == 1 ? keys[0].name : "rowid"
    }

    private mutating func makeResolver(table: String, column: String) throws -> KeyResolver {
        guard let spec = scenario.tables.first(where: { $0.name.lowercased() == table.lowercased() }),
            let info = infos[table.lowercased()]
        else {
            let quoted = "\"\(table)\""
            let countStatement = try db.prepare("SELECT count(*) FROM \(quoted)")
            let count: Int =
                try countStatement.step()
                ? { if case .integer(let n) = countStatement.column(0) { Int(n) } else { 0 } }() : 0
            countStatement.reset()
            let lookup = try db.prepare("SELECT \"\(column)\" FROM \(quoted) LIMIT 1 OFFSET :i")
            return KeyResolver(source: .offset(lookup: lookup), count: count)
        }
        let count = spec.rowCount(at: scale)
        if let (start, step) = arithmetic(spec: spec, info: info, column: column) {
            return KeyResolver(source: .arithmetic(start: start, step: step), count: count)
        }
        guard
            let columnIndex = insertColumns(of: spec, info: info).firstIndex(where: {
                $0.name.lowercased() == column.lowercased()
            })
        else {
            let lookup = try db.prepare("SELECT \"\(column)\" FROM \"\(table)\" LIMIT 1 OFFSET :i")
            return KeyResolver(source: .offset(lookup: lookup), count: count)
        }
        temporaryTableCount += 1
        let name = "temp.hf_keys_\(temporaryTableCount)"
        try db.execute("CREATE TABLE \(name)(idx INTEGER PRIMARY KEY, key)")
        let insert = try db.prepare("INSERT INTO \(name)(idx, key) VALUES (?, ?)")
        recorders[table.lowercased(), default: []].append(
            KeyRecorder(insert: insert, columnIndex: columnIndex))
        let lookup = try db.prepare("SELECT key FROM \(name) WHERE idx = :i")
        return KeyResolver(source: .recorded(lookup: lookup), count: count)
    }

    /// `(start, step)` when the column's values are an arithmetic sequence by row.
    private func arithmetic(spec: TableSpec, info: TableInfo, column: String) -> (Int64, Int64)? {
        let name = column.lowercased()
        if let described = spec.columns.first(where: { $0.name.lowercased() == name }) {
            if case .sequence(let start, let step) = described.generator { return (start, step) }
            return nil
        }
        if ["rowid", "oid", "_rowid_"].contains(name) {
            guard let alias = info.rowidAlias else { return (1, 1) }
            return arithmetic(spec: spec, info: info, column: alias)
        }
        guard let info = info.column(named: name), isAutoSequence(info, of: infoFor(spec)) else { return nil }
        return (1, 1)
    }

    private func infoFor(_ spec: TableSpec) -> TableInfo? { infos[spec.name.lowercased()] }

    /// An undescribed single-column integer primary key is filled 1, 2, 3, …
    func isAutoSequence(_ column: TableInfo.Column, of info: TableInfo?) -> Bool {
        guard let info, column.primaryKeyPosition > 0 else { return false }
        let keyCount = info.columns.filter { $0.primaryKeyPosition > 0 }.count
        return keyCount == 1 && column.declaredType.uppercased().contains("INT")
    }

    // MARK: - Column plans

    /// The columns an INSERT fills: described ones, keys others point at, and those without a
    /// DEFAULT (a column with one is left to it: `created_at DEFAULT CURRENT_TIMESTAMP`).
    func insertColumns(of spec: TableSpec, info: TableInfo) -> [TableInfo.Column] {
        let described = Set(spec.columns.map { $0.name.lowercased() })
        return info.columns.filter { column in
            !column.hasDefault || described.contains(column.name.lowercased())
                || referencedColumns.contains(Self.key(spec.name, column.name))
        }
    }

    /// How `column` of `spec` is filled: its described generator, a sequence for an integer
    /// primary key, a reference for a foreign key, or a generator for its declared type.
    func plan(for column: TableInfo.Column, of spec: TableSpec, info: TableInfo) throws -> ColumnPlan {
        let required = column.notNull || column.primaryKeyPosition > 0
        var kind: ValueKind
        var nullFraction = 0.0
        var resolver: KeyResolver?
        if let described = spec.columns.first(where: { $0.name.lowercased() == column.name.lowercased() }) {
            nullFraction = required ? 0 : described.nullFraction
            var rows = 0
            if case .reference(let table, let target, _) = described.generator {
                resolver = resolvers[Self.key(table, target)]
                rows = resolver?.count ?? 0
                guard rows > 0 else {
                    throw RunnerError(
                        described.location, "data.\(spec.name).columns.\(described.name)",
                        "`ref: \(table).\(target)` points at a table with no rows")
                }
            }
            kind = ValueKind(described.generator, referencedRows: rows)
        } else if isAutoSequence(column, of: info) {
            kind = .sequence(start: 1, step: 1)
        } else if let key = info.foreignKeys[column.name.lowercased()],
            let target = resolvers[Self.key(key.table, key.column ?? primaryKey(of: key.table))],
            target.count > 0
        {
            resolver = target
            kind = .rowIndex(count: target.count, skew: .uniform)
        } else {
            kind = .forColumn(named: column.name, declaredType: column.declaredType)
        }
        let stream = ColumnStream(
            kind: kind, nullFraction: nullFraction, seed: seed, table: spec.name, column: column.name)
        return ColumnPlan(name: column.name, stream: stream, resolver: resolver)
    }
}
