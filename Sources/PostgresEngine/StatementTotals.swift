/// One statement's cumulative `pg_stat_statements` figures in one database
/// (https://www.postgresql.org/docs/15/pgstatstatements.html), or the difference of two readings.
public struct StatementTotals: Sendable, Equatable {
    public var calls = 0
    /// Rows returned by reads, rows affected by writes.
    public var rows = 0
    public var executionMilliseconds = 0.0
    public var sharedHit = 0
    public var sharedRead = 0

    public init(
        calls: Int = 0, rows: Int = 0, executionMilliseconds: Double = 0, sharedHit: Int = 0,
        sharedRead: Int = 0
    ) {
        self.calls = calls
        self.rows = rows
        self.executionMilliseconds = executionMilliseconds
        self.sharedHit = sharedHit
        self.sharedRead = sharedRead
    }

    /// What happened between `earlier` and `self`.
    public func since(_ earlier: StatementTotals?) -> StatementTotals {
        guard let earlier else { return self }
        return StatementTotals(
            calls: calls - earlier.calls, rows: rows - earlier.rows,
            executionMilliseconds: executionMilliseconds - earlier.executionMilliseconds,
            sharedHit: sharedHit - earlier.sharedHit, sharedRead: sharedRead - earlier.sharedRead)
    }
}

/// The top-level statements `pg_stat_statements` holds for one database, read over a connection
/// to another database so that reading them is not counted among them.
public struct DatabaseStatements {
    /// Totals by statement: `userid/queryid` (a statement is one entry per user).
    public var totals: [String: StatementTotals]

    static let columns =
        "userid::text || '/' || queryid::text, calls, rows, total_exec_time, shared_blks_hit, shared_blks_read"

    /// Reads the totals of `database` through `monitor`.
    public static func read(database: String, through monitor: PostgresConnection) throws
        -> DatabaseStatements
    {
        let result = try monitor.execute(
            "SELECT \(columns) FROM pg_stat_statements(false) WHERE toplevel AND queryid IS NOT NULL "
                + "AND dbid = (SELECT oid FROM pg_database WHERE datname = $1)", parameters: [database])
        var totals: [String: StatementTotals] = [:]
        for row in result.rows {
            guard let key = row[0] else { continue }
            totals[key] = StatementTotals(
                calls: Int(row[1] ?? "") ?? 0, rows: Int(row[2] ?? "") ?? 0,
                executionMilliseconds: Double(row[3] ?? "") ?? 0, sharedHit: Int(row[4] ?? "") ?? 0,
                sharedRead: Int(row[5] ?? "") ?? 0)
        }
        return DatabaseStatements(totals: totals)
    }

    /// The normalized text (`$1` for constants) of each statement of `database` by key.
    public static func texts(database: String, through monitor: PostgresConnection) throws -> [String: String]
    {
        let result = try monitor.execute(
            "SELECT userid::text || '/' || queryid::text, query FROM pg_stat_statements WHERE toplevel "
                + "AND queryid IS NOT NULL AND dbid = (SELECT oid FROM pg_database WHERE datname = $1)",
            parameters: [database])
        var texts: [String: String] = [:]
        for row in result.rows {
            guard let key = row[0], let text = row[1] else { continue }
            texts[key] = text
        }
        return texts
    }
}
