import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - A guarded run of the real binary

/// One run of `hundredfold`, with its wall time and how it ended.
struct GuardedResult: CustomStringConvertible {
    var exitCode: Int32
    /// Ended by a signal (a crash, or our kill after the guard).
    var signaled: Bool
    /// Still running when the guard ran out (a hang); it was killed.
    var timedOut: Bool
    var stdout: String
    var stderr: String
    var seconds: Double

    var description: String {
        "exit \(exitCode)\(signaled ? " (signal)" : "")\(timedOut ? " (killed after the guard)" : ""), "
            + String(format: "%.2f s", seconds)
            + "\nstdout: \(stdout.prefix(1500))\nstderr: \(stderr.prefix(3000))"
    }
}

/// Wall times of every guarded run, so the slowest bad input can be reported.
enum WallTimes {
    nonisolated(unsafe) private static var times: [(String, Double)] = []
    private static let lock = NSLock()

    static func record(_ label: String, _ seconds: Double) {
        lock.lock()
        times.append((label, seconds))
        let slowest = times.max { $0.1 < $1.1 }
        lock.unlock()
        print("[bad-input] \(String(format: "%.3f", seconds)) s  \(label)")
        if let slowest {
            print("[bad-input] slowest so far: \(String(format: "%.3f", slowest.1)) s  \(slowest.0)")
        }
    }
}

/// Runs `hundredfold ARGUMENTS` in `directory`, output to files (no pipe can block it), killed
/// with SIGKILL when it runs past `limit` seconds: a bad input must never hang.
func guarded(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    stdinFile: URL? = nil, limit: Double = 10, label: String? = nil
) throws -> GuardedResult {
    let outputs = try TemporaryDirectory(prefix: "hf-badinput-output")
    defer { outputs.remove() }
    let outURL = outputs.url.appendingPathComponent("out")
    let errURL = outputs.url.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let inHandle =
        try stdinFile.map { try FileHandle(forReadingFrom: $0) }
        ?? FileHandle(forReadingAtPath: "/dev/null")

    let process = Process()
    process.executableURL = HundredfoldBinary.url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = inHandle

    let start = Date()
    try process.run()
    var timedOut = false
    while process.isRunning {
        if Date().timeIntervalSince(start) > limit {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            break
        }
        usleep(10_000)
    }
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    try? outHandle.close()
    try? errHandle.close()
    try? inHandle?.close()
    let result = GuardedResult(
        exitCode: process.terminationStatus,
        signaled: process.terminationReason == .uncaughtSignal,
        timedOut: timedOut,
        stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
        stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
        seconds: seconds)
    WallTimes.record(label ?? arguments.joined(separator: " "), seconds)
    return result
}

// MARK: - A project folder that is a real git repository

/// A temporary folder holding `repo/` (a git repository: the project) and `outside/` beside it,
/// plus a private `TMPDIR` to see leftovers.
struct Project {
    let root: TemporaryDirectory
    var url: URL { root.url.appendingPathComponent("repo") }
    var outside: URL { root.url.appendingPathComponent("outside") }
    var tmp: URL { root.url.appendingPathComponent("tmp") }

    init() throws {
        root = try TemporaryDirectory(prefix: "hf-badinput")
        for folder in [url, outside, tmp] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Git.run(["init", "-q", "-b", "main"], in: url)
        try Git.run(["config", "core.autocrlf", "false"], in: url)
    }

    @discardableResult
    func write(_ text: String, to path: String) throws -> URL {
        try writeBytes(Data(text.utf8), to: path)
    }

    @discardableResult
    func writeBytes(_ data: Data, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    func commitAll(_ message: String = "change") throws {
        try Git.run(["add", "-A"], in: url)
        try Git.run(["commit", "-q", "--allow-empty", "--no-verify", "-m", message], in: url)
    }

    func run(_ arguments: [String], stdinFile: URL? = nil, limit: Double = 10, label: String? = nil) throws
        -> GuardedResult
    {
        try guarded(
            arguments, in: url, environment: ["TMPDIR": tmp.path], stdinFile: stdinFile, limit: limit,
            label: label)
    }

    /// Files in the private TMPDIR (temporary databases, scratch folders left behind).
    func tmpLeftovers() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
    }

    /// Every file of the work tree (outside `.git`), relative, sorted.
    func files() -> [String] {
        var found: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        while let path = enumerator?.nextObject() as? String {
            if path == ".git" || path.hasPrefix(".git/") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                found.append(path)
            }
        }
        return found.sorted()
    }

    func remove() { root.remove() }
}

// MARK: - Assertions

/// Phrases of libyaml's C API, Swift's `DecodingError`, Foundation's JSON reader and stack traces:
/// none may reach a user.
let leakedInternals = [
    "yaml_", "set with", "Maximum nesting level", "Expected to decode", "Array<", "Dictionary<",
    "DecodingError", "dataCorrupted", "typeMismatch", "keyNotFound", "valueNotFound",
    "not in the correct format", "couldn’t be read", "couldn't be read", "NSCocoaErrorDomain",
    "Swift.", "Foundation.", "Yams", "Fatal error", "Stack dump", "0x0000",
    "expected an integer, found the integer",
]

/// `FILE:LINE:COLUMN` locations in `text` whose file ends with `fileName`.
func locations(in text: String, file fileName: String) -> [(line: Int, column: Int)] {
    let escaped = NSRegularExpression.escapedPattern(for: fileName)
    guard let regex = try? NSRegularExpression(pattern: "\(escaped):(\\d+):(\\d+)") else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
        guard let line = Int(ns.substring(with: $0.range(at: 1))),
            let column = Int(ns.substring(with: $0.range(at: 2)))
        else { return nil }
        return (line, column)
    }
}

/// The run ended on its own in time, without a signal, with one of the documented exit codes.
func expectNoHangNoCrash(
    _ result: GuardedResult, allowed: Set<Int32> = [0, 1, 2], sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(!result.timedOut, "hang: killed after the guard; \(result)", sourceLocation: sourceLocation)
    #expect(!result.signaled, "crash: ended by a signal; \(result)", sourceLocation: sourceLocation)
    #expect(
        allowed.contains(result.exitCode), "exit \(result.exitCode), expected one of \(allowed.sorted()); \(result)",
        sourceLocation: sourceLocation)
}

/// A refused bad input: in time, no crash, exit 2, `error` on stderr, nothing on stdout, no internal
/// text leaked; with `file`, a `FILE:LINE:COLUMN` location (its line in `line`, its column `column`).
func expectRefused(
    _ result: GuardedResult, file: String? = nil, line: ClosedRange<Int>? = nil, column: Int? = nil,
    mentions: [String] = [], mentionsOneOf: [String] = [], never: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectNoHangNoCrash(result, allowed: [2], sourceLocation: sourceLocation)
    #expect(
        result.stderr.lowercased().contains("error"), "no error message; \(result)", sourceLocation: sourceLocation)
    #expect(
        result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
        "bad input printed results; \(result)", sourceLocation: sourceLocation)
    #expect(
        !result.stderr.lowercased().contains("internal error"), "bad input reported as a bug; \(result)",
        sourceLocation: sourceLocation)
    for phrase in leakedInternals where result.stderr.contains(phrase) {
        Issue.record("internal text `\(phrase)` in the message; \(result)", sourceLocation: sourceLocation)
    }
    for phrase in never where result.stderr.contains(phrase) {
        Issue.record("`\(phrase)` must not appear; \(result)", sourceLocation: sourceLocation)
    }
    let lowered = result.stderr.lowercased()
    for word in mentions where !lowered.contains(word.lowercased()) {
        Issue.record("`\(word)` missing from the message; \(result)", sourceLocation: sourceLocation)
    }
    if !mentionsOneOf.isEmpty, !mentionsOneOf.contains(where: { lowered.contains($0.lowercased()) }) {
        Issue.record("none of \(mentionsOneOf) in the message; \(result)", sourceLocation: sourceLocation)
    }
    guard let file else { return }
    let found = locations(in: result.stderr, file: file)
    guard let first = found.first else {
        Issue.record("the message names no \(file):LINE:COLUMN; \(result)", sourceLocation: sourceLocation)
        return
    }
    if let line {
        #expect(
            line.contains(first.line), "located at line \(first.line), expected \(line); \(result)",
            sourceLocation: sourceLocation)
    }
    if let column {
        #expect(
            first.column == column, "located at column \(first.column), expected \(column); \(result)",
            sourceLocation: sourceLocation)
    }
}

/// The 1-based line of the first line of `text` containing `needle`.
func lineOf(_ needle: String, in text: String) -> Int {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.contains(needle) {
        return index + 1
    }
    Issue.record("fixture has no line containing \(needle)")
    return -1
}
