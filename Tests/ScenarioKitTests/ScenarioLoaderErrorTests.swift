import Foundation
import HundredfoldCore
import TestSupport
import Testing

@testable import ScenarioKit

/// The loader on bad input: each error names file:line:column, the key path and what was expected.
@Suite struct ScenarioLoaderErrorTests {
    static let schema = "schema: CREATE TABLE t(x INTEGER)\n"
    static let workload = "workload: { steps: [ { query: SELECT x FROM t } ] }\n"

    /// The diagnostic of loading `yaml` as `s.yml`, with `extra` files beside it.
    func diagnostic(_ yaml: String, extra: [String: String] = [:]) throws -> Diagnostic? {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(yaml, to: "s.yml")
        for (path, text) in extra { try folder.write(text, to: path) }
        do {
            _ = try ScenarioLoader(workingDirectory: folder.url).load(paths: ["s.yml"])
            return nil
        } catch let error as ScenarioError {
            return error.diagnostic
        }
    }

    @Test func unknownTopLevelKeySuggestsTheNearest() throws {
        let found = try diagnostic("name: a\n" + Self.schema + Self.workload + "scaels: [1]\n")
        #expect(found?.location == SourceLocation(file: "s.yml", line: 4, column: 1))
        #expect(found?.message == "unknown key 'scaels'; did you mean 'scales'?")
    }

    @Test func aRepeatedScaleIsNamedAtItsSecondListing() throws {
        let found = try diagnostic("name: a\n" + Self.schema + Self.workload + "scales: [1, 10, 100, 10]\n")
        #expect(found?.location == SourceLocation(file: "s.yml", line: 4, column: 22))
        #expect(found?.message == "scale 10 is listed twice")
    }

    @Test func moreScalesThanAnyFitNeedsAreRefused() throws {
        let scales = (1...(ScenarioDecoder.maximumScales + 1)).map(String.init).joined(separator: ", ")
        let found = try diagnostic("name: a\n" + Self.schema + Self.workload + "scales: [\(scales)]\n")
        #expect(found?.location == SourceLocation(file: "s.yml", line: 4, column: 9))
        #expect(
            found?.message.contains("at most \(ScenarioDecoder.maximumScales)") == true,
            "\(String(describing: found))")
    }

    @Test func anOutOfRangeIntegerSaysSo() throws {
        let found = try diagnostic(
            "name: a\n" + Self.schema + "data: { t: { rows: 99999999999999999999999 } }\n" + Self.workload)
        #expect(found?.location == SourceLocation(file: "s.yml", line: 3, column: 20))
        #expect(found?.message.hasPrefix("the integer 99999999999999999999999 is out of range") == true)
    }

    @Test func aSQLFileNamingAFolderSaysItIsAFolder() throws {
        let found = try diagnostic(
            "name: a\n" + Self.schema + "workload: { steps: [ { sql_file: queries } ] }\n",
            extra: ["queries/a.sql": "SELECT x FROM t"])
        #expect(found?.location == SourceLocation(file: "s.yml", line: 3, column: 34))
        #expect(found?.message.contains("it is a folder") == true, "\(String(describing: found))")
    }

    @Test func unknownColumnKey() throws {
        let found = try diagnostic(
            "name: a\n" + Self.schema
                + "data:\n  t:\n    rows: 5\n    columns:\n      x: { int: [1, 2], distribuion: zipf }\n"
                + Self.workload)
        #expect(
            found?.description.hasPrefix(
                "s.yml:7:25: error: data.t.columns.x: unknown key 'distribuion'; did you mean 'distribution'?"
            ) == true)
    }

    @Test func wrongTypes() throws {
        let rows = try diagnostic("name: a\n" + Self.schema + "data: { t: { rows: lots } }\n" + Self.workload)
        #expect(
            rows?.description == "s.yml:3:20: error: data.t.rows: expected an integer, found the text 'lots'")
        let steps = try diagnostic("name: a\n" + Self.schema + "workload: { steps: 3 }\n")
        #expect(steps?.keyPath == "workload.steps")
        #expect(
            steps?.message
                == "expected a list of steps (query, for_each, sql_file, command, http), found the integer 3")
    }

    @Test func forEachOverANameNeverKept() throws {
        let found = try diagnostic(
            "name: a\n" + Self.schema
                + "workload:\n  steps:\n    - query: SELECT x FROM t\n      as: rows\n    - for_each: row\n      steps:\n        - query: SELECT 1\n"
        )
        #expect(found?.location == SourceLocation(file: "s.yml", line: 7, column: 17))
        #expect(found?.keyPath == "workload.steps[1].for_each")
        #expect(found?.message == "for_each over 'row', which no earlier step keeps; did you mean 'rows'?")
    }

    @Test func nonPositiveScales() throws {
        let zero = try diagnostic("name: a\n" + Self.schema + Self.workload + "scales: [1, 0]\n")
        #expect(
            zero?.description == "s.yml:4:13: error: scales[1]: a scale must be a positive integer, found 0")
        let empty = try diagnostic("name: a\n" + Self.schema + Self.workload + "scales: []\n")
        #expect(empty?.message == "scales must list at least one scale")
        let text = try diagnostic("name: a\n" + Self.schema + Self.workload + "scales: [1, ten]\n")
        #expect(text?.message == "expected an integer, found the text 'ten'")
    }

    @Test func requestsAtLeastOne() throws {
        let found = try diagnostic("name: a\n" + Self.schema + Self.workload + "requests: 0\n")
        #expect(found?.message == "requests must be at least 1, found 0")
    }

    @Test func structuralChecks() throws {
        let weights = try diagnostic(
            "name: a\n" + Self.schema
                + "data: { t: { rows: 5, columns: { x: { choice: [a, b], weights: [1] } } } }\n"
                + Self.workload)
        #expect(weights?.message == "weights has 1 numbers for 2 choices; give one per choice")
        let range = try diagnostic(
            "name: a\n" + Self.schema + "data: { t: { rows: 5, columns: { x: { int: [9, 2] } } } }\n"
                + Self.workload)
        #expect(range?.message == "the range's min must not exceed its max")
        let nullable = try diagnostic(
            "name: a\n" + Self.schema
                + "data: { t: { rows: 5, columns: { x: { int: [1, 2], nullable: 1.5 } } } }\n"
                + Self.workload)
        #expect(nullable?.keyPath == "data.t.columns.x.nullable")
        let budget = try diagnostic(
            "name: a\n" + Self.schema + Self.workload + "budget: { queries: { max: 1 } }\n")
        #expect(budget?.message.hasPrefix("unknown key 'queries'") == true)
        let twoGenerators = try diagnostic(
            "name: a\n" + Self.schema
                + "data: { t: { rows: 5, columns: { x: { int: [1, 2], real: [1, 2] } } } }\n"
                + Self.workload)
        #expect(twoGenerators?.message == "a column takes one generator, found int and real")
    }

    @Test func missingRequiredKeys() throws {
        let found = try diagnostic("name: a\n" + Self.workload)
        #expect(found?.description == "s.yml:1:1: error: missing required key 'schema'")
    }

    @Test func missingFilesAreReportedAtTheirKey() throws {
        let schema = try diagnostic("name: a\nschema: db/schema.sql\n" + Self.workload)
        #expect(schema?.location == SourceLocation(file: "s.yml", line: 2, column: 9))
        #expect(schema?.message == "cannot read 'db/schema.sql': no such file or folder")
        let sqlFile = try diagnostic(
            "name: a\n" + Self.schema + "workload:\n  steps:\n    - sql_file: q/missing.sql\n")
        #expect(sqlFile?.location == SourceLocation(file: "s.yml", line: 5, column: 17))
        #expect(sqlFile?.keyPath == "workload.steps[0].sql_file")
    }

    @Test func duplicateScenarioNames() throws {
        let found = try diagnostic(
            "name: a\n" + Self.schema + Self.workload + "---\nname: a\n" + Self.schema + Self.workload)
        #expect(found?.location == SourceLocation(file: "s.yml", line: 5, column: 1))
        #expect(found?.message == "duplicate scenario name 'a' (first used at s.yml:1:1)")
    }

    @Test func emptyFile() throws {
        let found = try diagnostic("")
        #expect(
            found?.description == "s.yml:1:1: error: the file is empty; expected at least one YAML document")
    }

    @Test func missingPathAndEmptyFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let loader = ScenarioLoader(workingDirectory: folder.url)
        #expect(throws: ScenarioError.self) { try loader.load(paths: ["nope.yml"]) }
        do {
            _ = try loader.load(paths: ["empty"])
            Issue.record("expected an error")
        } catch let error as ScenarioError {
            #expect(error.diagnostic.message == "no scenario files (*.yml, *.yaml) in 'empty'")
        }
    }
}
