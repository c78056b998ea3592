import Foundation
import TestSupport
import Testing

// MARK: - Environment

enum Python {
    /// True when `python3` runs here; the tests that need it are skipped otherwise.
    static let available: Bool = {
        let result = try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "--version"])
        return result?.exitCode == 0
    }()

    /// Runs `python3 ARGUMENTS` directly (no tracing) in `directory`.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> HundredfoldBinary.Result {
        try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, in: directory,
            environment: environment)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension HundredfoldBinary.Result {
    var summary: String { "exit \(exitCode)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)" }
}

@discardableResult
func hf(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
) throws -> HundredfoldBinary.Result {
    try HundredfoldBinary.run(arguments, in: directory, environment: environment)
}

/// A private TMPDIR inside `directory`, to see that a run leaves no temporary database behind.
func privateTemporaryDirectory(in directory: URL) throws -> URL {
    let tmp = directory.appendingPathComponent("private-tmp")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    return tmp
}

func contents(of directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
}

func read(_ url: URL) -> String {
    (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}

func lines(_ url: URL) -> [String] {
    read(url).split(separator: "\n").map(String.init)
}

// MARK: - The JSON report

func number(_ any: Any?) -> Double? {
    if let value = any as? NSNumber, !String(describing: type(of: value)).contains("Boolean") {
        return value.doubleValue
    }
    return nil
}

/// Navigates a `hundredfold.report/1` document by its fixed names.
struct Report {
    let root: [String: Any]

    init(file: URL) throws {
        let any = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        guard let root = any as? [String: Any] else { throw TestFailure("report is not an object") }
        self.root = root
    }

    var verdict: String? { root["verdict"] as? String }

    func scenario(_ name: String) -> [String: Any]? {
        (root["scenarios"] as? [[String: Any]] ?? []).first { ($0["name"] as? String) == name }
    }

    func scale(_ name: String, _ scale: Int) -> [String: Any]? {
        (scenario(name)?["scales"] as? [[String: Any]] ?? []).first {
            ($0["scale"] as? NSNumber)?.intValue == scale
        }
    }

    func queries(_ name: String, _ scale: Int) -> (mean: Double?, max: Double?) {
        let value = self.scale(name, scale)?["queries_per_request"] as? [String: Any]
        return (number(value?["mean"]), number(value?["max"]))
    }

    func repeated(_ name: String, _ scale: Int) -> [(fingerprint: String, count: Int)] {
        (self.scale(name, scale)?["repeated_statements"] as? [[String: Any]] ?? []).map {
            (($0["fingerprint"] as? String) ?? "", Int(number($0["count"]) ?? 0))
        }
    }

    func growthClass(_ name: String, _ figure: String) -> String? {
        ((scenario(name)?["growth"] as? [String: Any])?[figure] as? [String: Any])?["class"] as? String
    }
}

/// SQL normalized for loose matching: lower case, single spaces.
func normalized(_ sql: String) -> String {
    sql.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

// MARK: - Processes

/// Runs the binary with its output in files (so a stray grandchild holding a pipe cannot block
/// the test) and stops it after `seconds`; `exitCode` is nil when it had to be stopped.
func runWithDeadline(
    _ arguments: [String], in directory: URL, environment extra: [String: String] = [:], seconds: Double
) throws -> (exitCode: Int32?, stdout: String, stderr: String) {
    let outURL = directory.appendingPathComponent("deadline.stdout")
    let errURL = directory.appendingPathComponent("deadline.stderr")
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
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    var exitCode: Int32?
    if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    } else {
        process.waitUntilExit()
        exitCode = process.terminationStatus
    }
    return (exitCode, read(outURL), read(errURL))
}

/// Process ids whose command line contains `marker`.
func processes(containing marker: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> Int32? in
        guard let pid = Int32(entry), pid != getpid(),
            let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
        else { return nil }
        let commandLine = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
        return commandLine.contains(marker) ? pid : nil
    }
}
