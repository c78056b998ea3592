import Foundation
import TestSupport
import Testing

/// The JSON Schemas in Sources/Configuration/Schemas, against every bundled scenario, the files
/// `init` writes, freshly produced reports, and documents the loaders reject.
@Suite(
    .enabled(
        if: Tool.pythonHasSchemaModules,
        "python3 with jsonschema and PyYAML is needed: `pip install jsonschema pyyaml` (.ci/run installs them)"
    ))
struct SchemaTests {
    static func schema(_ name: String) -> String {
        PackageRoot.file("Sources/Configuration/Schemas/\(name).schema.json").path
    }

    /// validate.py SCHEMA FILES: exit 0 valid, 1 invalid (one line per problem), 2 unreadable.
    static func validate(_ schema: String, _ files: [String]) throws -> HundredfoldBinary.Result {
        try Tool.run(
            "python3",
            [PackageRoot.file("Tests/DistributionTests/Fixtures/validate.py").path, Self.schema(schema)]
                + files)
    }

    static func expectValid(_ schema: String, _ files: [String]) throws {
        let result = try validate(schema, files)
        #expect(result.exitCode == 0, "\(schema): \(result.log)")
    }

    @Test func everyBundledScenarioMatchesTheScenarioSchema() throws {
        let enumerator = FileManager.default.enumerator(atPath: PackageRoot.file("Scenarios").path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yml") || path.hasSuffix(".yaml") {
                files.append(PackageRoot.file("Scenarios/\(path)").path)
            }
        }
        #expect(files.count >= 8, "\(files)")
        try Self.expectValid("scenario", files)
    }

    @Test func theFilesInitWritesMatchTheirSchemas() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-schema-init")
        defer { folder.remove() }
        #expect(try HundredfoldBinary.run(["init"], in: folder.url).exitCode == 0)
        try Self.expectValid("hundredfold", [folder.url.appendingPathComponent("hundredfold.yml").path])
        try Self.expectValid("scenario", [folder.url.appendingPathComponent("Scenarios/example.yml").path])
    }

    @Test func freshReportsMatchTheirSchemas() throws {
        let folder = try ActionScriptsTests.makeRepository()
        defer { folder.remove() }
        let repo = folder.url.appendingPathComponent("repo")
        let ci = try HundredfoldBinary.run(["ci", "--base", "main", "--scales", "1,2"], in: repo)
        #expect(ci.exitCode == 1, "the N+1 fails its budget: \(ci.log)")
        let run = try HundredfoldBinary.run(
            ["run", "Scenarios", "--scales", "1,2", "--out", "run.json"], in: repo)
        #expect(run.exitCode == 1, "\(run.log)")
        let scan = try HundredfoldBinary.run(
            ["scan", "--base", "main", "--format", "json", "--out", "scan.json"], in: repo)
        #expect(scan.exitCode == 1, "\(scan.log)")
        let out = repo.appendingPathComponent(".hundredfold")
        try Self.expectValid(
            "report",
            [
                repo.appendingPathComponent("run.json").path, out.appendingPathComponent("report.json").path,
                out.appendingPathComponent("base-report.json").path,
            ])
        try Self.expectValid("compare", [out.appendingPathComponent("compare.json").path])
        try Self.expectValid("scan", [repo.appendingPathComponent("scan.json").path])
    }

    /// Scenarios the loader rejects (exit 2) are rejected by the schema too: it is as strict.
    @Test(
        arguments: [
            ("an unknown key", "requsts: 5\n", "'requsts' was unexpected"),
            (
                "two generators", "data: { t: { rows: 1, columns: { a: { int: [1, 2], real: [1, 2] } } } }\n",
                "data/t/columns/a"
            ),
            (
                "a modifier of another generator",
                "data: { t: { rows: 1, columns: { a: { int: [1, 2], step: 2 } } } }\n", "data/t/columns/a"
            ),
            ("a zero scale", "scales: [0, 10]\n", "scales/0"),
            (
                "an unknown growth class", "budget: { queries_per_request: { growth: flat } }\n",
                "budget/queries_per_request/growth"
            ),
            (
                "a budget with no limit", "budget: { queries_per_request: { scale: 10 } }\n",
                "budget/queries_per_request"
            ),
        ])
    func anInvalidScenarioIsRejectedByTheSchemaAndTheLoader(problem: String, extra: String, expected: String)
        throws
    {
        let folder = try TemporaryDirectory(prefix: "hundredfold-schema-bad")
        defer { folder.remove() }
        let file = try folder.write(
            """
            name: bad
            schema: "CREATE TABLE t(id INTEGER PRIMARY KEY, a INTEGER);"
            workload: { steps: [ { query: SELECT 1 } ] }
            \(extra)
            """, to: "bad.yml")
        let schema = try Self.validate("scenario", [file.path])
        #expect(schema.exitCode == 1, "\(problem): \(schema.log)")
        #expect(schema.stdout.contains(expected), "\(problem): \(schema.log)")
        let loader = try HundredfoldBinary.run(["run", file.path], in: folder.url)
        #expect(loader.exitCode == 2, "\(problem): the loader rejects it too: \(loader.log)")
    }

    @Test func anInvalidConfigurationIsRejected() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-schema-config")
        defer { folder.remove() }
        let both = try folder.write(
            "budgets:\n  default: { queries_per_request: { max: 5 } }\n  rows_read_per_request: { max: 5 }\n",
            to: "both.yml")
        let unknown = try folder.write("scan:\n  ignores: [vendor/**]\n", to: "unknown.yml")
        for file in [both, unknown] {
            #expect(try Self.validate("hundredfold", [file.path]).exitCode == 1, "\(file.lastPathComponent)")
            let loader = try HundredfoldBinary.run(["scan", "--all", "--config", file.path], in: folder.url)
            #expect(loader.exitCode == 2, "the loader rejects \(file.lastPathComponent) too: \(loader.log)")
        }
    }

    @Test func aReportOfAnotherSchemaVersionIsRejected() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-schema-report")
        defer { folder.remove() }
        let file = try folder.write(
            #"{"schema": "hundredfold.report/2", "scenarios": [], "verdict": "pass"}"#, to: "r.json")
        #expect(try Self.validate("report", [file.path]).exitCode == 1)
        let missing = try folder.write(
            #"{"schema": "hundredfold.scan/1", "findings": [{"rule": "HF101"}]}"#, to: "s.json")
        #expect(try Self.validate("scan", [missing.path]).exitCode == 1)
    }

    /// The budget shape is written in both YAML schemas (each stands alone for editors); the two
    /// copies must not drift apart.
    @Test func theBudgetDefinitionsOfBothYAMLSchemasAreTheSame() throws {
        func definitions(_ name: String) throws -> NSDictionary {
            let data = try Data(contentsOf: URL(fileURLWithPath: Self.schema(name)))
            let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let defs = try #require(schema["$defs"] as? [String: Any])
            return ["budgets": defs["budgets"] ?? "", "limit": defs["limit"] ?? ""] as NSDictionary
        }
        #expect(try definitions("scenario") == definitions("hundredfold"))
    }
}
