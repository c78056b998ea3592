import Foundation
import TestSupport

/// A `hundredfold` child process started directly with Foundation.Process, its output going to
/// files, so a test can signal it, and kill it when it overruns a guard instead of hanging.
final class GuardedProcess {
    let process = Process()
    private let outputs: TemporaryDirectory

    init(_ arguments: [String], in directory: URL, environment: [String: String]) throws {
        outputs = try TemporaryDirectory(prefix: "hf-guarded-output")
        FileManager.default.createFile(atPath: outputs.url.appendingPathComponent("out").path, contents: nil)
        FileManager.default.createFile(atPath: outputs.url.appendingPathComponent("err").path, contents: nil)
        process.executableURL = HundredfoldBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outputs.url.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: outputs.url.appendingPathComponent("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Polls until `condition` holds or `seconds` pass; true when it held.
    @discardableResult
    func wait(upTo seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    /// Waits for the child to exit; kills it (SIGKILL) after `seconds`. True when it exited in time.
    func waitForExit(guard seconds: Double) -> Bool {
        let exited = wait(upTo: seconds) { !process.isRunning }
        if !exited {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return exited
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    var exitCode: Int32 { process.terminationStatus }
    var wasKilledBySignal: Bool { process.terminationReason == .uncaughtSignal }

    var stdout: String { read("out") }
    var stderr: String { read("err") }

    private func read(_ name: String) -> String {
        String(decoding: FileManager.default.contents(atPath: outputs.url.appendingPathComponent(name).path) ?? Data(), as: UTF8.self)
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        outputs.remove()
    }
}
