/// What `EXPLAIN QUERY PLAN` says about a statement (https://sqlite.org/eqp.html).
public struct QueryPlan: Hashable, Sendable {
    /// The plan's lines (`SCAN orders`, `SEARCH users USING INTEGER PRIMARY KEY (rowid=?)`).
    public var details: [String]
    /// Tables the plan reads in full, without an index: `SCAN t`, but not
    /// `SCAN t USING (COVERING) INDEX i`, a CTE, a subquery or a constant row. Aliases are
    /// resolved to their table. Sorted, without duplicates.
    public var fullScanTables: [String]
}

extension Connection {
    /// The query plan of `sql`, with its full table scans named.
    public func queryPlan(_ sql: String) throws -> QueryPlan {
        let statement = try prepare("EXPLAIN QUERY PLAN " + sql)
        var details: [String] = []
        while try statement.step() {
            if case .text(let detail) = statement.column(3) { details.append(detail) }
        }
        statement.reset()
        let tables = try tableNames()
        var scanned = Set<String>()
        for detail in details where detail.hasPrefix("SCAN ") && !detail.contains(" USING ") {
            let name = String(detail.dropFirst(5).prefix { !$0.isWhitespace })
            if let table = Self.resolve(name, tables: tables, sql: sql) { scanned.insert(table) }
        }
        return QueryPlan(details: details, fullScanTables: scanned.sorted())
    }

    /// The names of the schema's ordinary tables, lower-cased.
    public func tableNames() throws -> Set<String> {
        let statement = try prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        var names = Set<String>()
        while try statement.step() {
            if case .text(let name) = statement.column(0) { names.insert(name.lowercased()) }
        }
        statement.reset()
        return names
    }

    /// The table `name` stands for: itself, or the table it aliases in `sql`; nil otherwise.
    static func resolve(_ name: String, tables: Set<String>, sql: String) -> String? {
        let alias = name.lowercased()
        if tables.contains(alias) { return alias }
        let words = sql.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        for (index, word) in words.enumerated() where word == alias && index > 0 {
            let before = words[index - 1] == "as" && index > 1 ? words[index - 2] : words[index - 1]
            if tables.contains(before) { return before }
        }
        return nil
    }
}
