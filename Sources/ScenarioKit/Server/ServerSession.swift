import Foundation
import HundredfoldCore
import SQLiteHarness
import TraceIngest

#if canImport(Glibc)
    import Glibc
#endif

/// One scale's run of `workload.server`: started on its own copy of the scale's database with the
/// preload tracer, polled until ready, sent one request at a time, then stopped with its whole
/// process group and its trace split by request.
///
/// Attribution: before each request the client writes the request's number into a small file
/// the tracer maps (`HUNDREDFOLD_TRACE_REQUEST_FILE`); every statement record carries the number
/// in force when the statement started. Requests are sent one at a time and the next number is
/// written only after the previous response has been read in full, so a statement belongs to the
/// request the server was answering when it ran; what the server runs after its response (a
/// connection closed after the body was sent) counts toward the next request. Statements before
/// the first request (start-up, the `ready` polls) carry 0 and are not counted. With the request
/// file named, the tracer writes each line at once, so the trace is whole however the server ends;
/// it is read after the server has stopped.
final class ServerSession {
    let spec: ServerSpec
    let port: UInt16
    let scale: Int
    let deadline: Deadline
    let pid: pid_t
    private let base: String
    private let copy: String
    private let files: [String]
    private let counter: Int32
    private let directory: URL
    private let stampBefore: [String]
    private let program: String?
    /// The scale's scratch PostgreSQL database the server runs on instead of a traced SQLite copy;
    /// its statements are counted per exchange by ``send(_:params:)``'s caller.
    let postgres: PostgresProgramCounter?
    private var exchanges = 0
    private var running = true

    /// Starts the server and waits until its `ready` request answers 2xx. Throws ``RunnerError``
    /// (after stopping it) when it exits, binds another port, or is not ready in time.
    static func start(
        _ spec: ServerSpec, database: String, postgres: PostgresProgramCounter? = nil,
        temporaryDirectory: URL,
        deadline: Deadline, scale: Int
    ) throws -> ServerSession {
        let session = try ServerSession(
            spec, database: database, postgres: postgres, temporaryDirectory: temporaryDirectory,
            deadline: deadline, scale: scale)
        do {
            try session.waitUntilReady()
        } catch {
            session.stop()
            throw error
        }
        return session
    }

    private init(
        _ spec: ServerSpec, database: String, postgres: PostgresProgramCounter?, temporaryDirectory: URL,
        deadline: Deadline, scale: Int
    ) throws {
        self.spec = spec
        self.scale = scale
        self.deadline = deadline
        self.postgres = postgres
        let library = postgres == nil ? try CommandStepRunner.library(at: spec.location, spec.keyPath) : nil
        base = temporaryDirectory.appendingPathComponent(Leftovers.name("hundredfold-server")).path
        copy = base + ".sqlite"
        let trace = base + ".trace.ndjson"
        let counterPath = base + ".request"
        files = [
            copy, copy + "-journal", copy + "-wal", copy + "-shm", trace, counterPath, base + ".stdout",
            base + ".stderr",
        ]
        SignalCleanup.deleteOnInterrupt(files)
        directory = URL(fileURLWithPath: spec.location.file).deletingLastPathComponent()
        let files = files
        let fail = { (message: String) -> ScenarioStop in
            SignalCleanup.delete(files)
            return ScenarioStop(
                kind: "error", scale: scale, message: "\(spec.location): \(spec.keyPath): \(message)")
        }
        do {
            if postgres == nil { try FileManager.default.copyItem(atPath: database, toPath: copy) }
            try Data(count: 8).write(to: URL(fileURLWithPath: counterPath))
        } catch {
            throw fail("cannot prepare the server's database: \(error.localizedDescription)")
        }
        counter = open(counterPath, O_WRONLY | O_CLOEXEC)
        guard counter >= 0 else { throw fail("cannot open the request counter file (errno \(errno))") }
        guard let port = GroupProcesses.freeLoopbackPort() else {
            close(counter)
            throw fail("cannot find a free port on 127.0.0.1")
        }
        self.port = port
        stampBefore = CommandStepRunner.stamp(copy)
        let command = Placeholders.fill(spec.command) { $0 == "port" ? String(port) : nil }
        var environment: [String: String]
        if let library {
            environment = CommandStepRunner.tracedEnvironment(
                database: copy, scale: scale, trace: trace, library: library)
            environment["HUNDREDFOLD_TRACE_REQUEST_FILE"] = counterPath
        } else {
            environment = postgres?.applied(to: ProcessInfo.processInfo.environment) ?? [:]
            environment["HUNDREDFOLD_DB"] = nil
            environment["HUNDREDFOLD_SCALE"] = String(scale)
        }
        program = CommandTemplate.program(of: command, path: environment["PATH"] ?? "/usr/bin:/bin")
        do {
            pid = try ProcessGroup.spawn(
                command, in: directory, environment: environment, stdout: base + ".stdout",
                stderr: base + ".stderr")
        } catch {
            close(counter)
            throw fail("cannot start /bin/sh for the server")
        }
    }

    deinit {
        stop()
        SignalCleanup.delete(files)
    }

    // MARK: - Requests

    /// Sends `step` with the request's `params`; returns the exchange's number. A response that is
    /// not 2xx, or none at all, stops the scenario showing what came back.
    func send(_ step: HTTPStep, params: [String: SQLValue]) throws -> Int {
        exchanges += 1
        var number = Int64(exchanges)
        _ = withUnsafeBytes(of: &number) { pwrite(counter, $0.baseAddress, 8, 0) }
        let text = { (name: String) in params[name].map(CommandTemplate.text(of:)) }
        let path = Placeholders.fill(step.target.path) { text($0).map(Self.percentEncoded) }
        let line = "\(step.target.method) \(path)"
        let response: HTTPResponse
        do {
            response = try HTTPClient.send(
                step.target.method, path,
                headers: step.headers.map { ($0.name, Placeholders.fill($0.value, text)) },
                body: step.body.map { Array(Placeholders.fill($0, text).utf8) }, port: port,
                deadline: deadline.end)
        } catch .timedOut {
            throw ScenarioStop.timeLimit(seconds: deadline.seconds, scale: scale)
        } catch {
            throw failure(at: step, "`\(line)` got no response: \(describe(error))")
        }
        guard (200..<300).contains(response.status) else {
            throw failure(
                at: step,
                "`\(line)` answered \(response.status) \(response.reason)" + Self.bodyStart(response))
        }
        return exchanges
    }

    // MARK: - Stopping

    /// Stops the server and returns the statements it ran on its database, by exchange number.
    func finish() throws -> [Int: [TracedStatement]] {
        defer { SignalCleanup.delete(files) }
        stop()
        if postgres != nil { return [:] }
        let log: TraceLog
        do {
            log = try TraceLog(contentsOf: URL(fileURLWithPath: base + ".trace.ndjson"))
        } catch {
            throw failure("\(error)")
        }
        switch Traceability.statements(
            in: log, database: URL(fileURLWithPath: copy),
            databaseChanged: CommandStepRunner.stamp(copy) != stampBefore,
            programs: program.map { [$0] } ?? [])
        {
        case .success(let statements): return Dictionary(grouping: statements) { $0.request ?? 0 }
        case .failure(let reason): throw failure("\(reason)", kind: "untraceable")
        }
    }

    /// Ends the server's process group: SIGTERM, then SIGKILL to whatever is left after 2 s. Does
    /// nothing the second time.
    func stop() {
        guard running else { return }
        running = false
        close(counter)
        ProcessGroup.stop(pid, grace: .seconds(2))
    }

    // MARK: - Failures

    /// A stop at the server's declaration, once it has stopped (its trace unreadable or untraceable).
    func failure(_ message: String, kind: String = "error") -> ScenarioStop {
        ScenarioStop(kind: kind, scale: scale, message: "\(spec.location): \(spec.keyPath): \(message)")
    }

    /// Bad input at the server's declaration (it cannot be run as declared), with its last output.
    func startFailure(_ message: String) -> RunnerError {
        RunnerError(
            spec.location, spec.keyPath, message + serverOutput(),
            hint: "the command must start the server in the foreground, listening on 127.0.0.1:{port}")
    }

    /// A stop at an `http:` step, with the server's last output.
    func failure(at step: HTTPStep, _ message: String) -> ScenarioStop {
        ScenarioStop(
            kind: "error", scale: scale,
            message: "\(step.location): \(step.keyPath): \(message)" + serverOutput())
    }

    private func serverOutput() -> String {
        let output = CapturedOutput.tail(
            base, replacing: [copy: "$HUNDREDFOLD_DB", directory.path + "/": "", NSHomeDirectory(): "~"])
        return output.replacingOccurrences(of: "--- stdout", with: "--- server stdout")
            .replacingOccurrences(of: "--- stderr", with: "--- server stderr")
    }
}
