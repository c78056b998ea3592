import Foundation

/// Runs a program and collects what it printed; the one place the job starts processes.
///
/// The running child is registered with ``InterruptCleanup`` so Ctrl-C or SIGTERM stops it before
/// the temporary worktree is removed.
enum ChildProcesses {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable ARGUMENTS` in `directory`; stderr is collected (and echoed to ours when
    /// `echoStderr`, so the user sees the child's progress and errors).
    static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        InterruptCleanup.shared.register(child: process)
        defer { InterruptCleanup.shared.unregister(child: process) }
        nonisolated(unsafe) var errData = Data()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            errData = errPipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        reader.start()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs git; throws with its stderr when it fails.
    static func git(_ arguments: [String], in directory: URL) throws -> String {
        let output = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory)
        guard output.status == 0 else {
            throw GitCommandFailure(
                arguments: arguments, message: output.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A git command that exited non-zero; mapped to a ``PreMergeError`` by the caller that knows why.
struct GitCommandFailure: Error {
    var arguments: [String]
    var message: String
}
