import HundredfoldCore
import SQLiteHarness

/// The checks that run before any data is generated: the schema applies, every described table,
/// column, `ref` and `pick` exists, every step's SQL compiles, every parameter is defined and
/// every `for_each` names rows kept earlier.
struct Preflight {
    let scenario: Scenario
    /// The database `schema: { command: ... }` migrated, whose schema stands in for SQL scripts.
    var migrated: String? = nil
    /// Whether real programs run traced (SQLite), so the tracing library must be there.
    var traced = true

    /// Applies the schema to `db` and checks the scenario against it; returns the tables to fill
    /// in dependency order (referenced tables first).
    func check(on db: Connection) throws -> [TableSpec] {
        try applySchema(to: db)
        var infos: [String: TableInfo] = [:]
        for spec in scenario.tables {
            let keyPath = "data.\(spec.name)"
            guard let info = try TableInfo.read(spec.name, from: db) else {
                throw RunnerError.unknownTable(spec.name, at: spec.location, keyPath)
            }
            infos[spec.name.lowercased()] = info
            for column in spec.columns {
                let columnPath = "\(keyPath).columns.\(column.name)"
                guard info.column(named: column.name) != nil else {
                    throw RunnerError.unknownColumn(
                        column.name, table: spec.name, at: column.location, columnPath)
                }
                if case .reference(let table, let target, _) = column.generator {
                    try checkColumn(table, target, db: db, at: column.location, columnPath)
                }
            }
        }
        for param in scenario.workload.params {
            try checkColumn(
                param.table, param.column, db: db, at: param.location, "workload.params.\(param.name)")
        }
        if let server = scenario.workload.server, traced {
            _ = try CommandStepRunner.library(at: server.location, server.keyPath)
        }
        try checkSteps(
            scenario.workload.steps, keyPath: "workload.steps", db: db,
            parameters: Set(scenario.workload.params.map(\.name)), kept: [:])
        return try DependencyOrder.sort(scenario.tables, infos: infos)
    }

    // MARK: - Schema

    func applySchema(to db: Connection) throws {
        if let migrated, let command = scenario.schemaCommand {
            for sql in try MigratedSchemas.schemaSQL(of: migrated) {
                do {
                    try db.execute(sql)
                } catch let error as DatabaseError {
                    throw RunnerError(
                        command.location, command.keyPath,
                        "the migrated schema does not apply: \(error.message)")
                }
            }
        }
        for script in scenario.schema {
            do {
                try db.execute(script.sql)
            } catch let error as DatabaseError {
                throw RunnerError.sql(error, in: script)
            }
        }
    }

    private func checkColumn(
        _ table: String, _ column: String, db: Connection, at location: SourceLocation, _ keyPath: String
    ) throws {
        guard let info = try TableInfo.read(table, from: db) else {
            throw RunnerError.unknownTable(table, at: location, keyPath)
        }
        guard info.column(named: column) != nil || ["rowid", "oid", "_rowid_"].contains(column.lowercased())
        else {
            throw RunnerError.unknownColumn(column, table: table, at: location, keyPath)
        }
    }

    // MARK: - Steps

    /// Checks `steps` in order; `kept` maps names kept by earlier steps to their column names.
    private func checkSteps(
        _ steps: [Step], keyPath: String, db: Connection, parameters: Set<String>, kept: [String: [String]]
    ) throws {
        var kept = kept
        for step in steps {
            switch step {
            case .query(let query):
                let statement: Statement
                do {
                    statement = try db.prepare(query.sql.sql)
                } catch let error as DatabaseError {
                    throw RunnerError.sql(error, in: query.sql)
                }
                if statement.hasTrailingStatement {
                    throw RunnerError(
                        query.sql.location, query.sql.keyPath,
                        "a step runs exactly one statement; this SQL holds more than one",
                        hint: "split it into several steps")
                }
                for name in statement.parameterNames {
                    guard let name else {
                        throw RunnerError(
                            query.sql.location, query.sql.keyPath,
                            "positional parameters (`?`) cannot be bound; use :name")
                    }
                    guard parameters.contains(name) else {
                        throw RunnerError.undefinedParameter(
                            name, in: query.sql, available: Array(parameters))
                    }
                }
                if let name = query.keepAs { kept[name] = statement.columnNames }
            case .forEach(let loop):
                guard let columns = kept[loop.collection] else {
                    let known = kept.keys.sorted().joined(separator: ", ")
                    throw RunnerError(
                        loop.location, loop.keyPath + ".for_each",
                        "no rows are kept as '\(loop.collection)' before this step"
                            + (known.isEmpty ? "" : " (kept: \(known))"),
                        hint: "add `as: \(loop.collection)` to an earlier query step")
                }
                try checkSteps(
                    loop.steps, keyPath: loop.keyPath + ".steps", db: db,
                    parameters: parameters.union(columns), kept: kept)
            case .command(let command):
                if traced { _ = try CommandStepRunner.library(at: command.location, command.keyPath) }
            case .http(let http):
                for placeholder in http.placeholders where !parameters.contains(placeholder.name) {
                    let known =
                        parameters.isEmpty
                        ? "none" : parameters.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    throw RunnerError(
                        placeholder.location, placeholder.keyPath,
                        "{\(placeholder.name)} is not a parameter (defined here: \(known))",
                        hint:
                            "declare it under workload.params, or keep a row with it using `as:` and a `for_each`"
                    )
                }
            }
        }
    }
}
