import Foundation
import TestSupport
import Testing

@Suite("hundredfold.yml: bad globs and unknown keys are located errors")
struct ConfigurationBadInputTests {
    /// A repository with one Python file and `config` as its `hundredfold.yml`; runs `scan --all`.
    private func scan(config: String, label: String) throws -> GuardedResult {
        let project = try Project()
        defer { project.remove() }
        try project.write("def f(db, ids):\n    for i in ids:\n        db.execute(\"SELECT 1\", i)\n", to: "app.py")
        try project.write(config, to: "hundredfold.yml")
        try project.commitAll()
        return try project.run(["scan", "--all", "--fail-on", "none"], label: label)
    }

    @Test("ignore: [\"[\"] is a bad glob")
    func bracketGlob() throws {
        let text = "scan:\n  ignore: [\"[\"]\n"
        expectRefused(try scan(config: text, label: "glob ["), file: "hundredfold.yml", line: 2...2)
    }

    @Test("ignore: [\"**/[\"] is a bad glob")
    func doubleStarBracketGlob() throws {
        let text = "scan:\n  ignore:\n    - \"vendor/**\"\n    - \"**/[\"\n"
        expectRefused(try scan(config: text, label: "glob **/["), file: "hundredfold.yml", line: 4...4, column: 7)
    }

    @Test("test_paths: [\"[\"] is a bad glob")
    func testPathsGlob() throws {
        let text = "scan:\n  test_paths: [\"qa/[\"]\n"
        expectRefused(try scan(config: text, label: "test_paths glob"), file: "hundredfold.yml", line: 2...2)
    }

    @Test("An empty ignore pattern")
    func emptyGlob() throws {
        let text = "scan:\n  ignore: [\"\"]\n"
        expectRefused(try scan(config: text, label: "empty glob"), file: "hundredfold.yml", line: 2...2)
    }

    @Test("An unknown key under scan:")
    func unknownScanKey() throws {
        let text = "scan:\n  ignroe: [\"vendor/**\"]\n"
        expectRefused(
            try scan(config: text, label: "config unknown key"), file: "hundredfold.yml", line: 2...2, column: 3,
            mentions: ["ignore"])
    }

    @Test("An unknown top-level key")
    func unknownTopKey() throws {
        let text = "scna:\n  ignore: [\"vendor/**\"]\n"
        expectRefused(
            try scan(config: text, label: "config unknown top key"), file: "hundredfold.yml", line: 1...1,
            column: 1, mentions: ["scan"])
    }

    @Test("Malformed hundredfold.yml stops run before anything runs")
    func malformedForRun() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(goodScenario, to: "Scenarios/good.yml")
        try project.write("budgets:\n  default:\n    queries_per_request: { max: 5\n", to: "hundredfold.yml")
        try project.write(sentinel, to: "report.json")
        let before = project.files()
        let result = try project.run(["run", "--out", "report.json"], label: "run with malformed config")
        expectRefused(result, file: "hundredfold.yml", line: 3...4)
        expectNothingLeft(project, before: before, result: result)
    }

    @Test("An alias bomb as keys in hundredfold.yml")
    func configAliasBomb() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...12 {
            let name = "k\(level)"
            text += "\(name): &\(name) {" + (0..<9).map { "? *\(previous) : \($0)" }.joined(separator: ", ") + "}\n"
            previous = name
        }
        expectRefused(try scan(config: text, label: "config alias bomb"), file: "hundredfold.yml")
    }
}

@Suite("Malformed reports to compare and check: located errors, nothing written")
struct ReportBadInputTests {
    /// A project with a real `base.json` (from `run`), `head.json` = `head` and an existing `out.md`.
    private func compare(head: (String) -> Data, label: String, command: String = "compare") throws
        -> (GuardedResult, String)
    {
        let project = try Project()
        defer { project.remove() }
        try project.write(goodScenario, to: "good.yml")
        let made = try project.run(["run", "good.yml", "--out", "base.json"], label: "make base report")
        expectNoHangNoCrash(made, allowed: [0])
        let base = (try? String(contentsOf: project.url.appendingPathComponent("base.json"), encoding: .utf8)) ?? ""
        try project.writeBytes(head(base), to: "head.json")
        try project.write(sentinel, to: "out.md")
        let before = project.files()
        let arguments =
            command == "compare" ? ["compare", "base.json", "head.json", "--out", "out.md"] : ["check", "head.json"]
        let result = try project.run(arguments, label: label)
        let out = try? String(contentsOf: project.url.appendingPathComponent("out.md"), encoding: .utf8)
        #expect(out == sentinel, "the existing --out file changed; \(result)")
        #expect(project.files() == before, "files appeared: \(project.files())")
        return (result, String(decoding: head(base), as: UTF8.self))
    }

    @Test("A truncated report is located where it ends, not at 1:1")
    func truncated() throws {
        let (result, text) = try compare(head: { Data($0.utf8.prefix($0.utf8.count / 2)) }, label: "compare truncated")
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        expectRefused(result, file: "head.json", line: (lastLine - 1)...(lastLine + 1))
    }

    @Test("check: a truncated report is located where it ends")
    func checkTruncated() throws {
        let (result, text) = try compare(
            head: { Data($0.utf8.prefix($0.utf8.count / 2)) }, label: "check truncated", command: "check")
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        expectRefused(result, file: "head.json", line: (lastLine - 1)...(lastLine + 1))
    }

    @Test("A value of the wrong type is located at its line, in plain words")
    func wrongType() throws {
        // `"scales": [` of the first scenario becomes `"scales": "nope",` with the array removed.
        let (result, text) = try compare(
            head: { base in
                guard let data = base.data(using: .utf8),
                    var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                    var scenarios = object["scenarios"] as? [[String: Any]], !scenarios.isEmpty
                else { return Data(base.utf8) }
                scenarios[0]["scales"] = "nope"
                object["scenarios"] = scenarios
                return (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
                    ?? Data()
            }, label: "compare wrong type")
        let line = lineOf("\"nope\"", in: text)
        expectRefused(result, file: "head.json", line: line...line, mentions: ["scales"])
    }

    @Test("An empty report file")
    func empty() throws {
        let (result, _) = try compare(head: { _ in Data() }, label: "compare empty")
        expectRefused(result, file: "head.json", line: 1...1)
    }

    @Test("A JSON array instead of a report")
    func array() throws {
        let (result, _) = try compare(head: { _ in Data("[1, 2]\n".utf8) }, label: "compare array")
        expectRefused(result, file: "head.json", line: 1...1)
    }

    @Test("Binary garbage instead of a report")
    func garbage() throws {
        let (result, _) = try compare(
            head: { _ in Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }) },
            label: "compare garbage")
        expectRefused(result, file: "head.json")
    }

    @Test("A folder instead of a report says so")
    func folder() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(goodScenario, to: "good.yml")
        expectNoHangNoCrash(try project.run(["run", "good.yml", "--out", "base.json"], label: "make base"), allowed: [0])
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("head.json"), withIntermediateDirectories: true)
        let result = try project.run(["compare", "base.json", "head.json"], label: "compare folder")
        expectRefused(result, mentions: ["head.json"], mentionsOneOf: ["folder", "directory"])
    }
}
