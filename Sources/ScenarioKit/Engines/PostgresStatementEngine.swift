import Foundation
import HundredfoldCore
import PostgresEngine
import SQLiteHarness

/// The PostgreSQL engine: each step's SQL with `$n` parameters, bound as text; each application
/// execution measured by `EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON)` with the same
/// parameters just before it runs (inside a rolled-back transaction or savepoint when it writes),
/// then run for real: rows returned, bytes, rows written and latency come from the real run,
/// rows read and sequential scans from the plan.
final class PostgresStatementEngine: StatementEngine {
    let connection: PostgresConnection
    private var translations: [String: ParameterTranslation] = [:]
    /// The `pg_stat_statements` query IDs of the application statements run so far.
    private(set) var queryIdentifiers = Set<String>()
    let plansEachExecution = true

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    func execute(_ script: SQLScript, params: [String: SQLValue], keepRows: Bool, measured: Bool) throws
        -> EngineExecution
    {
        let translation = translations[script.sql] ?? ParameterTranslation(script.sql)
        translations[script.sql] = translation
        let values = try translation.names.map { name -> String? in
            guard let value = params[name] else {
                throw RunnerError(script.location, script.keyPath, "no value for parameter :\(name)")
            }
            return Self.text(value)
        }
        do {
            var plan: ExplainedPlan?
            let start = ContinuousClock.now
            if measured { plan = try explain(translation.sql, values: values) }
            let overhead = ContinuousClock.now - start
            let result = try connection.execute(translation.sql, parameters: values)
            let rows = result.rows.map { row in zip(result.columnTypes, row).map(Self.value) }
            let bytes = rows.reduce(0) { $0 + $1.reduce(0) { $0 + Self.bytes(of: $1) } }
            if let id = plan?.queryIdentifier { queryIdentifiers.insert(id) }
            var execution = EngineExecution(
                measured: MeasuredExecution(
                    rowsRead: plan?.rowsRead ?? 0, rowsWritten: result.wroteRows ? result.affectedRows : 0,
                    rowsReturned: result.rows.count, bytesReturned: bytes),
                fullScanTables: plan?.sequentialScanTables, overhead: overhead)
            if keepRows {
                execution.rows = rows.map { Dictionary(zip(result.columnNames, $0)) { first, _ in first } }
            }
            return execution
        } catch let error as PostgresError where !error.isConnectionLost {
            throw error.located(at: script.location, keyPath: script.keyPath, statement: translation.sql)
        }
    }

    func fullScanTables(_ sql: String) throws -> [String] {
        let result = try connection.execute("EXPLAIN (FORMAT JSON) " + ParameterTranslation(sql).sql)
        return result.scalar.flatMap(ExplainedPlan.init(json:))?.sequentialScanTables ?? []
    }

    // MARK: - Plans

    /// Runs the statement under EXPLAIN ANALYZE; a statement that may write runs inside a
    /// transaction (or a savepoint of the open one) that is rolled back, so it writes nothing.
    private func explain(_ sql: String, values: [String?]) throws -> ExplainedPlan? {
        let explain = "EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON) " + sql
        guard Self.mayWrite(sql) else {
            return try connection.execute(explain, parameters: values).scalar.flatMap(
                ExplainedPlan.init(json:))
        }
        let nested = connection.inTransaction
        try connection.execute(nested ? "SAVEPOINT hundredfold_explain" : "BEGIN")
        defer {
            _ = try? connection.execute(
                nested
                    ? "ROLLBACK TO SAVEPOINT hundredfold_explain; RELEASE SAVEPOINT hundredfold_explain"
                    : "ROLLBACK")
        }
        return try connection.execute(explain, parameters: values).scalar.flatMap(ExplainedPlan.init(json:))
    }

    /// Whether `sql` may write: anything but a plain SELECT, VALUES or TABLE, or a WITH without
    /// INSERT, UPDATE, DELETE or MERGE.
    static func mayWrite(_ sql: String) -> Bool {
        let words = StatementFingerprint.fingerprint(sql).split { !$0.isLetter }
        guard let first = words.first else { return false }
        if ["SELECT", "VALUES", "TABLE"].contains(first) {
            return words.contains("FOR") && words.contains("UPDATE")
        }
        if first == "WITH" { return words.contains { ["INSERT", "UPDATE", "DELETE", "MERGE"].contains($0) } }
        return true
    }

    // MARK: - Values

    /// A parameter as PostgreSQL's text input; nil is NULL.
    static func text(_ value: SQLValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let int): String(int)
        case .real(let double): String(double)
        case .text(let text): text
        case .blob(let bytes): "\\x" + bytes.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// A result value by its column type: integers and floats as numbers, `bytea` as bytes, the
    /// rest as text.
    static func value(type: UInt32, text: String?) -> SQLValue {
        guard let text else { return .null }
        switch type {
        case 20, 21, 23, 26: return Int64(text).map(SQLValue.integer) ?? .text(text)
        case 700, 701, 1700: return Double(text).map(SQLValue.real) ?? .text(text)
        case 16: return .integer(text == "t" ? 1 : 0)
        case 17:
            let hex = Array(text.utf8.dropFirst(2))
            return .blob(
                stride(from: 0, to: hex.count - 1, by: 2).compactMap {
                    UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16)
                })
        default: return .text(text)
        }
    }

    /// Bytes of a value as the SQLite harness counts them: 8 per number, text and blob lengths.
    static func bytes(of value: SQLValue) -> Int {
        switch value {
        case .null: 0
        case .integer, .real: 8
        case .text(let text): text.utf8.count
        case .blob(let bytes): bytes.count
        }
    }
}
