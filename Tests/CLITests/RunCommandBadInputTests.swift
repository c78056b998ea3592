import Foundation
import TestSupport
import Testing

/// Bad input to `hundredfold run`, through the built binary: each case prints
/// `file:line:column: error: key.path: message` on stderr, exits 2 before anything runs, and leaves
/// an existing `--out` file untouched.
@Suite struct RunCommandBadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        /// The start of the first stderr line: location, key path, message.
        var expected: String
        /// Text that must also appear on stderr (SQLite's message, a hint).
        var alsoContains: String? = nil
        var arguments: [String] = []
        var testDescription: String { name }
    }

    static let schema = "schema: |\n  CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);\n"
    static let workload = "workload:\n  steps:\n    - query: SELECT id FROM users\n"

    static let cases: [Case] = [
        Case(
            name: "malformed YAML", yaml: "name: a\nscales: [1, 10\n",
            expected: "s.yml:3:1: error: malformed YAML:"),
        Case(
            name: "unknown key", yaml: "name: a\n" + schema + workload + "requets: 5\n",
            expected: "s.yml:7:1: error: unknown key 'requets'; did you mean 'requests'?"),
        Case(
            name: "wrong type", yaml: "name: a\n" + schema + workload + "seed: abc\n",
            expected: "s.yml:7:7: error: seed: expected an integer, found the text 'abc'"),
        Case(
            name: "ref to a missing table",
            yaml: "name: a\n" + schema
                + "data:\n  users: { rows: 5, columns: { name: { ref: people.name } } }\n" + workload,
            expected: "s.yml:5:32: error: data.users.columns.name: no table 'people' in the schema"),
        Case(
            name: "ref to a missing column",
            yaml: "name: a\n" + schema
                + "data:\n  users: { rows: 5, columns: { name: { ref: users.email } } }\n" + workload,
            expected: "s.yml:5:32: error: data.users.columns.name: table 'users' has no column 'email'"),
        Case(
            name: "SQL error in the schema",
            yaml:
                "name: a\nschema: |\n  CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);\n  CREATE TABLE oops(;\n"
                + workload,
            expected: "s.yml:4:21: error: schema: SQLite: near \";\": syntax error"),
        Case(
            name: "SQL error in a step",
            yaml: "name: a\n" + schema
                + "workload:\n  steps:\n    - query: SELECT id FROM users\n    - query: SELEC name FROM users\n",
            expected: "s.yml:7:14: error: workload.steps[1].query: SQLite: near \"SELEC\": syntax error"),
        Case(
            name: "missing table in a step",
            yaml: "name: a\n" + schema + "workload:\n  steps:\n    - query: SELECT id FROM accounts\n",
            expected: "s.yml:6:14: error: workload.steps[0].query: SQLite: no such table: accounts"),
        Case(
            name: "for_each over a name never kept",
            yaml: "name: a\n" + schema
                + "workload:\n  steps:\n    - query: SELECT id FROM users\n    - for_each: users\n      steps:\n        - query: SELECT 1\n",
            expected:
                "s.yml:7:17: error: workload.steps[1].for_each: for_each over 'users', which no earlier step keeps"
        ),
        Case(
            name: "parameter used but never defined",
            yaml: "name: a\n" + schema
                + "workload:\n  steps:\n    - query: SELECT name FROM users WHERE id = :user_id\n",
            expected: "s.yml:6:14: error: workload.steps[0].query: parameter :user_id is never defined"),
        Case(
            name: "non-positive scale", yaml: "name: a\n" + schema + workload + "scales: [1, -10]\n",
            expected: "s.yml:7:13: error: scales[1]: a scale must be a positive integer, found -10"),
        Case(
            name: "empty file", yaml: "",
            expected: "s.yml:1:1: error: the file is empty; expected at least one YAML document"),
        Case(
            name: "bad --scales flag", yaml: "name: a\n" + schema + workload, expected: "Error:",
            alsoContains: "--scales: '0' is not a positive integer", arguments: ["--scales", "0,-1,x"]),
        Case(
            name: "bad --seed flag", yaml: "name: a\n" + schema + workload, expected: "Error:",
            alsoContains: "abc", arguments: ["--seed", "abc"]),
        Case(
            name: "bad --format flag", yaml: "name: a\n" + schema + workload, expected: "Error:",
            alsoContains: "sarif", arguments: ["--format", "sarif"]),
    ]

    @Test(arguments: cases)
    func exitsTwoWithLocationAndLeavesOutUntouched(_ testCase: Case) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(testCase.yaml, to: "s.yml")
        try folder.write("previous report\n", to: "out/report.json")
        let result = try HundredfoldBinary.run(
            ["run", "s.yml", "--out", "out/report.json"] + testCase.arguments, in: folder.url)
        #expect(result.exitCode == 2, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(testCase.expected), "stderr: \(result.stderr)")
        if let also = testCase.alsoContains {
            #expect(result.stderr.contains(also), "stderr: \(result.stderr)")
        }
        let kept = try String(
            contentsOf: folder.url.appendingPathComponent("out/report.json"), encoding: .utf8)
        #expect(kept == "previous report\n")
        #expect(folder.listFiles() == ["out/report.json", "s.yml"])
    }

    @Test func helpDescribesTheFlags() throws {
        let result = try HundredfoldBinary.run(["run", "--help"])
        #expect(result.exitCode == 0)
        for flag in ["--scales", "--seed", "--format", "--out"] {
            #expect(result.stdout.contains(flag))
        }
    }
}
