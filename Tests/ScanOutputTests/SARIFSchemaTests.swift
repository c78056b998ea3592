import Foundation
import ScanOutput
import StaticScan
import TestSupport
import Testing

/// The SARIF output validates against the official 2.1.0 schema (`Tests/TestSupport/Schemas/`), checked
/// with Python's `jsonschema` (`Draft4Validator`), and carries no absolute paths.
@Suite struct SARIFSchemaTests {
    @Test(arguments: [
        SampleReport.report(), ScanReport(findings: [], rules: SampleReport.rules, filesScanned: 0),
    ])
    func validatesAgainstTheOfficialSchema(report: ScanReport) throws {
        let schema = SARIFSchema.url
        let folder = try TemporaryDirectory(prefix: "hundredfold-sarif")
        defer { folder.remove() }
        let sarif = try folder.write(SARIFScanRenderer().render(report), to: "out.sarif")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
            for error in errors: print(list(error.path), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path, sarif.path])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func resultsPointAtRelativeURIsAndRelateTheLoop() throws {
        let text = SARIFScanRenderer().render(SampleReport.report())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let uris = text.components(separatedBy: "\"uri\" : \"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(uris) == ["app/views.py", "web/client%2C%20v2.py"])
        #expect(!text.contains("file://"))
        let levels = results.compactMap { $0["level"] as? String }
        #expect(levels == ["error", "warning", "warning"])
        #expect(
            results.allSatisfy { ($0["partialFingerprints"] as? [String: String])?["hundredfold/v1"] != nil })
    }
}
