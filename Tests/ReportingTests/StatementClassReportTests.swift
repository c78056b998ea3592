import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// Round trips and the statements of other classes: in every report format where they add to the
/// queries row, left out where they do not, fitted and budgetable like any figure.
@Suite struct StatementClassReportTests {
    /// A Django-like N+1 with DEBUG on: 1 + 10·scale queries, as many `SELECT QUOTE(?)`, three
    /// setup statements; `batched` sends its queries in two round trips.
    static func scenario(debug: Bool, batched: Bool = false) -> ScenarioReport {
        let scales = [1, 10, 100].map { scale in
            var result = RunReportFixture.scale(
                scale, queries: Double(1 + 10 * scale), rowsRead: 10, repeats: 0, scans: [])
            let queries = result.queries_per_request
            result.round_trips_per_request = batched ? MeanMax(mean: 2, max: 2) : queries
            let quoting = debug ? queries.mean - 1 : 0
            result.statements_by_class = StatementsByClass([
                .application: queries, .connectionSetup: MeanMax(mean: 3, max: 3),
                .instrumentation: MeanMax(mean: quoting, max: quoting),
            ])
            return result
        }
        return ScenarioReport(
            name: "orders", file: "Scenarios/orders.yml", seed: 42, scales: scales,
            growth: GrowthAnalysis.growth(scales), budgets: [])
    }

    static func render(_ scenario: ScenarioReport, _ format: RunReportFormat) throws -> String {
        try format.renderer.render(RunReport(scenarios: [scenario]), options: RenderOptions())
    }

    @Test(arguments: [RunReportFormat.text, .markdown])
    func otherClassesAreRowsWhenThereAreAny(format: RunReportFormat) throws {
        let output = try Self.render(Self.scenario(debug: true), format)
        #expect(output.contains("instrumentation statements/request"))
        #expect(output.contains("connection setup statements/request"))
        #expect(!output.contains("transaction statements/request"), "no transaction statement ran")
        #expect(!output.contains("schema introspection statements/request"))
        #expect(!output.contains("round trips/request"), "every query was its own round trip")
    }

    @Test(arguments: [RunReportFormat.text, .markdown])
    func roundTripsAreARowWhenTheyDifferFromQueries(format: RunReportFormat) throws {
        let output = try Self.render(Self.scenario(debug: false, batched: true), format)
        #expect(output.contains("round trips/request"))
        #expect(!output.contains("instrumentation statements/request"))
    }

    @Test func jsonCarriesEveryClassAtEveryScale() throws {
        let data = try ReportJSON.encode(RunReport(scenarios: [Self.scenario(debug: true)]))
        let decoded = try ReportJSON.decode(data)
        let largest = try #require(decoded.scenarios.first?.scales.last)
        #expect(largest.statements_by_class?.instrumentation == MeanMax(mean: 1000, max: 1000))
        #expect(largest.statements_by_class?.transaction == MeanMax(mean: 0, max: 0))
        #expect(largest.round_trips_per_request == largest.queries_per_request)
        #expect(decoded.scenarios.first?.growth["instrumentation_statements_per_request"]?.class == .linear)
        #expect(
            decoded.scenarios.first?.growth["connection_setup_statements_per_request"]?.class == .constant)
    }

    @Test func htmlChartsOnlyWhatAddsToQueries() {
        let report = RunReport(scenarios: [Self.scenario(debug: true)])
        let html = HTMLReport().render(
            ComparisonDocument(comparison: ReportComparator.compare(base: report, head: report)))
        #expect(html.contains("<figcaption>instrumentation statements/request</figcaption>"))
        #expect(!html.contains("round trips/request"))
        #expect(!html.contains("transaction statements/request"))
    }

    @Test func budgetsLimitEachClassAndRoundTrips() {
        let scenario = Self.scenario(debug: true, batched: true)
        let results = BudgetEvaluation.evaluate(
            [
                BudgetSpec(figure: .queriesPerRequest, max: 1001),
                BudgetSpec(figure: .instrumentationStatementsPerRequest, max: 0),
                BudgetSpec(figure: .roundTripsPerRequest, max: 2, growth: .constant),
                BudgetSpec(figure: .transactionStatementsPerRequest, max: 0),
            ], scales: scenario.scales, growth: scenario.growth)
        #expect(
            results.map(\.name) == [
                "queries_per_request", "instrumentation_statements_per_request", "round_trips_per_request",
                "round_trips_per_request.growth", "transaction_statements_per_request",
            ])
        #expect(results.map(\.passed) == [true, false, true, true, true])
        #expect(results[1].value == "1000")
    }

    /// A base report written before these figures existed compares without rows or growth lines
    /// for them, when the head's add nothing to its queries.
    @Test func olderReportsCompareWithoutTheNewFigures() {
        var old = Self.scenario(debug: false)
        for index in old.scales.indices {
            old.scales[index].round_trips_per_request = nil
            old.scales[index].statements_by_class = nil
        }
        old.growth = GrowthAnalysis.growth(old.scales)
        var head = Self.scenario(debug: false)
        head.scales = head.scales.map { scale in
            var scale = scale
            scale.statements_by_class = StatementsByClass([.application: scale.queries_per_request])
            return scale
        }
        head.growth = GrowthAnalysis.growth(head.scales)
        let comparison = ReportComparator.compare(
            base: RunReport(scenarios: [old]), head: RunReport(scenarios: [head]))
        let figures = Set(comparison.scenarios.flatMap(\.scales).flatMap(\.figures).map(\.figure))
        #expect(!figures.contains(.roundTripsPerRequest))
        #expect(!figures.contains(.instrumentationStatementsPerRequest))
        #expect(comparison.scenarios.first?.growth.contains { $0.figure == .roundTripsPerRequest } == false)
        #expect(comparison.scenarios.first?.verdict == .pass)
    }
}
