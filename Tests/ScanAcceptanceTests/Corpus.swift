import Foundation

// MARK: - The corpus on disk

/// One case of `Corpus/cases.json`: a realistic change (`<name>/base`, `<name>/head`) and the
/// findings it introduces (`<name>/expected.json`; `expected-all.json` for whole-file scans).
struct CorpusCase: Decodable, Sendable, CustomStringConvertible {
    var name: String
    var language: String
    var about: String
    /// Also scanned as `git diff HEAD~1 | hundredfold scan --diff -` (every changed line of the
    /// case's relevant files lies inside the diff, so both inputs must agree).
    var stdin: Bool?
    /// Also scanned with `--all` against `expected-all.json`.
    var all: Bool?

    var description: String { name }
    var folder: URL { Corpus.folder.appendingPathComponent(name, isDirectory: true) }

    func expected() throws -> [Expectation] {
        try Corpus.expectations(at: folder.appendingPathComponent("expected.json"))
    }
    func expectedAll() throws -> [Expectation] {
        try Corpus.expectations(at: folder.appendingPathComponent("expected-all.json"))
    }

    /// A safe change: it introduces no finding at all.
    var isSafe: Bool { (try? expected().isEmpty) ?? false }

    /// A real repository with two commits: `base/`, then `head/`.
    func buildRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commitTree(folder.appendingPathComponent("base"), message: "base")
        try repo.commitTree(folder.appendingPathComponent("head"), message: "head: \(about)")
        return repo
    }
}

/// One expected finding. `alt_lines` lists other lines accepted for the same finding, used only
/// where a rule's subject is a construct spanning lines (the retried call or its loop, the
/// `addTask` or its loop), never to accept a different call.
struct Expectation: Decodable, Hashable, Sendable, CustomStringConvertible {
    var rule: String
    var path: String
    var line: Int
    var altLines: [Int]?

    enum CodingKeys: String, CodingKey {
        case rule, path, line
        case altLines = "alt_lines"
    }

    var lines: Set<Int> { Set([line] + (altLines ?? [])) }
    var description: String { "\(rule) \(path):\(line)" }

    func matches(_ key: FindingKey) -> Bool {
        key.rule == rule && key.path == path && lines.contains(key.line)
    }
}

enum Corpus {
    static let folder = Locations.corpus

    static func cases() throws -> [CorpusCase] {
        let data = try Data(contentsOf: folder.appendingPathComponent("cases.json"))
        return try JSONDecoder().decode([CorpusCase].self, from: data)
    }

    static func expectations(at url: URL) throws -> [Expectation] {
        try JSONDecoder().decode([Expectation].self, from: Data(contentsOf: url))
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
