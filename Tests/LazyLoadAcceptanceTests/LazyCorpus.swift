import Foundation
import TestSupport

// MARK: - The corpus on disk

/// One case of `Corpus/cases.json`: a realistic multi-file repository change (`<name>/base`,
/// `<name>/head`) and the findings it introduces (`<name>/expected.json`, empty for a look-alike).
struct LazyCase: Decodable, Sendable, CustomStringConvertible {
    var name: String
    var language: String
    /// The ORM whose semantics the case exercises (`Django`, `SQLAlchemy`, `ActiveRecord`, ...).
    var orm: String
    /// The template language the case involves, if any (`ERB`, `Django`, `Blade`, `Razor`, `EEx`).
    var template: String?
    var about: String

    var description: String { name }
    var folder: URL { LazyCorpus.folder.appendingPathComponent(name, isDirectory: true) }

    func expected() throws -> [LazyExpectation] {
        try JSONDecoder().decode(
            [LazyExpectation].self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    /// A look-alike: its change introduces no required finding.
    var isSafe: Bool { ((try? expected()) ?? []).allSatisfy { $0.optional == true } }

    /// A real repository with two commits: `base/`, then `head/`.
    func buildRepository() throws -> LazyRepository {
        let repo = try LazyRepository()
        try repo.commitTree(folder.appendingPathComponent("base"), message: "base")
        try repo.commitTree(folder.appendingPathComponent("head"), message: "head: \(about)")
        return repo
    }
}

/// A per-item read an HF107 finding must name in `via` (and SARIF `relatedLocations`).
struct ViaRead: Decodable, Hashable, Sendable, CustomStringConvertible {
    var path: String
    var line: Int
    var description: String { "\(path):\(line)" }
}

/// One expected finding. A finding matches when rule and path agree and its line lies in
/// `line...line_end` (`line_end` only for HF107, whose subject is a query statement that may span
/// lines). `loop_line`, when given, is the loop header the finding must name. `via`, when given,
/// lists per-item reads that must all appear in the finding's `via`. `optional` marks a second,
/// defensible report of the same problem (an HF101 on a per-item `Repo.preload` that the removed
/// eager load used to make a no-op): matching it is neither credited nor blamed.
struct LazyExpectation: Decodable, Hashable, Sendable, CustomStringConvertible {
    var rule: String
    var path: String
    var line: Int
    var lineEnd: Int?
    var loopLine: Int?
    var via: [ViaRead]?
    var optional: Bool?

    enum CodingKeys: String, CodingKey {
        case rule, path, line, via, optional
        case lineEnd = "line_end"
        case loopLine = "loop_line"
    }

    var lines: ClosedRange<Int> { line...max(line, lineEnd ?? line) }
    var description: String {
        "\(rule) \(path):\(line)" + (lineEnd.map { $0 > line ? "-\($0)" : "" } ?? "")
    }

    func matches(_ finding: LazyFinding) -> Bool {
        finding.rule == rule && finding.path == path && lines.contains(finding.line)
    }
}

enum LazyCorpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus", isDirectory: true)

    static func cases() throws -> [LazyCase] {
        try JSONDecoder().decode(
            [LazyCase].self, from: Data(contentsOf: folder.appendingPathComponent("cases.json")))
    }

    /// Case folders present on disk, to check the manifest names every one.
    static func folders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }
            .sorted()
    }
}

// MARK: - A real git repository per case

/// A real git repository in a temporary folder, built commit by commit.
struct LazyRepository {
    let directory: TemporaryDirectory
    var url: URL { directory.url }

    init() throws {
        directory = try TemporaryDirectory(prefix: "hundredfold-lazy-acceptance")
        try Git.run(["init", "-q", "-b", "main"], in: directory.url)
        try Git.run(["config", "core.autocrlf", "false"], in: directory.url)
    }

    /// Replaces the whole working tree (except `.git`) with a copy of `tree` and commits.
    func commitTree(_ tree: URL, message: String) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: url.path) where entry != ".git" {
            try manager.removeItem(at: url.appendingPathComponent(entry))
        }
        for entry in try manager.contentsOfDirectory(atPath: tree.path) {
            try manager.copyItem(
                at: tree.appendingPathComponent(entry), to: url.appendingPathComponent(entry))
        }
        try Git.run(["add", "-A"], in: url)
        try Git.run(["commit", "-q", "--allow-empty", "--no-verify", "-m", message], in: url)
    }

    func remove() { directory.remove() }
}

// MARK: - The scan's JSON, decoded independently of the implementation's own types

/// One hop of a finding's path: a per-item read for HF107, a call for HF101–HF105.
struct ViaHop: Decodable, Hashable, Sendable {
    var path: String
    var line: Int
    var name: String
}

/// One finding as `hundredfold scan --format json` prints it (contract: every field below).
struct LazyFinding: Decodable, Hashable, Sendable, CustomStringConvertible {
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

    var description: String { "\(rule) \(path):\(line)" }
}

struct LazyDocument: Decodable, Sendable {
    var findings: [LazyFinding]
}

struct LazyOutcome: Sendable {
    var result: HundredfoldBinary.Result
    var document: LazyDocument?
    var decodeError: String?
    var findings: [LazyFinding] { document?.findings ?? [] }
}

enum LazyScan {
    /// Runs `hundredfold scan ARGUMENTS --format json` in `directory` and decodes stdout.
    static func json(_ arguments: [String], in directory: URL) throws -> LazyOutcome {
        let result = try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: directory)
        do {
            let document = try JSONDecoder().decode(LazyDocument.self, from: Data(result.stdout.utf8))
            return LazyOutcome(result: result, document: document, decodeError: nil)
        } catch {
            return LazyOutcome(result: result, document: nil, decodeError: "\(error)")
        }
    }
}
