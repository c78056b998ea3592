import Foundation
import HundredfoldCore
import PostgresEngine
import SQLiteHarness

/// `schema: { command: ... }`: the application's own migrations, run once per scenario on an empty
/// database file; every scale starts from a copy of it.
///
/// The command runs as a `command:` step does (`/bin/sh -c` in the scenario's folder, its own
/// process group, the scenario's time limit) with `HUNDREDFOLD_DB` and `DATABASE_URL` naming the
/// empty file, untraced. A failure is bad input (``RunnerError``, exit 2) showing its output. The
/// files live until ``discard(_:)`` or until the runner is gone, and are deleted on interrupt.
///
/// On PostgreSQL the command runs on an empty scratch database instead (named by `DATABASE_URL`
/// and the libpq variables), kept as the template every scale's database is copied from; the
/// file then holds the same tables written for SQLite (``CatalogSchema``), for the preflight and
/// the data generator.
final class MigratedSchemas: @unchecked Sendable {
    private let directory: URL
    private let postgres: PostgresServer?
    private let lock = NSLock()
    private var built: [String: String] = [:]
    private var templates: [String: ScratchDatabase] = [:]

    init(directory: URL, postgres: PostgresServer? = nil) {
        self.directory = directory
        self.postgres = postgres
    }

    deinit {
        for path in built.values { SignalCleanup.delete(Self.files(path)) }
    }

    /// The migrated database of `scenario`, built on first use; nil when its schema is SQL.
    func database(for scenario: Scenario) throws -> String? {
        guard let command = scenario.schemaCommand else { return nil }
        let key = "\(scenario.location)"
        lock.lock()
        defer { lock.unlock() }
        if let path = built[key] { return path }
        let path = try migrate(command, limit: scenario.limits.timeLimitSeconds, key: key)
        built[key] = path
        return path
    }

    /// The PostgreSQL database `scenario`'s migrations built, once ``database(for:)`` has run
    /// them; nil on SQLite.
    func template(for scenario: Scenario) -> String? {
        lock.withLock { templates["\(scenario.location)"]?.name }
    }

    /// Deletes `scenario`'s migrated database.
    func discard(_ scenario: Scenario) {
        lock.lock()
        defer { lock.unlock() }
        if let path = built.removeValue(forKey: "\(scenario.location)") {
            SignalCleanup.delete(Self.files(path))
        }
        templates.removeValue(forKey: "\(scenario.location)")?.drop()
    }

    /// The names and SQL of what the migrations created, in creation order, SQLite's own
    /// (`sqlite_sequence`, auto-indexes) left out: the schema for the preflight's in-memory copy.
    static func schemaSQL(of path: String) throws -> [String] {
        let db = try Connection(path: path)
        let statement = try db.prepare(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
        )
        return try statement.execute(keepRows: true).rows.compactMap {
            if case .text(let sql) = $0.first { sql } else { nil }
        }
    }

    // MARK: - Running the migrations

    private func migrate(_ command: CommandStep, limit: Double, key: String) throws -> String {
        let base = directory.appendingPathComponent(Leftovers.name("hundredfold-schema")).path
        let path = base + ".sqlite"
        let output = [base + ".stdout", base + ".stderr"]
        SignalCleanup.deleteOnInterrupt(Self.files(path) + output)
        defer { SignalCleanup.delete(output) }
        let folder = URL(fileURLWithPath: command.location.file).deletingLastPathComponent()
        var environment = ProcessInfo.processInfo.environment
        environment["HUNDREDFOLD_DB"] = path
        environment["DATABASE_URL"] = "sqlite:///" + path
        let template = try postgres?.createScratchDatabase()
        if let template, let postgres {
            template.disconnect()
            environment["HUNDREDFOLD_DB"] = nil
            for (name, value) in postgres.endpoint.environment(database: template.name) {
                environment[name] = value
            }
        }
        let fail = { (message: String) -> RunnerError in
            template?.drop()
            SignalCleanup.delete(Self.files(path))
            return RunnerError(
                command.location, command.keyPath,
                message
                    + CapturedOutput.tail(
                        base,
                        replacing: [path: "$HUNDREDFOLD_DB", folder.path + "/": "", NSHomeDirectory(): "~"]),
                hint: "the schema command runs once, in the scenario's folder, on an empty database named by "
                    + "HUNDREDFOLD_DB and DATABASE_URL")
        }
        let outcome: ProcessGroup.Outcome
        do {
            outcome = try ProcessGroup.run(
                command.command, in: folder, environment: environment, stdout: output[0], stderr: output[1],
                deadline: Deadline(seconds: limit).end)
        } catch {
            throw fail("cannot start /bin/sh for the schema command")
        }
        switch outcome {
        case .exited(0): break
        case .timedOut: throw fail("`\(command.command)` did not finish within limits.time_seconds")
        case .exited(let code): throw fail("`\(command.command)` exited with status \(code)")
        case .signaled(let signal): throw fail("`\(command.command)` was killed by signal \(signal)")
        }
        if let template, let postgres {
            templates[key] = template
            do {
                let session = try postgres.connect(to: template.name)
                let db = try Connection(path: path)
                for statement in try CatalogSchema.sqliteStatements(of: session) { try db.execute(statement) }
            } catch {
                throw fail("cannot read the tables the migrations created: \(error)")
            }
        }
        let tables = (try? Self.schemaSQL(of: path)) ?? []
        guard !tables.isEmpty else {
            throw fail("`\(command.command)` created no table in the database named by DATABASE_URL")
        }
        return path
    }

    private static func files(_ path: String) -> [String] {
        [path, path + "-journal", path + "-wal", path + "-shm"]
    }
}
