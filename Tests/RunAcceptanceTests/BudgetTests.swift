import Foundation
import TestSupport
import Testing

/// Budgets declared in the scenario decide the exit code and are listed with limit and value.
@Suite(.timeLimit(.minutes(2)))
struct BudgetTests {
    private func budgets(_ report: J, _ scenario: String) -> [J] {
        report.scenario(scenario)["budgets"].array
    }

    @Test("max exceeded: exit 1, the budget listed with its limit and measured value, verdict fail")
    func maxExceeded() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.nPlusOne(budget: "budget:\n  queries_per_request: { max: 50 }"), to: "n1.yml")
        let (result, report) = try ws.runReport(["n1.yml"])
        #expect(result.exitCode == 1, "\(describe(result))")
        #expect(report["verdict"].string == "fail")
        #expect(report.scenario("nplus1")["verdict"].string == "fail")
        let listed = budgets(report, "nplus1").filter {
            ($0["name"].string ?? "").hasPrefix("queries_per_request")
        }
        #expect(!listed.isEmpty, "\(report.scenario("nplus1")["budgets"])")
        let failed = listed.filter { $0["passed"].bool == false }
        #expect(!failed.isEmpty, "\(listed)")
        for budget in failed {
            #expect(Double(budget["limit"].string ?? "") == 50, "\(budget)")
            let measured = Double(budget["value"].string ?? "") ?? 0
            #expect(measured > 50, "the failing value is the measured one: \(budget)")
            #expect([101.0, 1001.0].contains(measured), "measured queries are 101 or 1001: \(budget)")
        }
        #expect(
            failed.contains { Double($0["value"].string ?? "") == 1001 },
            "the worst scale is shown: \(listed)")
        // The text table on stdout names the failed budget, its limit and its value.
        let text = result.stdout
        #expect(text.contains("queries") && text.contains("50"), "\(text)")
        #expect(
            ["1001", "1,001", "1 001", "1\u{202F}001"].contains { text.contains($0) },
            "the measured value is shown: \(text)")
        #expect(text.lowercased().contains("fail"))
    }

    @Test("growth class exceeded: exit 1 with limit `constant` and value `linear`")
    func growthExceeded() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.nPlusOne(budget: "budget:\n  queries_per_request: { growth: constant }"), to: "n1.yml")
        let (result, report) = try ws.runReport(["n1.yml"])
        #expect(result.exitCode == 1, "\(describe(result))")
        #expect(report["verdict"].string == "fail")
        let listed = budgets(report, "nplus1")
        #expect(listed.count == 1, "\(listed)")
        let budget = listed.first ?? J(nil)
        #expect((budget["name"].string ?? "").hasPrefix("queries_per_request"))
        #expect(budget["limit"].string == "constant")
        #expect(budget["value"].string == "linear")
        #expect(budget["passed"].bool == false)
    }

    @Test("all budgets within: exit 0, verdict pass, every budget listed as passed")
    func allWithin() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.batched(
                budget: """
                    budget:
                      queries_per_request: { max: 50, growth: constant }
                      rows_read_per_request: { max: 100000, growth: linear }
                      repeated_statements_max: { max: 1 }
                    """), to: "b.yml")
        let (result, report) = try ws.runReport(["b.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(report["verdict"].string == "pass")
        #expect(report.scenario("batched")["verdict"].string == "pass")
        let listed = budgets(report, "batched")
        #expect(listed.count >= 3, "each declared limit is listed: \(listed)")
        #expect(listed.allSatisfy { $0["passed"].bool == true }, "\(listed)")
        #expect(listed.allSatisfy { $0["limit"].string != nil && $0["value"].string != nil }, "\(listed)")
        let growth = listed.first { $0["limit"].string == "constant" }
        #expect(growth?["value"].string == "constant", "\(listed)")
        #expect(result.stdout.lowercased().contains("pass"))
    }

    @Test("A budget at one scale applies only there")
    func budgetAtScale() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.nPlusOne(
                name: "ok-at-10", budget: "budget:\n  queries_per_request: { max: 200, scale: 10 }")
                + "\n---\n"
                + Fixtures.nPlusOne(
                    name: "over-at-10", budget: "budget:\n  queries_per_request: { max: 100, scale: 10 }"),
            to: "scaled.yml")
        let (result, report) = try ws.runReport(["scaled.yml"])
        #expect(result.exitCode == 1, "one scenario fails: \(describe(result))")
        #expect(report["verdict"].string == "fail")
        let ok = budgets(report, "ok-at-10")
        #expect(ok.count == 1 && ok.first?["passed"].bool == true, "101 <= 200 at scale 10: \(ok)")
        #expect(Double(ok.first?["value"].string ?? "") == 101, "\(ok)")
        #expect(report.scenario("ok-at-10")["verdict"].string == "pass")
        let over = budgets(report, "over-at-10")
        #expect(over.count == 1 && over.first?["passed"].bool == false, "101 > 100 at scale 10: \(over)")
        #expect(Double(over.first?["value"].string ?? "") == 101)
        #expect(Double(over.first?["limit"].string ?? "") == 100)
        #expect(over.first?["scale"].int == 10)
        #expect(report.scenario("over-at-10")["verdict"].string == "fail")
    }

    @Test("A growth budget allows slower classes: `linear` passes a constant figure, fails nothing")
    func growthOrdering() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.batched(budget: "budget:\n  queries_per_request: { growth: linear }")
                + "\n---\n"
                + Fixtures.nPlusOne(budget: "budget:\n  queries_per_request: { growth: linear }"),
            to: "g.yml")
        let (result, report) = try ws.runReport(["g.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(budgets(report, "batched").first?["passed"].bool == true)
        #expect(budgets(report, "nplus1").first?["passed"].bool == true)
        #expect(budgets(report, "nplus1").first?["value"].string == "linear")
    }

    @Test("One failing scenario among passing ones fails the run; the passing one stays pass")
    func mixedVerdicts() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(budget: "budget:\n  queries_per_request: { max: 5 }"), to: "a.yml")
        try ws.write(Fixtures.nPlusOne(budget: "budget:\n  queries_per_request: { max: 5 }"), to: "b.yml")
        let (result, report) = try ws.runReport(["a.yml", "b.yml"])
        #expect(result.exitCode == 1, "\(describe(result))")
        #expect(report["verdict"].string == "fail")
        #expect(report.scenario("batched")["verdict"].string == "pass")
        #expect(report.scenario("nplus1")["verdict"].string == "fail")
    }
}
