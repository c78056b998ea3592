import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// The HTML report's block of figures at production size: the text report's figures, labelled as
/// extrapolated and not measured, with its steepening warnings; absent without `production:`; the
/// scenario's name escaped.
@Suite struct HTMLPredictionTests {
    typealias F = ComparisonFixture

    /// Queries constant up to 10x, then linear (a steepening); rows read exactly linear.
    static func report(name: String = "orders", production: Int?) -> RunReport {
        let scales = [
            F.scale(1, queries: 3, rowsRead: 10, costPerMonth: 6),
            F.scale(10, queries: 3, rowsRead: 100, costPerMonth: 6),
            F.scale(100, queries: 30, rowsRead: 1000, costPerMonth: 60),
        ]
        let growth = GrowthAnalysis.growth(scales)
        var scenario = ScenarioReport(
            name: name, file: "Scenarios/orders.yml", seed: 42, scales: scales, growth: growth, budgets: [],
            pricing: "cloudflare-d1")
        scenario.prediction = production.flatMap { Prediction.at($0, scales: scales, growth: growth) }
        return RunReport(scenarios: [scenario])
    }

    /// The prediction block of `html`, empty without one.
    static func block(_ html: String) -> String {
        let parts = html.components(separatedBy: "<div class=\"prediction\"")
        return parts.count > 1 ? parts[1].components(separatedBy: "</div>")[0] : ""
    }

    @Test func thePredictionIsShownAsNotMeasuredWithItsWarning() throws {
        let report = Self.report(production: 1000)
        let prediction = try #require(report.scenarios[0].prediction)
        let html = HTMLReport().render(.run(report))
        let block = Self.block(html)
        #expect(
            block.contains(
                "<strong>Predicted at production size (1000×)</strong> — extrapolated from the fitted growth, not measured"
            ), "\(html)")
        #expect(block.contains("<li>rows read/request 10000</li>"), "\(block)")
        #expect(block.contains("<li>rows written/request 0</li>"))
        // The same figures, in the same words and numbers, as the text report's line.
        let line = try #require(Prediction.lines(of: report.scenarios[0]).first)
        #expect(prediction.values.count == 4)
        for value in prediction.values {
            #expect(block.contains("<li>\(HTMLText.escape(value))</li>"))
            #expect(line.contains(value))
        }
        #expect(
            block.contains(
                "<p class=\"warning\">Warning: queries/request grows linear between the last two scales but "),
            "\(block)")
        #expect(block.contains("it may grow later than predicted; run larger scales</p>"))
        // Comparing a base with the head shows the head's prediction.
        let compared = HTMLReport().render(
            ComparisonDocument(
                comparison: ReportComparator.compare(base: Self.report(production: nil), head: report)))
        #expect(Self.block(compared) == block)
    }

    @Test func withoutAProductionScaleThereIsNoBlock() {
        let html = HTMLReport().render(.run(Self.report(production: nil)))
        #expect(html.contains("<h2 id=\"s0\">orders"), "\(html)")
        #expect(!html.contains("class=\"prediction\""))
        #expect(!html.contains("Predicted at production size"))
        #expect(!html.contains("not measured"))
        #expect(!html.contains("Warning:"))
    }

    @Test func theScenarioNameAndAFigureNameAreEscapedInTheBlock() throws {
        var report = Self.report(name: "<script>alert(1)</script>", production: 1000)
        report.scenarios[0].prediction?.steepening.append(
            GrowthChange(figure: "<img src=x>", overall: .constant, last_two_scales: .linear))
        let html = HTMLReport().render(.run(report))
        let block = Self.block(html)
        #expect(
            block.contains(
                "aria-label=\"&lt;script&gt;alert(1)&lt;/script&gt;: predicted at production size\""),
            "\(block)")
        #expect(block.contains("Warning: &lt;img src=x&gt; grows linear"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
    }
}
