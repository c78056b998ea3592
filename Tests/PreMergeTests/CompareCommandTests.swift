import Foundation
import TestSupport
import Testing

/// `compare` and `check` through the built binary: exit codes and the errors for bad reports.
@Suite struct CompareCommandTests {
    static let report = #"""
        {"schema": "hundredfold.report/1", "verdict": "pass", "scenarios": [{
          "name": "s", "file": "Scenarios/s.yml", "seed": 42, "verdict": "pass", "budgets": [],
          "growth": {"queries_per_request": {"exponent": 0, "class": "constant", "amplification": 1}},
          "declared_budgets": [{"figure": "queries_per_request", "regression": {"absolute": 0}}],
          "scales": [{"scale": 1, "requests": 5, "table_rows": {"t": 10},
            "queries_per_request": {"mean": QUERIES, "max": QUERIES}, "rows_read_per_request": 10,
            "rows_written_per_request": 0, "rows_returned_per_request": 1, "bytes_returned_per_request": 8,
            "sqlite_counters_per_request": {"vm_steps": 1, "full_scan_steps": 0, "sorts": 0, "auto_indexes": 0},
            "latency_ms": {"p50": 1, "p95": 1, "p99": 1}, "repeated_statements": [], "full_scans": []}]}]}
        """#

    func folder(base: Int, head: Int) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write(Self.report.replacingOccurrences(of: "QUERIES", with: "\(base)"), to: "base.json")
        try folder.write(Self.report.replacingOccurrences(of: "QUERIES", with: "\(head)"), to: "head.json")
        return folder
    }

    @Test func exitCodesFollowTheVerdict() throws {
        let same = try folder(base: 3, head: 3)
        defer { same.remove() }
        #expect(try HundredfoldBinary.run(["compare", "base.json", "head.json"], in: same.url).exitCode == 0)
        let worse = try folder(base: 3, head: 4)
        defer { worse.remove() }
        let result = try HundredfoldBinary.run(
            ["compare", "base.json", "head.json", "--format", "markdown"], in: worse.url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix("<!-- hundredfold:summary -->\n## ❌ Hundredfold: fail"))
        #expect(result.stdout.contains("`queries_per_request@1.regression`"))
        let json = try HundredfoldBinary.run(
            ["compare", "base.json", "head.json", "--format", "json"], in: worse.url)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "hundredfold.compare/1")
        #expect(object?["verdict"] as? String == "fail")
    }

    @Test func anotherSchemaVersionIsExit2WithTheFileNamed() throws {
        let folder = try folder(base: 3, head: 3)
        defer { folder.remove() }
        try folder.write(#"{"schema": "hundredfold.report/2", "scenarios": []}"#, to: "new.json")
        try folder.write("not json at all", to: "text.json")
        let mismatch = try HundredfoldBinary.run(["compare", "base.json", "new.json"], in: folder.url)
        #expect(mismatch.exitCode == 2)
        #expect(
            mismatch.stderr.contains(
                "new.json:1:1: error: schema: report schema 'hundredfold.report/2' is not supported"))
        let garbage = try HundredfoldBinary.run(["check", "text.json"], in: folder.url)
        #expect(garbage.exitCode == 2)
        #expect(garbage.stderr.contains("text.json:1:1: error: not a JSON report"))
        let missing = try HundredfoldBinary.run(["check", "nope.json"], in: folder.url)
        #expect(missing.exitCode == 2)
    }

    @Test func checkAppliesTheReportsBudgetsAndTheProjects() throws {
        let folder = try folder(base: 3, head: 3)
        defer { folder.remove() }
        #expect(try HundredfoldBinary.run(["check", "head.json"], in: folder.url).exitCode == 0)
        try folder.write("budgets:\n  rows_read_per_request: { max: 2 }\n", to: "hundredfold.yml")
        let result = try HundredfoldBinary.run(["check", "head.json"], in: folder.url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("FAIL rows_read_per_request: limit 2, measured 10"))
    }
}
