import Foundation
import TestSupport
import Testing

// MARK: - Running programs

extension HundredfoldBinary.Result {
    /// Everything the command said, stdout then stderr.
    var combined: String { stdout + "\n" + stderr }

    /// A description for failure messages.
    var summary: String {
        "exit \(exitCode)\n--- stdout ---\n\(stdout.prefix(4000))\n--- stderr ---\n\(stderr.prefix(4000))"
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs `hundredfold ARGUMENTS` in `directory`.
@discardableResult
func hf(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
) throws -> HundredfoldBinary.Result {
    try HundredfoldBinary.run(arguments, in: directory, environment: environment)
}

/// `hundredfold --version`, trimmed.
func toolVersion() throws -> String {
    let result = try HundredfoldBinary.run(["--version"])
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// The folder holding this package's `Package.swift` (the repository root).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// An executable on `PATH`, or nil.
func executableOnPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
}

/// Runs a program found on `PATH` (through `/usr/bin/env`).
func runTool(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
) throws -> HundredfoldBinary.Result {
    try ChildProcess.run(
        URL(fileURLWithPath: "/usr/bin/env"), arguments, in: directory, environment: environment)
}

// MARK: - JSON

func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

func parseJSON(file: URL) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: file), options: [.fragmentsAllowed])
}

func number(_ any: Any?) -> Double? {
    guard let value = any as? NSNumber, !String(describing: type(of: value)).contains("Boolean") else {
        return nil
    }
    return value.doubleValue
}

/// A `hundredfold.report/1` document, read by the names PRODUCT.md fixes.
struct Report {
    let root: [String: Any]

    init(file: URL) throws {
        guard let root = try parseJSON(file: file) as? [String: Any] else {
            throw TestFailure("\(file.lastPathComponent) is not a JSON object")
        }
        self.root = root
    }

    var scenarios: [[String: Any]] { root["scenarios"] as? [[String: Any]] ?? [] }

    func scenario(_ name: String) -> [String: Any]? {
        scenarios.first { ($0["name"] as? String) == name }
    }

    func scales(_ name: String) -> [[String: Any]] {
        scenario(name)?["scales"] as? [[String: Any]] ?? []
    }

    func scale(_ name: String, _ scale: Int) -> [String: Any]? {
        scales(name).first { number($0["scale"]).map { Int($0) } == scale }
    }

    var largestScale: Int? {
        scenarios.flatMap { ($0["scales"] as? [[String: Any]]) ?? [] }.compactMap { number($0["scale"]) }
            .map { Int($0) }.max()
    }

    func queries(_ name: String, _ scale: Int) -> Double? {
        number((self.scale(name, scale)?["queries_per_request"] as? [String: Any])?["mean"])
    }

    func rowsRead(_ name: String, _ scale: Int) -> Double? {
        number(self.scale(name, scale)?["rows_read_per_request"])
    }

    /// `repeated_statements[]` of one scale as (fingerprint, count).
    func repeated(_ name: String, _ scale: Int) -> [(String, Double)] {
        let list = self.scale(name, scale)?["repeated_statements"] as? [[String: Any]] ?? []
        return list.compactMap { entry in
            guard let fingerprint = entry["fingerprint"] as? String, let count = number(entry["count"]) else {
                return nil
            }
            return (fingerprint, count)
        }
    }

    /// Names of the budgets of `name` that did not pass (`budgets[]` of the scenario).
    func failedBudgets(_ name: String) -> [String] {
        let budgets = scenario(name)?["budgets"] as? [[String: Any]] ?? []
        return budgets.filter { ($0["passed"] as? Bool) == false }.compactMap { $0["name"] as? String }
    }
}

// MARK: - Numbers as a report for people may print them

/// Ways a human-facing report may write `value`: plain, grouped, rounded, in thousands.
func renderings(of value: Double) -> Set<String> {
    var out: Set<String> = []
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.locale = Locale(identifier: "en_US")
    formatter.maximumFractionDigits = 0
    let rounded = value.rounded()
    if abs(rounded) < 1e15 {
        out.insert(String(Int(rounded)))
        if let grouped = formatter.string(from: NSNumber(value: rounded)) { out.insert(grouped) }
    }
    for digits in 1...2 {
        out.insert(String(format: "%.\(digits)f", value))
        formatter.minimumFractionDigits = digits
        formatter.maximumFractionDigits = digits
        if let grouped = formatter.string(from: NSNumber(value: value)) { out.insert(grouped) }
    }
    if abs(value) >= 1000 {
        out.insert(String(format: "%.1fk", value / 1000))
        out.insert(String(format: "%.0fk", value / 1000))
    }
    if abs(value) >= 1_000_000 {
        out.insert(String(format: "%.1fM", value / 1_000_000))
        out.insert(String(format: "%.0fM", value / 1_000_000))
    }
    return out
}

/// The numbers written in `text` (with grouping, decimals, a k or M suffix), each with whether a
/// `×` stands right before it.
func numberTokens(_ text: String) -> [(token: String, factor: Bool)] {
    let pattern = #"(×[\s\x{202F}]?)?(\d[\d,]*(?:\.\d+)?[kM]?)"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
        guard let number = Range(match.range(at: 2), in: text) else { return nil }
        let prefix = Range(match.range(at: 1), in: text).map { text[$0].contains("×") } ?? false
        return (String(text[number]).trimmingCharacters(in: CharacterSet(charactersIn: ",")), prefix)
    }
}

/// Whether `text` writes `value` as a whole number token (not as part of a longer number).
func mentionsNumber(_ text: String, _ value: Double) -> Bool {
    let forms = renderings(of: value)
    return numberTokens(text).contains { forms.contains($0.token) }
}

/// Whether `text` shows `value` as a factor: `×` right before one of its renderings.
func showsFactor(_ text: String, _ value: Double) -> Bool {
    let forms = renderings(of: value)
    return numberTokens(text).contains { $0.factor && forms.contains($0.token) }
}

// MARK: - Files

func read(_ url: URL) -> String {
    (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}

func exists(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.path)
}

/// Today's and the neighbouring dates as `yyyy-MM-dd` (UTC and local), for a report's date.
func nearbyDates() -> [String] {
    var out: Set<String> = []
    for zone in [TimeZone(identifier: "UTC"), TimeZone.current].compactMap({ $0 }) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd"
        for offset in [-86_400.0, 0, 86_400] {
            out.insert(formatter.string(from: Date().addingTimeInterval(offset)))
        }
    }
    return out.sorted()
}
