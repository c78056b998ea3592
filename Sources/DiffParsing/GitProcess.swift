import Foundation

/// Runs `git` as a child process and collects its output as bytes.
enum GitProcess {
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    /// Runs `git ARGUMENTS` in `directory`; throws ``DiffError/gitFailed(command:message:)`` when
    /// git cannot be started at all.
    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DiffError.gitFailed(
                command: "git", message: "could not start git: \(error.localizedDescription)")
        }
        // Drain stderr on another thread so a chatty git cannot block on a full pipe.
        let collector = ErrorCollector(handle: errors.fileHandleForReading)
        let thread = Thread { collector.collect() }
        thread.start()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        collector.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: [UInt8](stdout), stderr: collector.bytes)
    }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    private let handle: FileHandle
    private let done = DispatchSemaphore(value: 0)
    private(set) var bytes: [UInt8] = []

    init(handle: FileHandle) {
        self.handle = handle
    }

    func collect() {
        bytes = [UInt8](handle.readDataToEndOfFile())
        done.signal()
    }

    func wait() {
        done.wait()
    }
}
