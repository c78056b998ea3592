import Foundation

/// The built binary running in the background with its output in files, so a process it leaves
/// behind cannot hold a pipe open and block the test; for runs that are signalled or may hang.
public final class RunningHundredfold: @unchecked Sendable {
    public struct Outcome: Sendable {
        /// Nil when the run had to be killed at the deadline.
        public var exitCode: Int32?
        public var stdout: String
        public var stderr: String

        public var output: String { stdout + stderr }

        /// The run, for failure messages.
        public var log: String {
            let status =
                exitCode.map { "exit \($0)" }
                ?? "killed at the deadline (a process it started may hold its output)"
            return "\(status)\n--- stdout ---\n\(stdout.suffix(4000))\n--- stderr ---\n\(stderr.suffix(4000))"
        }
    }

    private let process = Process()
    private let outURL: URL
    private let errURL: URL

    /// Starts `hundredfold ARGUMENTS` in `directory` with `environment` added to the inherited
    /// one (`DATABASE_URL` removed unless given).
    public init(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws {
        let stem = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hf-run-\(UUID().uuidString)")
        outURL = stem.appendingPathExtension("stdout")
        errURL = stem.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = HundredfoldBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["DATABASE_URL"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    public var isRunning: Bool { process.isRunning }

    /// Sends `signal` to the run (Ctrl-C is SIGINT).
    public func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits up to `seconds` (hang detection, never a timing assertion), then kills it.
    public func finish(within seconds: Double) -> Outcome {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        var exitCode: Int32?
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        } else {
            exitCode = process.terminationStatus
        }
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return Outcome(exitCode: exitCode, stdout: read(outURL), stderr: read(errURL))
    }
}
