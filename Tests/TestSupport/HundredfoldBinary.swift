import Foundation

/// Runs the built `hundredfold` executable as a real child process, the way a user or CI does.
///
/// The binary is found next to the test bundle in the build folder (`swift test` builds it), or at
/// `$HUNDREDFOLD_BIN` when set.
public enum HundredfoldBinary {
    public struct Result: Sendable {
        public var exitCode: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The executable's URL.
    public static var url: URL {
        if let override = ProcessInfo.processInfo.environment["HUNDREDFOLD_BIN"] {
            return URL(fileURLWithPath: override)
        }
        return productsDirectory.appendingPathComponent("hundredfold")
    }

    /// The build products folder (`.build/debug` or the scratch path's equivalent).
    public static var productsDirectory: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("hundredfold").path) {
                return url
            }
        }
        return Bundle.main.bundleURL
    }

    /// Runs `hundredfold ARGUMENTS` in `directory` with `environment` added to the inherited one,
    /// feeding `stdin`, and waits for it.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: Data? = nil
    ) throws -> Result {
        try ChildProcess.run(url, arguments, in: directory, environment: environment, stdin: stdin)
    }
}

/// Runs any program as a child process and collects its output.
public enum ChildProcess {
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:], stdin: Data? = nil
    ) throws -> HundredfoldBinary.Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        if let stdin { inPipe.fileHandleForWriting.write(stdin) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
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
        return .init(
            exitCode: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
