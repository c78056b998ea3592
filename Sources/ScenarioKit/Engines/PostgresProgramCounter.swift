import Foundation
import HundredfoldCore
import PostgresEngine

/// Counts what real programs and servers run on one scale's scratch PostgreSQL database, one
/// window at a time (a `command:` step's run, an `http:` exchange: requests run one at a time),
/// from PostgreSQL's own statistics: the `pg_stat_statements` entries of the database, read over
/// the server's monitor connection (another database, so reading them is not counted), and the
/// plans `auto_explain` logged for the database (rows read, sequential scans), when the server
/// logs them (a throwaway server does).
final class PostgresProgramCounter {
    let database: String
    /// `DATABASE_URL` and the libpq variables naming the scratch database (nil: removed).
    let environment: [String: String?]
    private let monitor: PostgresConnection
    private var plans: PlanLog?
    private var before: [String: StatementTotals] = [:]
    private var texts: [String: String] = [:]
    /// The application statements' shared blocks over the scale's windows.
    private(set) var sharedHit = 0
    private(set) var sharedRead = 0

    /// Whether rows read and full scans are measured (the server logs plans).
    var measuresPlans: Bool { plans != nil }

    /// Prepares the counting for `database`: from now on its new connections log their plans.
    init(server: PostgresServer, database: String) throws {
        self.database = database
        environment = server.endpoint.environment(database: database)
        monitor = try server.monitor()
        if let log = server.planLog {
            try server.logPlans(of: database)
            plans = PlanLog(file: log)
        }
    }

    /// Opens a window: what ran before it is not counted.
    func begin() throws {
        before = try DatabaseStatements.read(database: database, through: monitor).totals
        _ = plans?.read(database: database)
    }

    /// Closes the window: every statement that ran in it with its totals and logged plans.
    func end() throws -> [ProgramStatement] {
        let after = try DatabaseStatements.read(database: database, through: monitor).totals
        let changed = after.compactMap { key, totals -> (String, StatementTotals)? in
            let delta = totals.since(before[key])
            return delta.calls > 0 ? (key, delta) : nil
        }
        if changed.contains(where: { texts[$0.0] == nil }) {
            texts.merge(try DatabaseStatements.texts(database: database, through: monitor)) { $1 }
        }
        var statements = changed.compactMap { key, totals in
            texts[key].map { ProgramStatement(text: $0, totals: totals) }
        }
        .sorted { $0.text < $1.text }
        // A plan belongs to the statement of the same fingerprint: the program's text has its
        // constants where the normalized text has `$1`.
        var byFingerprint: [String: Int] = [:]
        for (index, statement) in statements.enumerated() {
            byFingerprint[StatementFingerprint.fingerprint(statement.text)] = index
        }
        for entry in plans?.read(database: database) ?? [] {
            guard let index = byFingerprint[StatementFingerprint.fingerprint(entry.queryText)] else {
                continue
            }
            statements[index].plans.append(entry.plan)
        }
        for statement in statements where StatementClass(sql: statement.text) == .application {
            sharedHit += statement.totals.sharedHit
            sharedRead += statement.totals.sharedRead
        }
        return statements
    }

    /// `environment` applied to `base`.
    func applied(to base: [String: String]) -> [String: String] {
        var result = base
        for (name, value) in environment { result[name] = value }
        return result
    }
}

/// One statement a program ran in a window: PostgreSQL's normalized text, what its executions
/// did, and the plans logged for them.
struct ProgramStatement {
    var text: String
    var totals: StatementTotals
    var plans: [ExplainedPlan] = []

    /// Whether the statement writes rows (its `rows` are rows written, not returned).
    var writes: Bool {
        let words = text.split { !$0.isLetter }.map { $0.uppercased() }
        guard let first = words.first else { return false }
        let writing: Set = ["INSERT", "UPDATE", "DELETE", "MERGE"]
        return writing.contains(first) || (first == "WITH" && words.contains { writing.contains($0) })
    }
}
