import Foundation
import TestSupport
import Testing

// MARK: - A scratch project folder with its own TMPDIR

/// A temporary project folder to run `hundredfold run` in, plus an empty folder used as the
/// child's `TMPDIR` so leftover temporary databases can be seen.
struct Workspace {
    let project: TemporaryDirectory
    let tmp: TemporaryDirectory

    init() throws {
        project = try TemporaryDirectory(prefix: "hf-run-acceptance")
        tmp = try TemporaryDirectory(prefix: "hf-run-tmpdir")
    }

    var url: URL { project.url }

    @discardableResult
    func write(_ contents: String, to path: String) throws -> URL {
        try project.write(contents, to: path)
    }

    func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func read(_ path: String) -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path)
    }

    /// Runs `hundredfold ARGS` in the project folder with `TMPDIR` pointing at the empty folder.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws
        -> HundredfoldBinary.Result
    {
        var env = ["TMPDIR": tmp.url.path]
        for (key, value) in environment { env[key] = value }
        return try HundredfoldBinary.run(arguments, in: url, environment: env)
    }

    /// Runs `hundredfold run ARGS --out NAME` and parses the JSON report written to NAME.
    func runReport(_ arguments: [String], out: String = "report.json") throws
        -> (HundredfoldBinary.Result, J)
    {
        let result = try run(["run"] + arguments + ["--out", out])
        guard let data = read(out) else {
            Issue.record(
                "no report at \(out); exit \(result.exitCode)\nstdout: \(result.stdout)\nstderr: \(result.stderr)"
            )
            return (result, J(nil))
        }
        return (result, J.parse(data))
    }

    /// Files left in the child's TMPDIR.
    func tmpLeftovers() -> [String] { tmp.listFiles() }

    func remove() {
        project.remove()
        tmp.remove()
    }
}

// MARK: - Minimal JSON navigation (tests see only the binary, not the report model)

/// A JSON value as parsed by `JSONSerialization`, navigable by key and index.
struct J: CustomStringConvertible {
    let raw: Any?

    init(_ raw: Any?) { self.raw = raw }

    static func parse(_ data: Data) -> J {
        do {
            return J(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            Issue.record("not JSON: \(error)\n\(String(decoding: data.prefix(2000), as: UTF8.self))")
            return J(nil)
        }
    }

    static func parse(_ text: String) -> J { parse(Data(text.utf8)) }

    subscript(_ key: String) -> J { J((raw as? [String: Any])?[key]) }

    subscript(_ index: Int) -> J {
        guard let array = raw as? [Any], index >= 0, index < array.count else { return J(nil) }
        return J(array[index])
    }

    var exists: Bool { raw != nil && !(raw is NSNull) }
    var isObject: Bool { raw is [String: Any] }
    var array: [J] { (raw as? [Any])?.map(J.init) ?? [] }
    var isArray: Bool { raw is [Any] }
    var keys: [String] { (raw as? [String: Any]).map { Array($0.keys).sorted() } ?? [] }
    var string: String? { raw as? String }
    /// JSON `true`/`false` (an NSNumber of type `c` after JSONSerialization; plain 0 and 1 are not).
    private var isBoolean: Bool {
        if let number = raw as? NSNumber, type(of: number) != Bool.self {
            return String(cString: number.objCType) == "c"
        }
        return raw is Bool && !(raw is Int) && !(raw is Double)
    }

    var bool: Bool? { isBoolean ? (raw as? NSNumber)?.boolValue ?? (raw as? Bool) : nil }

    var double: Double? {
        if isBoolean { return nil }
        if let number = raw as? NSNumber { return number.doubleValue }
        if let value = raw as? Double { return value }
        if let value = raw as? Int { return Double(value) }
        return nil
    }

    var int: Int? { double.flatMap { $0 == $0.rounded() ? Int($0) : nil } }

    var description: String {
        guard let raw, JSONSerialization.isValidJSONObject(raw),
            let data = try? JSONSerialization.data(withJSONObject: raw, options: [.sortedKeys])
        else { return String(describing: raw) }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Report shortcuts

    func scenario(_ name: String) -> J {
        J(
            array.first { $0["name"].string == name }?.raw
                ?? self["scenarios"].array.first {
                    $0["name"].string == name
                }?.raw)
    }

    func scale(_ scale: Int) -> J {
        J(self["scales"].array.first { $0["scale"].int == scale }?.raw)
    }

    func growth(_ figure: String) -> J { self["growth"][figure] }
}

// MARK: - Assertions

/// `actual` is within 10% + 2 of `expected` (the calibration tolerance).
func about(_ actual: Double?, _ expected: Double, percent: Double = 10, absolute: Double = 2) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= expected * percent / 100 + absolute
}

/// Lower-cased, whitespace-collapsed text, for loose fingerprint matching.
func normalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

/// The 1-based line of the first line of `text` containing `needle` (after `skipping` earlier hits).
func lineOf(_ needle: String, in text: String, occurrence: Int = 1) -> Int {
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.contains(needle) {
        seen += 1
        if seen == occurrence { return index + 1 }
    }
    Issue.record("fixture has no line containing \(needle)")
    return -1
}

/// The 1-based column where `needle` starts on its line.
func columnOf(_ needle: String, in text: String) -> Int {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if let range = line.range(of: needle) {
            return line.distance(from: line.startIndex, to: range.lowerBound) + 1
        }
    }
    return -1
}

/// The `FILE:LINE:COLUMN` locations in `stderr` whose file ends with `fileName`.
func locations(in stderr: String, file fileName: String) -> [(line: Int, column: Int)] {
    let escaped = NSRegularExpression.escapedPattern(for: fileName)
    guard let regex = try? NSRegularExpression(pattern: "\(escaped):(\\d+):(\\d+)") else { return [] }
    let ns = stderr as NSString
    return regex.matches(in: stderr, range: NSRange(location: 0, length: ns.length)).compactMap {
        guard let line = Int(ns.substring(with: $0.range(at: 1))),
            let column = Int(ns.substring(with: $0.range(at: 2)))
        else { return nil }
        return (line, column)
    }
}

/// Both spellings of an array index in a key path: `a.steps[1].query` and `a.steps.1.query`.
func keyPathSpellings(_ path: String) -> [String] {
    let dotted = path.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
    return dotted == path ? [path] : [path, dotted]
}

/// Checks a bad-input run: exit 2, nothing on stdout, `FILE:LINE:COLUMN: error:` on stderr with the
/// right line (and column when given), the key path, and every word in `mentions`.
func expectBadInput(
    _ result: HundredfoldBinary.Result, file: String, line: ClosedRange<Int>? = nil,
    column: Int? = nil, keyPath: String? = nil, mentions: [String] = [],
    mentionsOneOf: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
) {
    let context = "exit \(result.exitCode)\nstdout: \(result.stdout)\nstderr: \(result.stderr)"
    #expect(result.exitCode == 2, "expected exit 2 (bad input); \(context)", sourceLocation: sourceLocation)
    #expect(
        result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
        "bad input must not print results; \(context)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("error"), "no `error:` in \(context)", sourceLocation: sourceLocation)
    let found = locations(in: result.stderr, file: file)
    #expect(
        !found.isEmpty, "stderr does not name \(file):LINE:COLUMN; \(context)", sourceLocation: sourceLocation
    )
    if let first = found.first {
        if let line {
            #expect(
                line.contains(first.line), "line \(first.line), expected \(line); \(context)",
                sourceLocation: sourceLocation)
        }
        if let column {
            #expect(
                first.column == column, "column \(first.column), expected \(column); \(context)",
                sourceLocation: sourceLocation)
        }
    }
    if let keyPath {
        #expect(
            keyPathSpellings(keyPath).contains { result.stderr.contains($0) },
            "key path \(keyPath) missing; \(context)", sourceLocation: sourceLocation)
    }
    let lowered = result.stderr.lowercased()
    for word in mentions {
        #expect(
            lowered.contains(word.lowercased()), "`\(word)` missing; \(context)",
            sourceLocation: sourceLocation)
    }
    if !mentionsOneOf.isEmpty {
        #expect(
            mentionsOneOf.contains { lowered.contains($0.lowercased()) },
            "none of \(mentionsOneOf) mentioned; \(context)", sourceLocation: sourceLocation)
    }
    #expect(
        !lowered.contains("internal error"), "bad input reported as a bug; \(context)",
        sourceLocation: sourceLocation)
}

/// Describes a run for failure messages.
func describe(_ result: HundredfoldBinary.Result) -> String {
    "exit \(result.exitCode)\nstdout: \(result.stdout.prefix(4000))\nstderr: \(result.stderr.prefix(4000))"
}
