import Foundation

// MARK: - The corpus on disk

/// One case of `Corpus/cases.json`: a small repository (`<name>/base`, then `<name>/head`, each a
/// whole tree of 2–6 files) and the findings its head commit introduces (`<name>/expected.json`).
struct RepositoryCase: Decodable, Sendable, CustomStringConvertible {
    var name: String
    var language: String
    var about: String
    /// Also scanned with `--all`, which must report the same findings (or, for a safe case, none).
    var all: Bool?

    var description: String { name }
    var folder: URL { RepositoryCorpus.folder.appendingPathComponent(name, isDirectory: true) }

    func expected() throws -> [RepositoryExpectation] {
        try JSONDecoder().decode(
            [RepositoryExpectation].self,
            from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    /// A safe look-alike: its change introduces no finding at all.
    var isSafe: Bool { (try? expected().isEmpty) ?? false }

    /// Every expected finding lies in a test folder (reported as a note, never failing).
    var isTestFolderCase: Bool {
        guard let expected = try? expected(), !expected.isEmpty else { return false }
        return expected.allSatisfy { TestFolder.contains($0.path) }
    }

    /// The head tree's files, relative to `head/`, sorted.
    func headFiles() -> [String] { RepositoryCorpus.files(under: folder.appendingPathComponent("head")) }

    /// A real repository with two commits: `base/`, then `head/`.
    func buildRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commitTree(folder.appendingPathComponent("base"), message: "base")
        try repo.commitTree(folder.appendingPathComponent("head"), message: "head: \(about)")
        return repo
    }
}

/// The I/O call at the end of a finding's `via` path.
struct ViaEnd: Decodable, Hashable, Sendable, CustomStringConvertible {
    var path: String
    var line: Int
    var description: String { "\(path):\(line)" }
}

/// One expected finding: rule, path and line of the call inside the loop (the line of the call
/// expression's first token). For a finding that reaches I/O through the repository's own
/// functions, `via` is the I/O call itself (the last hop) and `hops` names, in order, the
/// repository functions the path passes through — the first one is the function called in the loop
/// and must be named by the message. `severity` is given only where it is fixed by the contract
/// (`note` for code under test folders).
struct RepositoryExpectation: Decodable, Hashable, Sendable, CustomStringConvertible {
    var rule: String
    var path: String
    var line: Int
    var via: ViaEnd?
    var hops: [String]?
    var severity: String?

    var description: String { "\(rule) \(path):\(line)" }

    func matches(_ key: FindingKey) -> Bool { key.rule == rule && key.path == path && key.line == line }
}

enum RepositoryCorpus {
    static let folder = Locations.corpus

    static func cases() throws -> [RepositoryCase] {
        let data = try Data(contentsOf: folder.appendingPathComponent("cases.json"))
        return try JSONDecoder().decode([RepositoryCase].self, from: data)
    }

    /// Case folders present on disk, to check that the manifest names every one.
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

    static func files(under root: URL) -> [String] {
        let base = root.resolvingSymlinksInPath().path
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }
}

/// The contract's test folders: `test/`, `tests/`, `spec/`, `__tests__/`, `src/test/`,
/// `*_test.go`, `test_*.py`, `*_spec.rb`, `*.test.ts`/`*.spec.ts` and the like.
enum TestFolder {
    static func contains(_ path: String) -> Bool {
        let components = path.split(separator: "/").map(String.init)
        let folders = Set(["test", "tests", "spec", "specs", "__tests__", "Tests"])
        if components.dropLast().contains(where: folders.contains) { return true }
        let file = components.last ?? ""
        return file.hasSuffix("_test.go") || (file.hasPrefix("test_") && file.hasSuffix(".py"))
            || file.hasSuffix("_spec.rb") || file.contains(".test.") || file.contains(".spec.")
    }
}
