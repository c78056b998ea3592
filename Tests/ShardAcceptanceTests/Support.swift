import Foundation
import TestSupport
import Testing

/// The checkout these tests run from, for the bundled `Scenarios/` and `action.yml`.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ path: String) -> URL { url.appendingPathComponent(path) }
}

/// A temporary project folder to run `hundredfold` in, with its own empty `TMPDIR`.
struct Project {
    let url: URL
    let tmp: TemporaryDirectory
    /// The temporary folder ``remove()`` deletes; nil for a ``subfolder(_:)``.
    private let owned: TemporaryDirectory?

    init() throws {
        let folder = try TemporaryDirectory(prefix: "hf-shard-acceptance")
        url = folder.url
        owned = folder
        tmp = try TemporaryDirectory(prefix: "hf-shard-tmpdir")
    }

    private init(url: URL, tmp: TemporaryDirectory) {
        self.url = url
        self.tmp = tmp
        owned = nil
    }

    /// A folder inside this one (created), run in with the same `TMPDIR`; removed with this one.
    func subfolder(_ path: String) throws -> Project {
        let inner = url.appendingPathComponent(path, isDirectory: true)
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        return Project(url: inner, tmp: tmp)
    }

    @discardableResult
    func write(_ contents: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    func read(_ path: String) -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Copies a folder of the checkout (e.g. `Scenarios`) into the project under the same name.
    func copyFromCheckout(_ path: String) throws {
        try FileManager.default.copyItem(at: PackageRoot.file(path), to: url.appendingPathComponent(path))
    }

    /// Every file below the folder (git's own aside), as sorted relative paths.
    func files() -> [String] {
        let base = url.resolvingSymlinksInPath().path
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if !path.split(separator: "/").contains(".git"),
                FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Runs `hundredfold ARGUMENTS` in the project folder.
    func hf(_ arguments: [String]) throws -> HundredfoldBinary.Result {
        try HundredfoldBinary.run(arguments, in: url, environment: ["TMPDIR": tmp.url.path])
    }

    func remove() {
        owned?.remove()
        if owned != nil { tmp.remove() }
    }
}

extension HundredfoldBinary.Result {
    /// The run, for failure messages.
    var log: String {
        "exit \(exitCode)\n--- stdout ---\n\(stdout.prefix(3000))\n--- stderr ---\n\(stderr.prefix(3000))"
    }
}

// MARK: - Reports

/// What the tests read from a `hundredfold.report/1` file.
struct ReportFile {
    let data: Data
    let root: [String: Any]

    init?(_ data: Data?) {
        guard let data, let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return nil
        }
        self.data = data
        self.root = root
    }

    var scenarios: [[String: Any]] { root["scenarios"] as? [[String: Any]] ?? [] }
    var scenarioNames: [String] { scenarios.compactMap { $0["name"] as? String } }
    var verdict: String? { root["verdict"] as? String }
    var schema: String? { root["schema"] as? String }
}

/// Reads the report at `path` in `project`, recording an issue (with the run that should have
/// written it) when it is missing or not a JSON object.
func report(
    _ path: String, in project: Project, after result: HundredfoldBinary.Result,
    sourceLocation: SourceLocation = #_sourceLocation
) -> ReportFile? {
    guard let report = ReportFile(project.read(path)) else {
        Issue.record("no JSON report at \(path)\n\(result.log)", sourceLocation: sourceLocation)
        return nil
    }
    return report
}

/// `value` with every member whose key is a timing figure removed, at any depth.
func withoutTiming(_ value: Any) -> Any {
    if let object = value as? [String: Any] {
        return object.filter { !Interface.isTimingKey($0.key) }.mapValues(withoutTiming)
    }
    if let array = value as? [Any] { return array.map(withoutTiming) }
    return value
}

/// The first place two parsed JSON values differ, as a key path with both sides.
func firstDifference(_ lhs: Any?, _ rhs: Any?, path: String = "$") -> String? {
    switch (lhs, rhs) {
    case (let l as [String: Any], let r as [String: Any]):
        for key in Set(l.keys).union(r.keys).sorted() {
            if let difference = firstDifference(l[key], r[key], path: "\(path).\(key)") { return difference }
        }
        return nil
    case (let l as [Any], let r as [Any]):
        if l.count != r.count { return "\(path): \(l.count) elements vs \(r.count)" }
        for index in l.indices {
            if let difference = firstDifference(l[index], r[index], path: "\(path)[\(index)]") {
                return difference
            }
        }
        return nil
    default:
        let l = lhs.map { "\($0)" } ?? "(absent)"
        let r = rhs.map { "\($0)" } ?? "(absent)"
        return l == r && (lhs is NSNumber) == (rhs is NSNumber) ? nil : "\(path): \(l) vs \(r)"
    }
}

/// The merged report equals the unsharded one once timing figures are removed: as parsed JSON,
/// and also byte for byte (key order, number and string spelling) apart from whitespace.
func expectSameApartFromTiming(
    merged: ReportFile, unsharded: ReportFile, sourceLocation: SourceLocation = #_sourceLocation
) {
    let difference = firstDifference(withoutTiming(merged.root), withoutTiming(unsharded.root))
    #expect(
        difference == nil, "merged vs unsharded, timing aside: \(difference ?? "")",
        sourceLocation: sourceLocation)
    do {
        let mergedText = try OrderedJSON.parse(merged.data).withoutTiming().text
        let unshardedText = try OrderedJSON.parse(unsharded.data).withoutTiming().text
        let same = mergedText == unshardedText
        #expect(
            same,
            "merged differs from unsharded in key order or spelling (timing aside) at \(divergence(mergedText, unshardedText))",
            sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(error)", sourceLocation: sourceLocation)
    }
}

/// Where two texts first differ, with some context from each.
func divergence(_ lhs: String, _ rhs: String) -> String {
    let common = zip(lhs, rhs).prefix { $0 == $1 }.count
    let from = max(0, common - 120)
    return
        "character \(common):\n  merged:    …\(lhs.dropFirst(from).prefix(300))\n  unsharded: …\(rhs.dropFirst(from).prefix(300))"
}

// MARK: - Refusals

/// A refusal of bad input: exit 2, nothing on stdout, a message on stderr naming `file` (when
/// given) and one of `mentionsOneOf` (when given), and not reported as a bug.
func expectRefusal(
    _ result: HundredfoldBinary.Result, naming file: String? = nil, mentionsOneOf words: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        result.exitCode == 2, "expected exit 2 (bad input)\n\(result.log)", sourceLocation: sourceLocation)
    #expect(
        result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
        "a refusal prints no result\n\(result.log)", sourceLocation: sourceLocation)
    let message = result.stderr.lowercased()
    #expect(!message.isEmpty, "a refusal explains itself\n\(result.log)", sourceLocation: sourceLocation)
    #expect(
        !message.contains("internal error"), "bad input reported as a bug\n\(result.log)",
        sourceLocation: sourceLocation)
    if let file {
        #expect(
            result.stderr.contains(file), "the message names \(file)\n\(result.log)",
            sourceLocation: sourceLocation)
    }
    if !words.isEmpty {
        #expect(
            words.contains { message.contains($0.lowercased()) },
            "the message mentions one of \(words)\n\(result.log)",
            sourceLocation: sourceLocation)
    }
}
