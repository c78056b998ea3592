import Foundation
import TestSupport
import Testing

/// A valid scenario, broken in one place per test.
let goodScenario = """
    name: good
    schema: |
      CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
      CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total REAL NOT NULL);
    data:
      users: { rows: 10, fixed: true, columns: { name: { text: [5, 12] } } }
      orders:
        rows: 50
        columns:
          user_id: { ref: users.id }
          total: { real: [1, 500] }
    workload:
      params:
        user_id: { pick: users.id }
      steps:
        - query: SELECT id FROM orders WHERE user_id = :user_id
          as: orders
        - for_each: orders
          steps:
            - query: SELECT total FROM orders WHERE id = :id
    requests: 2
    scales: [1, 2]
    seed: 1
    """

let sentinel = "SENTINEL: an earlier report that a refused run must not touch\n"

/// Writes `bytes` as `bad.yml` beside an existing `report.json`, runs `run bad.yml --out
/// report.json`, checks nothing was half-written or left behind, and returns the run.
func runScenario(_ bytes: Data, name: String = "bad.yml", label: String) throws -> GuardedResult {
    let project = try Project()
    defer { project.remove() }
    try project.writeBytes(bytes, to: name)
    try project.write(sentinel, to: "report.json")
    let before = project.files()
    let result = try project.run(["run", name, "--out", "report.json"], label: label)
    expectNothingLeft(project, before: before, result: result)
    return result
}

func runScenario(_ text: String, name: String = "bad.yml", label: String) throws -> GuardedResult {
    try runScenario(Data(text.utf8), name: name, label: label)
}

/// The existing `--out` file keeps its content, no file appeared in the project, TMPDIR is empty.
func expectNothingLeft(
    _ project: Project, before: [String], result: GuardedResult, sourceLocation: SourceLocation = #_sourceLocation
) {
    let report = (try? String(contentsOf: project.url.appendingPathComponent("report.json"), encoding: .utf8))
    #expect(report == sentinel, "the existing --out file changed; \(result)", sourceLocation: sourceLocation)
    #expect(project.files() == before, "files appeared: \(project.files()); \(result)", sourceLocation: sourceLocation)
    #expect(project.tmpLeftovers().isEmpty, "TMPDIR leftovers: \(project.tmpLeftovers())", sourceLocation: sourceLocation)
}

func broken(_ old: String, _ new: String) -> String {
    #expect(goodScenario.contains(old), "fixture lacks \(old)")
    return goodScenario.replacingOccurrences(of: old, with: new)
}

@Suite("Malformed scenario YAML: exit 2 at file:line:column, fast, nothing written")
struct ScenarioYAMLTests {
    @Test("The unbroken fixture runs (each case below fails by its one change)")
    func fixtureRuns() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(goodScenario, to: "good.yml")
        let result = try project.run(["run", "good.yml"], label: "fixture")
        expectNoHangNoCrash(result, allowed: [0])
    }

    // MARK: Syntax

    @Test("A tab used for indentation")
    func tabIndentation() throws {
        let text = broken("    rows: 50", "\trows: 50")
        let line = lineOf("\trows: 50", in: text)
        expectRefused(try runScenario(text, label: "tab indentation"), file: "bad.yml", line: (line - 1)...line)
    }

    @Test("A tab inside the block scalar of schema:")
    func tabInBlockScalar() throws {
        let text = broken("  CREATE TABLE orders", "\tCREATE TABLE orders")
        let line = lineOf("\tCREATE TABLE orders", in: text)
        expectRefused(try runScenario(text, label: "tab in block scalar"), file: "bad.yml", line: (line - 1)...line)
    }

    @Test("An unclosed double quote")
    func unclosedQuote() throws {
        let text = broken("name: good", "name: \"good")
        expectRefused(try runScenario(text, label: "unclosed quote"), file: "bad.yml")
    }

    @Test("An unclosed single quote on the last line is located at or after its line")
    func unclosedSingleQuoteLast() throws {
        let text = broken("seed: 1", "seed: '1")
        let line = lineOf("seed: '1", in: text)
        expectRefused(try runScenario(text, label: "unclosed single quote"), file: "bad.yml", line: line...(line + 1))
    }

    @Test("An unclosed flow sequence")
    func unclosedBracket() throws {
        let text = broken("scales: [1, 2]", "scales: [1, 2")
        let line = lineOf("scales: [1, 2", in: text)
        expectRefused(try runScenario(text, label: "unclosed ["), file: "bad.yml", line: line...(line + 1))
    }

    @Test("An unclosed flow mapping")
    func unclosedBrace() throws {
        let text = broken("user_id: { pick: users.id }", "user_id: { pick: users.id")
        let line = lineOf("user_id: { pick: users.id", in: text)
        expectRefused(try runScenario(text, label: "unclosed {"), file: "bad.yml", line: line...(line + 1))
    }

    @Test("CRLF line endings keep the error's line")
    func crlf() throws {
        let lf = broken("seed: 1", "sead: 1")
        // Counted on the LF text: Swift treats "\r\n" as one Character, so it cannot be split on "\n".
        let line = lineOf("sead: 1", in: lf)
        let text = lf.replacingOccurrences(of: "\n", with: "\r\n")
        expectRefused(try runScenario(text, label: "CRLF"), file: "bad.yml", line: line...line, column: 1)
    }

    @Test("An empty file is refused, not a silent empty run")
    func emptyFile() throws {
        expectRefused(try runScenario("", label: "empty scenario"), file: "bad.yml")
    }

    @Test("A file that is one scalar, not a mapping")
    func scalarDocument() throws {
        expectRefused(try runScenario("just some words\n", label: "scalar document"), file: "bad.yml", line: 1...1)
    }

    @Test("An error in the second document of a file is located in it")
    func secondDocument() throws {
        let second = broken("name: good", "name: second").replacingOccurrences(of: "seed: 1", with: "sead: 1")
        let text = goodScenario + "\n---\n" + second + "\n"
        let line = goodScenario.split(separator: "\n", omittingEmptySubsequences: false).count + 1
            + lineOf("sead: 1", in: second)
        expectRefused(try runScenario(text, label: "second document"), file: "bad.yml", line: line...line, column: 1)
    }

    // MARK: Keys and types

    @Test("A duplicate top-level key is located at the second one")
    func duplicateKey() throws {
        let text = broken("seed: 1", "seed: 1\nseed: 2")
        let line = lineOf("seed: 2", in: text)
        expectRefused(try runScenario(text, label: "duplicate key"), file: "bad.yml", line: line...line, column: 1)
    }

    @Test("A duplicate nested key")
    func duplicateNestedKey() throws {
        let text = broken("    rows: 50", "    rows: 50\n    rows: 60")
        let line = lineOf("rows: 60", in: text)
        expectRefused(try runScenario(text, label: "duplicate nested key"), file: "bad.yml", line: line...line, column: 5)
    }

    @Test("Wrong type: requests is text")
    func wrongTypeRequests() throws {
        let text = broken("requests: 2", "requests: many")
        let line = lineOf("requests: many", in: text)
        expectRefused(
            try runScenario(text, label: "requests: many"), file: "bad.yml", line: line...line, column: 11,
            mentions: ["requests"])
    }

    @Test("Wrong type: scales is a number, not a list")
    func wrongTypeScales() throws {
        let text = broken("scales: [1, 2]", "scales: 5")
        let line = lineOf("scales: 5", in: text)
        expectRefused(try runScenario(text, label: "scales: 5"), file: "bad.yml", line: line...line, mentions: ["scales"])
    }

    @Test("Wrong type: workload is a list")
    func wrongTypeWorkload() throws {
        let text = "name: w\nschema: CREATE TABLE t(id INTEGER PRIMARY KEY);\nworkload: [1, 2]\n"
        expectRefused(try runScenario(text, label: "workload: list"), file: "bad.yml", line: 3...3, mentions: ["workload"])
    }

    @Test("Unknown top-level key, with a suggestion")
    func unknownKey() throws {
        let text = broken("seed: 1", "sede: 1")
        let line = lineOf("sede: 1", in: text)
        expectRefused(
            try runScenario(text, label: "unknown key"), file: "bad.yml", line: line...line, column: 1,
            mentions: ["seed"])
    }

    @Test("Unknown nested key")
    func unknownNestedKey() throws {
        let text = broken("    rows: 50", "    rowz: 50")
        let line = lineOf("rowz: 50", in: text)
        expectRefused(
            try runScenario(text, label: "unknown nested key"), file: "bad.yml", line: line...line, column: 5,
            mentions: ["rows"])
    }

    // MARK: Numbers

    @Test("An out-of-range integer is said to be out of range, at its column")
    func outOfRangeRequests() throws {
        let text = broken("requests: 2", "requests: 99999999999999999999")
        let line = lineOf("requests: 9999", in: text)
        expectRefused(
            try runScenario(text, label: "requests out of range"), file: "bad.yml", line: line...line, column: 11,
            mentionsOneOf: ["range", "too large", "too big"])
    }

    @Test("An out-of-range seed")
    func outOfRangeSeed() throws {
        let text = broken("seed: 1", "seed: 99999999999999999999")
        let line = lineOf("seed: 9999", in: text)
        expectRefused(try runScenario(text, label: "seed out of range"), file: "bad.yml", line: line...line, column: 7)
    }

    @Test("An out-of-range rows count inside data:")
    func outOfRangeRows() throws {
        let text = broken("    rows: 50", "    rows: 99999999999999999999")
        let line = lineOf("rows: 9999", in: text)
        expectRefused(try runScenario(text, label: "rows out of range"), file: "bad.yml", line: line...line, column: 11)
    }

    @Test("A negative scale is located at that element")
    func negativeScale() throws {
        let text = broken("scales: [1, 2]", "scales: [1, -2]")
        let line = lineOf("scales: [1, -2]", in: text)
        expectRefused(try runScenario(text, label: "negative scale"), file: "bad.yml", line: line...line, column: 13)
    }

    @Test("A zero scale")
    func zeroScale() throws {
        let text = broken("scales: [1, 2]", "scales: [0, 2]")
        let line = lineOf("scales: [0, 2]", in: text)
        expectRefused(try runScenario(text, label: "zero scale"), file: "bad.yml", line: line...line, column: 10)
    }

    @Test("A scales list of 200,000 distinct values is refused fast")
    func hugeScalesList() throws {
        let list = (1...200_000).map(String.init).joined(separator: ", ")
        let text = broken("scales: [1, 2]", "scales: [\(list)]")
        let line = lineOf("scales: [1, 2, 3", in: text)
        expectRefused(try runScenario(text, label: "200k scales"), file: "bad.yml", line: line...line)
    }

    @Test("A scales list of 200,000 copies of one value is refused fast")
    func hugeDuplicateScalesList() throws {
        let list = Array(repeating: "7", count: 200_000).joined(separator: ", ")
        let text = broken("scales: [1, 2]", "scales: [\(list)]")
        let line = lineOf("scales: [7, 7", in: text)
        expectRefused(try runScenario(text, label: "200k duplicate scales"), file: "bad.yml", line: line...line)
    }

    // MARK: Readers pushed to their limits

    @Test("A billion-laughs alias bomb as values")
    func aliasBombValues() throws {
        var text = "name: bomb\nschema: CREATE TABLE t(id INTEGER PRIMARY KEY);\na: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...12 {
            let name = "l\(level)"
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        expectRefused(try runScenario(text, label: "alias bomb (values)"), file: "bad.yml")
    }

    @Test("An alias bomb used as mapping keys (the duplicate-key check must not blow up)")
    func aliasBombKeys() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...12 {
            let name = "k\(level)"
            let entries = (0..<9).map { "? *\(previous) : \($0)" }.joined(separator: ", ")
            text += "\(name): &\(name) {\(entries)}\n"
            previous = name
        }
        expectRefused(try runScenario(text, label: "alias bomb (keys)"), file: "bad.yml")
    }

    @Test("Aliases as keys below the expansion limit: a duplicate of a large key, found by hashing")
    func largeAliasKeysDuplicate() throws {
        // d expands to 9^4 = 6,561 scalars; the mapping's 9 keys are the same value, so every key
        // after the first is a duplicate.
        var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...3 {
            let name = "l\(level)"
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        text += "keys: {" + (0..<9).map { "? *\(previous) : \($0)" }.joined(separator: ", ") + "}\n"
        expectRefused(try runScenario(text, label: "large alias keys"), file: "bad.yml")
    }

    @Test("Flow collections nested 10,000 deep")
    func deepFlowNesting() throws {
        let text =
            "name: deep\nschema: CREATE TABLE t(id INTEGER PRIMARY KEY);\nx: "
            + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        expectRefused(try runScenario(text, label: "10k nested ["), file: "bad.yml", line: 3...3)
    }

    @Test("Mappings nested 10,000 deep")
    func deepMappingNesting() throws {
        let text =
            "name: deep\nx: " + String(repeating: "{a: ", count: 10_000) + "1"
            + String(repeating: "}", count: 10_000) + "\n"
        expectRefused(try runScenario(text, label: "10k nested {"), file: "bad.yml", line: 2...2)
    }

    @Test("A 5 MB scenario file")
    func fiveMegabytes() throws {
        var text = "name: big\nschema: |\n"
        let line = "  CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, payload TEXT);\n"
        text += String(repeating: line, count: 5 * 1024 * 1024 / line.utf8.count + 1)
        text += "workload:\n  steps:\n    - query: SELECT 1\n"
        expectRefused(try runScenario(text, label: "5 MB YAML"), file: "bad.yml")
    }

    // MARK: Bytes

    @Test("A UTF-8 byte-order mark does not shift locations")
    func bomLocation() throws {
        let text = broken("seed: 1", "sead: 1")
        let line = lineOf("sead: 1", in: text)
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        expectRefused(try runScenario(bytes, label: "BOM + unknown key"), file: "bad.yml", line: line...line, column: 1)
    }

    @Test("A UTF-8 byte-order mark before a valid scenario is accepted")
    func bomValid() throws {
        let project = try Project()
        defer { project.remove() }
        try project.writeBytes(Data([0xEF, 0xBB, 0xBF]) + Data(goodScenario.utf8), to: "bom.yml")
        expectNoHangNoCrash(try project.run(["run", "bom.yml"], label: "BOM valid"), allowed: [0])
    }

    @Test("A NUL byte late in the file is located at its line and column")
    func nulByte() throws {
        let text = broken("seed: 1", "seed: 1\u{0}2")
        let line = lineOf("seed: 1", in: text)
        expectRefused(try runScenario(text, label: "NUL byte"), file: "bad.yml", line: line...line, column: 8)
    }

    @Test("Non-UTF-8 bytes are located on their line")
    func nonUTF8() throws {
        var bytes = Data(broken("name: good", "name: caf_").utf8)
        let index = bytes.firstIndex(of: UInt8(ascii: "_"))
        if let index { bytes[index] = 0xE9 }
        expectRefused(try runScenario(bytes, label: "non-UTF-8"), file: "bad.yml", line: 1...1, column: 10)
    }
}
