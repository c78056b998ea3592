import CostModel
import Foundation
import HundredfoldCore
import Reporting
import ScenarioKit
import TestSupport
import Testing

/// Cost wired into a real run: the runner prices every scale with the scenario's profile and
/// traffic, and records what compare needs (declared budgets, latency samples).
@Suite struct RunnerCostTests {
    static let scenario = """
        name: priced
        schema: |
          CREATE TABLE items(id INTEGER PRIMARY KEY, owner INTEGER NOT NULL, label TEXT);
        data:
          items: { rows: 50, columns: { owner: { int: [1, 10] }, label: { text: [4, 8] } } }
        workload:
          params: { owner: { pick: items.owner } }
          steps:
            - query: SELECT id, label FROM items WHERE owner = :owner
        requests: 7
        scales: [1, 4]
        seed: 7
        traffic: { requests_per_month: 3000000 }
        pricing: PRICING
        budget:
          cost_per_month_usd: { max: 1000000 }
          rows_read_per_request: { regression: { percent: 5 } }

        """

    func run(pricing: String) throws -> ScenarioReport {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let text = Self.scenario.replacingOccurrences(of: "PRICING", with: pricing)
        try folder.write(
            pricing.isEmpty ? text.replacingOccurrences(of: "pricing: \n", with: "") : text, to: "s.yml")
        let scenarios = try ScenarioLoader(workingDirectory: folder.url).load(paths: ["s.yml"])
        let runner = ScenarioRunner(
            options: RunOptions(temporaryDirectory: folder.url))
        return try runner.run(try #require(scenarios.first))
    }

    @Test func everyScaleIsPricedWithTheScenariosProfileAndTraffic() throws {
        let report = try run(pricing: "cloudflare-d1")
        #expect(report.pricing == "cloudflare-d1")
        #expect(report.scales.count == 2)
        for scale in report.scales {
            let expected =
                scale.rows_read_per_request * 0.001 / 1e6 + scale.rows_written_per_request * 1.0 / 1e6
            let cost = try #require(scale.cost)
            #expect(abs(cost.per_request_usd - expected) <= expected * 1e-12)
            #expect(abs((cost.per_month_usd ?? 0) - expected * 3_000_000) <= expected * 1e-6)
            #expect(scale.latency_samples_ms?.count == 7)
        }
        #expect(report.budgets.contains { $0.name == "cost_per_month_usd" && $0.passed })
        #expect(report.declared_budgets?.map(\.figure) == [.costPerMonthUSD, .rowsReadPerRequest])
    }

    @Test func aScenarioWithoutPricingHasNoCost() throws {
        let report = try run(pricing: "")
        #expect(report.pricing == nil)
        #expect(report.scales.allSatisfy { $0.cost == nil })
    }

    @Test func anUnknownProfileIsAPreflightErrorAtThePricingKey() throws {
        do {
            _ = try run(pricing: "cloudflare-d9")
            Issue.record("an unknown profile must stop the run")
        } catch let error as CostModelError {
            #expect(error.description.contains("s.yml:14:10: error: pricing: unknown pricing profile"))
            #expect(error.description.contains("did you mean 'cloudflare-d1'"))
        }
    }
}
