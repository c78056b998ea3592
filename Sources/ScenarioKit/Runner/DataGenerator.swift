import Foundation
import HundredfoldCore
import SQLiteHarness
import SyntheticData

/// Fills a scenario's tables at one scale, referenced tables first, in one transaction with
/// prepared INSERTs; rows stream from the generators to SQLite one at a time.
struct DataGenerator {
    let scenario: Scenario
    let scale: Int
    let seed: UInt64
    let db: Connection
    let deadline: Deadline
    let progress: ((String, Int, Int) -> Void)?
    /// Tables by lower-cased name, read from the schema.
    let infos: [String: TableInfo]
    /// Key resolvers by lower-cased `table.column`, for `ref` columns and `pick` parameters.
    var resolvers: [String: KeyResolver] = [:]
    var recorders: [String: [KeyRecorder]] = [:]
    /// Every `table.column` (lower-cased) a reference or parameter points at.
    var referencedColumns = Set<String>()
    var temporaryTableCount = 0

    init(
        scenario: Scenario, scale: Int, seed: UInt64, db: Connection, deadline: Deadline,
        infos: [String: TableInfo], progress: ((String, Int, Int) -> Void)?
    ) {
        self.scenario = scenario
        self.scale = scale
        self.seed = seed
        self.db = db
        self.deadline = deadline
        self.infos = infos
        self.progress = progress
    }

    /// Generates every table of `order` inside one transaction.
    mutating func generate(_ order: [TableSpec]) throws {
        db.isTracing = false
        defer { db.isTracing = true }
        try db.execute("BEGIN")
        // Foreign keys are checked at COMMIT, when every referenced row exists (self-references).
        try db.execute("PRAGMA defer_foreign_keys = ON")
        do {
            for spec in order {
                try generate(spec)
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    // MARK: - One table

    private mutating func generate(_ spec: TableSpec) throws {
        guard let info = infos[spec.name.lowercased()] else { return }
        var plans = try insertColumns(of: spec, info: info).map { try plan(for: $0, of: spec, info: info) }
        let columnList = plans.map { quote($0.name) }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: plans.count).joined(separator: ", ")
        let insert = try db.prepare(
            plans.isEmpty
                ? "INSERT INTO \(quote(spec.name)) DEFAULT VALUES"
                : "INSERT INTO \(quote(spec.name)) (\(columnList)) VALUES (\(placeholders))")
        var recordersOfTable = recorders[spec.name.lowercased()] ?? []
        let total = spec.rowCount(at: scale)
        var kept = [Bool](repeating: false, count: plans.count)
        for recorder in recordersOfTable { kept[recorder.columnIndex] = true }
        var values = [SQLValue](repeating: .null, count: plans.count)
        for row in 0..<total {
            if row & 4095 == 0 {
                try deadline.check(scale: scale)
                progress?(spec.name, row, total)
            }
            var attempt = 0
            for index in plans.indices {
                let value = try plans[index].drawAndBind(insert, at: Int32(index + 1), keep: kept[index])
                if let value { values[index] = value }
            }
            while true {
                do {
                    _ = try insert.step()
                    insert.reset()
                    break
                } catch let error as DatabaseError where error.isUniquenessViolation && attempt < 100 {
                    // Redraw the row, keeping sequences so keys stay contiguous.
                    attempt += 1
                    for index in plans.indices where !plans[index].isSequence {
                        let value = try plans[index].drawAndBind(
                            insert, at: Int32(index + 1), keep: kept[index])
                        if let value { values[index] = value }
                    }
                } catch let error as DatabaseError {
                    throw RunnerError(
                        spec.location, "data.\(spec.name)",
                        "a generated row does not fit the schema: \(error.message)",
                        hint: error.isUniquenessViolation
                            ? "the column's range is too small for \(total) distinct values" : nil)
                }
            }
            for index in recordersOfTable.indices { try recordersOfTable[index].record(values) }
        }
        progress?(spec.name, total, total)
    }

    private func quote(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension DatabaseError {
    /// A UNIQUE or PRIMARY KEY constraint failed: the generator drew a value already present.
    var isUniquenessViolation: Bool { extendedCode == 2067 || extendedCode == 1555 }
}
