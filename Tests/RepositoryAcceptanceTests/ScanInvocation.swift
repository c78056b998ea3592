import Foundation
import TestSupport

// MARK: - The scan's JSON, decoded independently of the implementation's own types

/// One hop of a finding's path to its I/O call.
struct ViaHop: Decodable, Hashable, Sendable, CustomStringConvertible {
    var path: String
    var line: Int
    var name: String
    var description: String { "\(name)@\(path):\(line)" }
}

/// One finding as `hundredfold scan --format json` prints it. Every core name of the contract is
/// required, so a report that drops one fails to decode; `via` may be absent.
struct ScanFinding: Decodable, Hashable, Sendable {
    var rule: String
    var severity: String
    var path: String
    var line: Int
    var column: Int
    var loopLine: Int?
    var call: String
    var kind: String?
    var confidence: String
    var new: Bool
    var message: String
    var hint: String
    var via: [ViaHop]?

    enum CodingKeys: String, CodingKey {
        case rule, severity, path, line, column, call, kind, confidence, new, message, hint, via
        case loopLine = "loop_line"
    }

    var key: FindingKey { FindingKey(rule: rule, path: path, line: line) }
    var hops: [ViaHop] { via ?? [] }
}

/// Rule, path and line: what an expectation names.
struct FindingKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    var rule: String
    var path: String
    var line: Int

    static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.path, lhs.line, lhs.rule) < (rhs.path, rhs.line, rhs.rule)
    }

    var description: String { "\(rule) \(path):\(line)" }
}

struct ScanDocument: Decodable, Sendable {
    var findings: [ScanFinding]
}

/// A scan's process result together with its decoded JSON (nil when stdout was not valid JSON).
struct ScanOutcome: Sendable {
    var result: HundredfoldBinary.Result
    var document: ScanDocument?
    var decodeError: String?

    var findings: [ScanFinding] { document?.findings ?? [] }
}

enum Scan {
    /// Runs `hundredfold scan ARGUMENTS --format json` in `directory` and decodes stdout.
    static func json(_ arguments: [String], in directory: URL) throws -> ScanOutcome {
        decode(try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: directory))
    }

    static func decode(_ result: HundredfoldBinary.Result) -> ScanOutcome {
        do {
            let document = try JSONDecoder().decode(ScanDocument.self, from: Data(result.stdout.utf8))
            return ScanOutcome(result: result, document: document, decodeError: nil)
        } catch {
            return ScanOutcome(result: result, document: nil, decodeError: "\(error)")
        }
    }
}

enum Locations {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let corpus = testsFolder.appendingPathComponent("Corpus", isDirectory: true)
}

/// Rules a safe case must never trigger: per-iteration I/O, lazy loads, removed eager loading.
let repositoryRules: Set<String> = ["HF101", "HF102", "HF103", "HF104", "HF105", "HF106", "HF107"]
let perIterationRules: Set<String> = ["HF101", "HF102", "HF103", "HF104", "HF105"]
