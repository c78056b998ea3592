import Foundation

/// What `EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON)` says about one execution: the rows its
/// scans visited, its sequential scans, its query ID (buffers come from `pg_stat_statements`)
/// (https://www.postgresql.org/docs/15/using-explain.html).
public struct ExplainedPlan: Sendable, Equatable {
    /// Rows the scans visited: per scan node (`Seq Scan`, `Index Scan`, `Index Only Scan`,
    /// `Bitmap Heap Scan`, `Tid Scan`, …) `(Actual Rows + Rows Removed by Filter + Rows Removed by
    /// Index Recheck) × Actual Loops`.
    public var rowsRead: Int
    /// The tables read by a `Seq Scan` node, lower-cased, sorted, without duplicates.
    public var sequentialScanTables: [String]
    /// The statement's `pg_stat_statements` query ID (`Query Identifier`), when the server computes it.
    public var queryIdentifier: String?

    static let scanNodes: Set = [
        "Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan", "Tid Scan", "Tid Range Scan",
        "Sample Scan",
    ]

    /// Parses the JSON text EXPLAIN returned; nil when it is not an EXPLAIN JSON document.
    public init?(json: String) {
        guard let data = json.data(using: .utf8),
            let top = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]],
            let document = top.first
        else { return nil }
        self.init(document: document)
    }

    /// Reads one plan document: an element of EXPLAIN's JSON array, or what `auto_explain` logs.
    init?(document: [String: Any]) {
        guard let plan = document["Plan"] as? [String: Any] else { return nil }
        var rows = 0.0
        var tables = Set<String>()
        Self.walk(plan) { node in
            guard let type = node["Node Type"] as? String, Self.scanNodes.contains(type) else { return }
            let loops = Self.number(node["Actual Loops"])
            rows +=
                (Self.number(node["Actual Rows"]) + Self.number(node["Rows Removed by Filter"])
                    + Self.number(node["Rows Removed by Index Recheck"])) * loops
            if type == "Seq Scan", let table = node["Relation Name"] as? String {
                tables.insert(table.lowercased())
            }
        }
        rowsRead = Int(rows.rounded())
        sequentialScanTables = tables.sorted()
        queryIdentifier = (document["Query Identifier"]).map { "\($0)" }
    }

    private static func walk(_ node: [String: Any], _ visit: ([String: Any]) -> Void) {
        visit(node)
        for child in node["Plans"] as? [[String: Any]] ?? [] { walk(child, visit) }
    }

    private static func number(_ value: Any?) -> Double {
        (value as? NSNumber)?.doubleValue ?? 0
    }
}
