import Foundation
import TestSupport
import Testing

/// A temporary project folder to run `hundredfold` in, with its own empty `TMPDIR` (readable by
/// the unprivileged `postgres` user, so a throwaway server can live in it).
struct Project {
    let url: URL
    let tmp: URL

    init() throws {
        url = try Folder.make(prefix: "hf-pg-acceptance")
        tmp = try Folder.make(prefix: "hf-pg-tmpdir")
    }

    @discardableResult
    func write(_ contents: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Runs `hundredfold ARGUMENTS` in the project folder with the private `TMPDIR`, stopping it
    /// after `seconds` (hang detection only); the exit code is nil when it had to be stopped.
    func hf(
        _ arguments: [String], environment: [String: String] = [:], seconds: Double = 300
    ) throws -> Run {
        var extra = environment
        extra["TMPDIR"] = tmp.path
        return try Run.start(arguments, in: url, environment: extra, seconds: seconds)
    }

    /// What is left in the private `TMPDIR` (it must be empty after every run).
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.removeItem(at: tmp)
    }
}

enum Folder {
    /// A fresh folder under `/tmp`, mode 0755 so the `postgres` user can reach into it.
    static func make(prefix: String) throws -> URL {
        let url = URL(fileURLWithPath: "/tmp/\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        return url
    }
}

/// One finished (or stopped) run of the binary.
struct Run {
    var exitCode: Int32?
    var stdout: String
    var stderr: String

    var log: String {
        "exit \(exitCode.map(String.init) ?? "none: stopped after the deadline")\n--- stdout ---\n\(stdout.prefix(4000))\n--- stderr ---\n\(stderr.prefix(4000))"
    }

    /// Runs the binary with its output in files (a stray grandchild holding a pipe cannot block
    /// the test) and kills it after `seconds`.
    static func start(
        _ arguments: [String], in directory: URL, environment extra: [String: String], seconds: Double
    ) throws -> Run {
        let outURL = directory.appendingPathComponent(".run-\(UUID().uuidString).stdout")
        let errURL = directory.appendingPathComponent(".run-\(UUID().uuidString).stderr")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = HundredfoldBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["DATABASE_URL"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        var exitCode: Int32?
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        } else {
            process.waitUntilExit()
            exitCode = process.terminationStatus
        }
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return Run(exitCode: exitCode, stdout: read(outURL), stderr: read(errURL))
    }
}

// MARK: - The JSON report

func number(_ any: Any?) -> Double? {
    if let value = any as? NSNumber, !String(describing: type(of: value)).contains("Boolean") {
        return value.doubleValue
    }
    return nil
}

/// A `hundredfold.report/1` document, navigated by its fixed names.
struct Report: @unchecked Sendable {
    let root: [String: Any]

    init(file: URL) throws {
        let any = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        guard let root = any as? [String: Any] else { throw TestFailure("report is not a JSON object") }
        self.root = root
    }

    /// Reads `path` in `project`, recording an issue with the run's log when it is missing.
    static func read(
        _ path: String, in project: Project, after run: Run, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Report? {
        do {
            return try Report(file: project.url.appendingPathComponent(path))
        } catch {
            Issue.record("no JSON report at \(path) (\(error))\n\(run.log)", sourceLocation: sourceLocation)
            return nil
        }
    }

    var engine: String? { root["engine"] as? String }

    func scenario(_ name: String) -> [String: Any]? {
        (root["scenarios"] as? [[String: Any]] ?? []).first { ($0["name"] as? String) == name }
    }

    func scales(_ name: String) -> [[String: Any]] { scenario(name)?["scales"] as? [[String: Any]] ?? [] }

    func scale(_ name: String, _ scale: Int) -> [String: Any]? {
        scales(name).first { number($0["scale"]).map(Int.init) == scale }
    }

    func queries(_ name: String, _ scale: Int) -> (mean: Double?, max: Double?) {
        let value = self.scale(name, scale)?["queries_per_request"] as? [String: Any]
        return (number(value?["mean"]), number(value?["max"]))
    }

    func repeated(_ name: String, _ scale: Int) -> [(fingerprint: String, count: Int)] {
        (self.scale(name, scale)?["repeated_statements"] as? [[String: Any]] ?? []).map {
            (($0["fingerprint"] as? String) ?? "", Int(number($0["count"]) ?? -1))
        }
    }

    /// The tables `full_scans` names at one scale (each entry a table name or an object with `table`).
    func fullScanTables(_ name: String, _ scale: Int) -> [String] {
        (self.scale(name, scale)?["full_scans"] as? [Any] ?? []).compactMap { item in
            (item as? String) ?? ((item as? [String: Any])?["table"] as? String)
        }
    }

    func growthClass(_ name: String, _ figure: String) -> String? {
        ((scenario(name)?["growth"] as? [String: Any])?[figure] as? [String: Any])?["class"] as? String
    }

    func comparison(_ name: String) -> [[String: Any]]? {
        scenario(name)?["engine_comparison"] as? [[String: Any]]
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A free loopback TCP port (bound, read, released).
func freePort() -> Int {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) }
    }
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Processes whose working folder or command line lies under `folder` (a PostgreSQL server's
/// processes all work in its data folder).
func processes(under folder: URL) -> [String] {
    let prefix = folder.resolvingSymlinksInPath().path
    let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter {
        Int($0) != nil
    }
    return pids.compactMap { pid in
        let cwd = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")) ?? ""
        let commandLine =
            (FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")).map {
                String(decoding: $0.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            } ?? ""
        guard cwd.hasPrefix(prefix) || commandLine.contains(prefix) else { return nil }
        return "\(pid) (cwd \(cwd)): \(commandLine)"
    }
}
