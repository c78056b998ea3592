import HundredfoldCore

/// Orders tables so every referenced table is filled before the tables that reference it.
enum DependencyOrder {
    /// The tables a table's rows point at: its `ref` columns, and foreign keys of columns the
    /// scenario does not describe (filled as references too), limited to tables being filled.
    static func dependencies(of spec: TableSpec, info: TableInfo?, filled: Set<String>) -> [String] {
        var result: [String] = []
        for column in spec.columns {
            if case .reference(let table, _, _) = column.generator { result.append(table.lowercased()) }
        }
        let described = Set(spec.columns.map { $0.name.lowercased() })
        for (column, key) in info?.foreignKeys ?? [:] where !described.contains(column) {
            result.append(key.table.lowercased())
        }
        return result.filter { filled.contains($0) && $0 != spec.name.lowercased() }
    }

    /// A stable topological order (declaration order among independent tables).
    static func sort(_ tables: [TableSpec], infos: [String: TableInfo]) throws -> [TableSpec] {
        let filled = Set(tables.map { $0.name.lowercased() })
        var ordered: [TableSpec] = []
        var done = Set<String>()
        var remaining = tables
        while !remaining.isEmpty {
            guard
                let index = remaining.firstIndex(where: { spec in
                    dependencies(of: spec, info: infos[spec.name.lowercased()], filled: filled).allSatisfy(
                        done.contains)
                })
            else {
                let names = remaining.map(\.name).joined(separator: ", ")
                let first = remaining[0]
                throw RunnerError(
                    first.location, "data.\(first.name)",
                    "the tables \(names) reference each other in a cycle",
                    hint: "generate one side without `ref` (a plain integer range) to break the cycle")
            }
            let spec = remaining.remove(at: index)
            done.insert(spec.name.lowercased())
            ordered.append(spec)
        }
        return ordered
    }
}
