import Foundation
import HundredfoldCore
import SQLiteHarness
import TraceIngest

/// Runs a `command:` step for one request: the user's program against its own copy of the scale's
/// database, with the preload tracer, and returns the statements it ran on that database.
///
/// Each run gets a fresh copy (a program that writes cannot change the next request), named in
/// `HUNDREDFOLD_DB`; `{param}` placeholders are filled shell-quoted; the scenario's time limit
/// stops the whole process group. Failures become a ``ScenarioStop`` naming the step.
struct CommandStepRunner {
    /// The scale's database file, copied for each run (SQLite).
    let database: String
    /// The scale's scratch PostgreSQL database, where the program runs instead (see
    /// ``runOnPostgres(_:params:counter:)``); nil on SQLite.
    let postgres: PostgresProgramCounter?
    let temporaryDirectory: URL
    let deadline: Deadline
    let scale: Int

    /// Runs `step` with the request's `params`.
    func run(_ step: CommandStep, params: [String: SQLValue]) throws -> [TracedStatement] {
        let library = try Self.library(at: step.location, step.keyPath)
        let base = temporaryDirectory.appendingPathComponent(Leftovers.name("hundredfold-command")).path
        let copy = base + ".sqlite"
        let trace = base + ".trace.ndjson"
        let files = [
            copy, copy + "-journal", copy + "-wal", copy + "-shm", trace, base + ".stdout", base + ".stderr",
        ]
        SignalCleanup.deleteOnInterrupt(files)
        defer { SignalCleanup.delete(files) }
        do {
            try FileManager.default.copyItem(atPath: database, toPath: copy)
        } catch {
            throw stop(step, "cannot copy the database for the command: \(error.localizedDescription)")
        }
        let before = Self.stamp(copy)
        let command = CommandTemplate.substitute(step.command, params: params)
        let environment = Self.tracedEnvironment(database: copy, scale: scale, trace: trace, library: library)
        try execute(step, command: command, environment: environment, output: base, database: copy)
        let log: TraceLog
        do {
            log = try TraceLog(contentsOf: URL(fileURLWithPath: trace))
        } catch {
            throw stop(step, "\(error)")
        }
        let program = CommandTemplate.program(of: command, path: environment["PATH"] ?? "/usr/bin:/bin")
        switch Traceability.statements(
            in: log, database: URL(fileURLWithPath: copy), databaseChanged: Self.stamp(copy) != before,
            programs: program.map { [$0] } ?? [])
        {
        case .success(let statements): return statements
        case .failure(let reason): throw stop(step, "\(reason)", kind: "untraceable")
        }
    }

    /// Runs `command` for `step` in the folder of the scenario file that declares it, its output in
    /// `output.stdout` and `output.stderr`; a failure stops the scenario showing the output's last
    /// lines (with `database` shown as `$HUNDREDFOLD_DB`).
    func execute(
        _ step: CommandStep, command: String, environment: [String: String], output base: String,
        database: String?
    ) throws {
        let directory = URL(fileURLWithPath: step.location.file).deletingLastPathComponent()
        let outcome: ProcessGroup.Outcome
        do {
            outcome = try ProcessGroup.run(
                command, in: directory, environment: environment, stdout: base + ".stdout",
                stderr: base + ".stderr",
                deadline: deadline.end)
        } catch {
            throw stop(step, "cannot start /bin/sh for the command")
        }
        switch outcome {
        case .exited(0): break
        case .timedOut: throw ScenarioStop.timeLimit(seconds: deadline.seconds, scale: scale)
        case .exited(let code), .signaled(let code):
            let how = outcome == .exited(code) ? "exited with status \(code)" : "was killed by signal \(code)"
            var paths = [directory.path + "/": "", NSHomeDirectory(): "~"]
            if let database { paths[database] = "$HUNDREDFOLD_DB" }
            throw stop(step, "`\(command)` \(how)" + CapturedOutput.tail(base, replacing: paths))
        }
    }

    // MARK: - The tracing library

    /// The library (see ``TraceLibrary``), or the preflight error, at the step or server that
    /// needs it, that says why there is none.
    static func library(at location: SourceLocation, _ keyPath: String) throws(RunnerError) -> URL {
        switch TraceLibrary.locate() {
        case .success(let url): return url
        case .failure(let unavailable):
            throw RunnerError(location, keyPath, unavailable.message, hint: unavailable.hint)
        }
    }

    // MARK: - Helpers

    /// Hundredfold's environment for a traced program: the database in `HUNDREDFOLD_DB` and
    /// `DATABASE_URL` (`sqlite:///` and its absolute path), the scale, the trace file and the tracing library prepended to any `LD_PRELOAD`.
    static func tracedEnvironment(database: String, scale: Int, trace: String, library: URL) -> [String:
        String]
    {
        var environment = ProcessInfo.processInfo.environment
        environment["HUNDREDFOLD_DB"] = database
        environment["DATABASE_URL"] = "sqlite:///" + database
        environment["HUNDREDFOLD_SCALE"] = String(scale)
        environment["HUNDREDFOLD_TRACE_FILE"] = trace
        environment["LD_PRELOAD"] = ([library.path] + (environment["LD_PRELOAD"].map { [$0] } ?? [])).joined(
            separator: " ")
        return environment
    }

    func stop(_ step: CommandStep, _ message: String, kind: String = "error") -> ScenarioStop {
        ScenarioStop(kind: kind, scale: scale, message: "\(step.location): \(step.keyPath): \(message)")
    }

    /// Size and modification time: a change means the program wrote the database.
    static func stamp(_ path: String) -> [String] {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        return [
            "\(attributes[.size] ?? "")",
            "\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)",
        ]
    }
}
