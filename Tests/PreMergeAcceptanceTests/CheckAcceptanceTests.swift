import Foundation
import TestSupport
import Testing

/// `hundredfold check REPORT.json` with budgets from `hundredfold.yml`.
@Suite(.serialized)
struct CheckAcceptanceTests {
    static func makeReports() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(Fixture.batched(), to: "base/order-history.yml")
        try dir.write(Fixture.nPlusOne(), to: "head/order-history.yml")
        let base = try hf(["run", "base", "--out", "base.json"], in: dir.url)
        let head = try hf(["run", "head", "--out", "head.json"], in: dir.url)
        guard base.exitCode == 0, head.exitCode == 0 else {
            dir.remove()
            throw TestFailure("run failed: base \(base.summary)\nhead \(head.summary)")
        }
        return dir
    }

    @Test func maxBudgetFailsListingFigureLimitAndValue() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        try dir.write("budgets:\n  queries_per_request: { max: 50 }\n", to: "hundredfold.yml")
        let failing = try hf(["check", "head.json"], in: dir.url)
        #expect(failing.exitCode == 1, "201 queries at scale 10 > 50: \(failing.summary)")
        let lines = failing.combined.split(separator: "\n").map(String.init)
        let violation = lines.first {
            $0.contains("queries_per_request") && $0.contains("50") && $0.contains("201")
        }
        #expect(
            violation != nil,
            "one line names the figure, the limit 50 and the measured 201: \(failing.summary)")
        #expect(failing.combined.contains("order-history"), "names the scenario: \(failing.summary)")

        let passing = try hf(["check", "base.json"], in: dir.url)
        #expect(passing.exitCode == 0, "1 query per request is within 50: \(passing.summary)")
    }

    @Test func jsonListsEveryScenarioBudgetWithTheVerdictAndTheSameExit() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        try dir.write("budgets:\n  queries_per_request: { max: 50 }\n", to: "hundredfold.yml")
        let failing = try hf(["check", "head.json", "--format", "json"], in: dir.url)
        #expect(failing.exitCode == 1, "\(failing.summary)")
        let json = try #require(try parseJSON(failing.stdout) as? [String: Any])
        #expect(json["schema"] as? String == "hundredfold.check/1")
        #expect(json["tool_version"] as? String == "0.1.0")
        #expect(json["verdict"] as? String == "fail")
        let scenario = try #require((json["scenarios"] as? [[String: Any]])?.first)
        #expect(scenario["name"] as? String == "order-history")
        #expect(scenario["verdict"] as? String == "fail")
        let budgets = try #require(scenario["budgets"] as? [[String: Any]])
        let queries = try #require(budgets.first { $0["name"] as? String == "queries_per_request" })
        #expect(queries["limit"] as? String == "50")
        #expect(queries["value"] as? String == "201")
        #expect(queries["passed"] as? Bool == false)

        let passing = try hf(["check", "base.json", "--format", "json"], in: dir.url)
        #expect(passing.exitCode == 0, "\(passing.summary)")
        #expect((try parseJSON(passing.stdout) as? [String: Any])?["verdict"] as? String == "pass")
    }

    @Test func growthBudgetFailsForLinearQueries() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        try dir.write("budgets:\n  queries_per_request: { growth: constant }\n", to: "hundredfold.yml")
        let failing = try hf(["check", "head.json"], in: dir.url)
        #expect(failing.exitCode == 1, "\(failing.summary)")
        #expect(failing.combined.contains("queries_per_request") && failing.combined.contains("constant"))
        #expect(failing.combined.contains("linear"), "the measured class is shown: \(failing.summary)")
        let passing = try hf(["check", "base.json"], in: dir.url)
        #expect(passing.exitCode == 0, "\(passing.summary)")
    }

    @Test func badInputsExitTwo() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        try dir.write("budgets:\n  queries_per_request: { max: 50 }\n", to: "hundredfold.yml")
        let missing = try hf(["check", "absent.json"], in: dir.url)
        #expect(missing.exitCode == 2 && missing.stderr.contains("absent.json"), "\(missing.summary)")
        let text = read(dir.url.appendingPathComponent("head.json"))
        try dir.write(
            text.replacingOccurrences(of: "hundredfold.report/1", with: "hundredfold.report/2"), to: "v2.json"
        )
        let future = try hf(["check", "v2.json"], in: dir.url)
        #expect(future.exitCode == 2 && future.stderr.contains("v2.json"), "\(future.summary)")

        try dir.write("budgets:\n  querys_per_request: { max: 50 }\n", to: "hundredfold.yml")
        let typo = try hf(["check", "head.json"], in: dir.url)
        #expect(typo.exitCode == 2, "unknown budget figure is bad input: \(typo.summary)")
        #expect(typo.stderr.contains("hundredfold.yml:2:"), "names the line: \(typo.stderr)")
        #expect(typo.stderr.contains("queries_per_request"), "suggests the nearest key: \(typo.stderr)")
    }
}
