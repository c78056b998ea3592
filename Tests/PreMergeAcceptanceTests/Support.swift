import Foundation
import TestSupport
import Testing

// MARK: - Running the binary

extension HundredfoldBinary.Result {
    /// Everything the command said, stdout then stderr.
    var combined: String { stdout + "\n" + stderr }

    /// A one-line description for failure messages.
    var summary: String { "exit \(exitCode)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)" }
}

/// Runs `hundredfold ARGUMENTS` in `directory`.
@discardableResult
func hf(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
) throws -> HundredfoldBinary.Result {
    try HundredfoldBinary.run(arguments, in: directory, environment: environment)
}

// MARK: - JSON

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

func parseJSON(file: URL) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: file), options: [.fragmentsAllowed])
}

func number(_ any: Any?) -> Double? {
    if let value = any as? NSNumber, !String(describing: type(of: value)).contains("Boolean") {
        return value.doubleValue
    }
    if let dict = any as? [String: Any] { return number(dict["mean"]) }
    return nil
}

func approxEqual(_ lhs: Double?, _ rhs: Double?, tolerance: Double = 1e-9) -> Bool {
    guard let lhs, let rhs else { return false }
    return abs(lhs - rhs) <= tolerance * max(1, abs(lhs), abs(rhs))
}

/// Navigates a `hundredfold.report/1` document by its fixed names.
struct Report {
    let root: [String: Any]

    init(_ any: Any) throws {
        guard let root = any as? [String: Any] else { throw TestFailure("report is not an object") }
        self.root = root
    }

    init(file: URL) throws { try self.init(parseJSON(file: file)) }
    init(text: String) throws { try self.init(parseJSON(text)) }

    var schema: String? { root["schema"] as? String }
    var verdict: String? { root["verdict"] as? String }
    var scenarios: [[String: Any]] { root["scenarios"] as? [[String: Any]] ?? [] }
    var scenarioNames: [String] { scenarios.compactMap { $0["name"] as? String } }

    func scenario(_ name: String) -> [String: Any]? {
        scenarios.first { ($0["name"] as? String) == name }
    }

    func scales(_ name: String) -> [[String: Any]] {
        scenario(name)?["scales"] as? [[String: Any]] ?? []
    }

    func scaleNumbers(_ name: String) -> [Int] {
        scales(name).compactMap { ($0["scale"] as? NSNumber)?.intValue }
    }

    func scale(_ name: String, _ scale: Int) -> [String: Any]? {
        scales(name).first { ($0["scale"] as? NSNumber)?.intValue == scale }
    }

    /// A figure by its ``Figure`` raw value at one scale.
    func figure(_ name: String, scale: Int, _ figure: String) -> Double? {
        guard let result = self.scale(name, scale) else { return nil }
        switch figure {
        case "queries_per_request": return number((result["queries_per_request"] as? [String: Any])?["mean"])
        case "latency_p50_ms": return number((result["latency_ms"] as? [String: Any])?["p50"])
        case "latency_p95_ms": return number((result["latency_ms"] as? [String: Any])?["p95"])
        case "latency_p99_ms": return number((result["latency_ms"] as? [String: Any])?["p99"])
        case "cost_per_request_usd": return number((result["cost"] as? [String: Any])?["per_request_usd"])
        case "cost_per_month_usd": return number((result["cost"] as? [String: Any])?["per_month_usd"])
        case "full_scans_per_request":
            let scans = result["full_scans"] as? [[String: Any]] ?? []
            return scans.reduce(0.0) { $0 + (number($1["per_request"]) ?? 0) }
        case "repeated_statements_max":
            let repeated = result["repeated_statements"] as? [[String: Any]] ?? []
            return Double(repeated.compactMap { number($0["count"]) }.max() ?? 0)
        default: return number(result[figure])
        }
    }

    func growthClass(_ name: String, _ figure: String) -> String? {
        ((scenario(name)?["growth"] as? [String: Any])?[figure] as? [String: Any])?["class"] as? String
    }
}

// MARK: - Comparison records, whatever the exact nesting of the compare JSON

/// One `{base, head, delta}` entry found anywhere in a compare document, with the strings that
/// identify it: path keys and string values of the entry and its ancestors.
struct DeltaRecord {
    var context: Set<String>
    var scale: Int?
    var keys: Set<String>
    var base: Double?
    var head: Double?
    var delta: Double?
}

func deltaRecords(in any: Any) -> [DeltaRecord] {
    var records: [DeltaRecord] = []
    func walk(_ node: Any, _ context: Set<String>, _ scale: Int?) {
        if let dict = node as? [String: Any] {
            var here = context
            for value in dict.values { if let string = value as? String { here.insert(string) } }
            var scaleHere = scale
            if let value = dict["scale"] as? NSNumber { scaleHere = value.intValue }
            if dict.keys.contains("base"), dict.keys.contains("head"),
                number(dict["base"]) != nil || number(dict["head"]) != nil
            {
                records.append(
                    DeltaRecord(
                        context: here, scale: scaleHere, keys: Set(dict.keys), base: number(dict["base"]),
                        head: number(dict["head"]), delta: number(dict["delta"])))
            }
            for (key, value) in dict {
                walk(value, here.union([key]), Int(key) ?? scaleHere)
            }
        } else if let array = node as? [Any] {
            for element in array { walk(element, context, scale) }
        }
    }
    walk(any, [], nil)
    return records
}

func records(
    _ all: [DeltaRecord], scenario: String, scale: Int, figure: String
) -> [DeltaRecord] {
    all.filter { $0.context.contains(scenario) && $0.context.contains(figure) && $0.scale == scale }
}

/// True when an occurrence of the string `name` in the document sits among keys or string values
/// (of its own object or an enclosing one) that contain `marker` (for example "added").
func isMarked(_ name: String, as marker: String, in any: Any) -> Bool {
    var found = false
    func walk(_ node: Any, _ context: [String]) {
        if let string = node as? String {
            if string == name, context.contains(where: { $0.lowercased().contains(marker) }) { found = true }
        } else if let dict = node as? [String: Any] {
            let here = context + dict.values.compactMap { $0 as? String }
            for (key, value) in dict { walk(value, here + [key]) }
        } else if let array = node as? [Any] {
            for element in array { walk(element, context) }
        }
    }
    walk(any, [])
    return found
}

// MARK: - Numbers as a human-facing summary may print them

/// Ways a report for people may write `value`: plain, with thousands separators, rounded.
func renderings(of value: Double) -> [String] {
    var out: Set<String> = []
    if value.rounded() == value, abs(value) < 1e15 {
        let integer = Int(value)
        out.insert(String(integer))
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US")
        if let grouped = formatter.string(from: NSNumber(value: integer)) { out.insert(grouped) }
        out.insert(String(format: "%.1f", value))
        if integer >= 1000 { out.insert(String(format: "%.1fk", value / 1000)) }
        if integer >= 1000, integer % 1000 == 0 { out.insert("\(integer / 1000)k") }
    }
    for digits in 1...4 { out.insert(String(format: "%.\(digits)f", value)) }
    out.insert(String(format: "%g", value))
    return out.sorted()
}

func mentions(_ text: String, _ value: Double) -> Bool {
    renderings(of: value).contains { text.contains($0) }
}

// MARK: - Files

func read(_ url: URL) -> String {
    (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}

func exists(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.path)
}

/// Every regular file under `directory` with its bytes, keyed by relative path.
func snapshot(_ directory: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = directory.resolvingSymlinksInPath().path
    let enumerator = FileManager.default.enumerator(atPath: base)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = base + "/" + path
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[path] = FileManager.default.contents(atPath: full)
        }
    }
    return result
}

/// Whether an HTML document pulls a script, style sheet, font or image from the network.
func externalResourceReferences(in html: String) -> [String] {
    let patterns = [
        #"<script[^>]*\bsrc\s*=\s*["']?\s*(https?:)?//"#,
        #"<link[^>]*\bhref\s*=\s*["']?\s*(https?:)?//"#,
        #"<img[^>]*\bsrc\s*=\s*["']?\s*(https?:)?//"#,
        #"<image[^>]*\bhref\s*=\s*["']?\s*(https?:)?//"#,
        #"<iframe[^>]*\bsrc\s*="#,
        #"url\(\s*["']?\s*(https?:)?//"#,
        #"@import"#,
        // Self-contained: no local side files either (data: URIs are fine).
        #"<script[^>]*\bsrc\s*=\s*(?!["']?\s*data:)"#,
        #"<link[^>]*\brel\s*=\s*["']?stylesheet"#,
        #"<img[^>]*\bsrc\s*=\s*(?!["']?\s*data:)"#,
    ]
    var hits: [String] = []
    for pattern in patterns {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            continue
        }
        let range = NSRange(html.startIndex..., in: html)
        for match in regex.matches(in: html, range: range) {
            if let swiftRange = Range(match.range, in: html) { hits.append(String(html[swiftRange])) }
        }
    }
    return hits
}
