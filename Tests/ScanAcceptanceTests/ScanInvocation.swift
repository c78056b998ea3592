import Foundation
import TestSupport

// MARK: - The scan's JSON, decoded independently of the implementation's own types

/// One finding as `hundredfold scan --format json` prints it. Every core name of PRODUCT.md is
/// required, so a report that drops one fails to decode.
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

    enum CodingKeys: String, CodingKey {
        case rule, severity, path, line, column, call, kind, confidence, new, message, hint
        case loopLine = "loop_line"
    }

    /// The identity used for matching against expectations.
    var key: FindingKey { FindingKey(rule: rule, path: path, line: line) }
}

/// Rule, path and line: what a corpus expectation names.
struct FindingKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    var rule: String
    var path: String
    var line: Int

    static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.path, lhs.line, lhs.rule) < (rhs.path, rhs.line, rhs.rule)
    }

    var description: String { "\(rule) \(path):\(line)" }
}

/// The whole JSON document of a scan.
struct ScanDocument: Decodable, Sendable {
    var schema: String
    var findings: [ScanFinding]
}

/// A scan's process result together with its decoded JSON (nil when stdout was not valid JSON).
struct ScanOutcome: Sendable {
    var result: HundredfoldBinary.Result
    var document: ScanDocument?
    var decodeError: String?

    var findings: [ScanFinding] { document?.findings ?? [] }
}

// MARK: - Running the scan

enum Scan {
    /// Runs `hundredfold scan ARGUMENTS --format json` in `directory` and decodes stdout.
    static func json(
        _ arguments: [String], in directory: URL, stdin: Data? = nil
    ) throws -> ScanOutcome {
        let result = try HundredfoldBinary.run(
            ["scan"] + arguments + ["--format", "json"], in: directory, stdin: stdin)
        return decode(result)
    }

    static func decode(_ result: HundredfoldBinary.Result) -> ScanOutcome {
        do {
            let document = try JSONDecoder().decode(ScanDocument.self, from: Data(result.stdout.utf8))
            return ScanOutcome(result: result, document: document, decodeError: nil)
        } catch {
            return ScanOutcome(result: result, document: nil, decodeError: "\(error)")
        }
    }

    /// `git diff ARGUMENTS` in `directory`, as the exact bytes git wrote (through `--output`, so
    /// non-UTF-8 content survives), for feeding to `--diff`.
    static func gitDiff(_ arguments: [String], in directory: URL) throws -> Data {
        let output = directory.appendingPathComponent(".git/acceptance-\(UUID().uuidString).diff")
        defer { try? FileManager.default.removeItem(at: output) }
        try Git.run(["diff", "--output=\(output.path)"] + arguments, in: directory)
        return try Data(contentsOf: output)
    }
}

// MARK: - Locations

enum Locations {
    /// This test target's folder.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The corpus of realistic diffs.
    static let corpus = testsFolder.appendingPathComponent("Corpus", isDirectory: true)
    /// The package root (two levels above this folder).
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
}
