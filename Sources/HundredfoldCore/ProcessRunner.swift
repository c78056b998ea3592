import Foundation

/// Runs a program to completion and collects what it printed: the one way the package starts
/// child processes that it talks to through pipes (git, the `hundredfold` binary).
///
/// stdout is read on the calling thread while stderr is drained, and stdin fed, on other threads,
/// so a child that fills one pipe while we wait on another cannot deadlock. What a failure *means*
/// is the caller's business: ``run(_:_:in:environment:input:stopOnInterrupt:)`` only throws
/// ``StartError`` when the program cannot be started at all, and returns any exit status.
public enum ProcessRunner {
    /// What the child printed and how it exited.
    public struct Output: Sendable {
        /// The exit status (the signal number when it was killed by one).
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: [UInt8]

        /// stdout decoded as UTF-8 (invalid bytes replaced).
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// stderr decoded as UTF-8 (invalid bytes replaced).
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The program could not be started (missing, not executable, bad folder).
    public struct StartError: Error {
        public var executable: String
        public var reason: String
    }

    // MARK: - Running

    /// Runs `executable ARGUMENTS` in `directory` with our environment plus `environment`.
    ///
    /// stdin is `input` when given, else `/dev/null`. With `stopOnInterrupt`, a SIGINT/SIGTERM/SIGHUP
    /// received while the child runs terminates it (and waits for it) before any earlier
    /// ``SignalCleanup/onInterrupt(_:)`` action runs.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        input: [UInt8]? = nil, stopOnInterrupt: Bool = false
    ) throws(StartError) -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw StartError(executable: executable.path, reason: error.localizedDescription)
        }
        let running = RunningProcess(process)
        let registration =
            stopOnInterrupt ? SignalCleanup.onInterrupt { running.terminate() } : nil
        defer { registration.map(SignalCleanup.remove) }
        if let input, let writer = inputPipe?.fileHandleForWriting {
            Thread {
                writer.write(Data(input))
                try? writer.close()
            }.start()
        }
        let stderr = PipeDrain(errors.fileHandleForReading)
        let stdout = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr.wait())
    }
}

// MARK: - Helpers

/// Reads a pipe to its end on a thread of its own; ``wait()`` returns the bytes.
private final class PipeDrain: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            bytes = [UInt8](handle.readDataToEndOfFile())
            done.signal()
        }.start()
    }

    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}

/// A started `Process` handed to the interrupt thread, which may stop it.
private final class RunningProcess: @unchecked Sendable {
    private let process: Process

    init(_ process: Process) {
        self.process = process
    }

    func terminate() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
