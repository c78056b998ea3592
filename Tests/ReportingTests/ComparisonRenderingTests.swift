import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

@Suite struct ComparisonRenderingTests {
    typealias F = ComparisonFixture

    func document(findings: [FindingLine] = [], scenarios: Int = 1) -> ComparisonDocument {
        let budget = BudgetSpec(figure: .queriesPerRequest, regression: RegressionLimit(absolute: 0))
        let names = (0..<scenarios).map { "orders <\($0)>" }
        let base = RunReport(
            scenarios: names.map {
                F.scenario(
                    $0,
                    scales: [
                        F.scale(1, queries: 2, rowsRead: 10, costPerMonth: 1),
                        F.scale(10, queries: 2, rowsRead: 10, costPerMonth: 1),
                    ], budgets: [budget])
            })
        let head = RunReport(
            scenarios: names.map {
                F.scenario(
                    $0,
                    scales: [
                        F.scale(1, queries: 3, rowsRead: 10, costPerMonth: 1.5),
                        F.scale(10, queries: 21, rowsRead: 100, costPerMonth: 12),
                    ], growth: .linear)
            })
        return ComparisonDocument(
            comparison: ReportComparator.compare(base: base, head: head), findings: findings)
    }

    let finding = FindingLine(
        rule: "HF101", severity: "error", path: "app/views.py", line: 12, column: 9,
        message: "query in loop: Order.objects.get per iteration", hint: "use prefetch_related", failing: true
    )

    @Test func summaryStartsWithTheMarkerAndTheVerdict() {
        let text = PullRequestSummary().render(document(findings: [finding]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "<!-- hundredfold:summary -->")
        #expect(lines.dropFirst().first == "## ❌ Hundredfold: fail")
        #expect(
            lines.dropFirst(3).first
                == "- ❌ **orders &lt;0&gt;**: queries/request ×10.5 (2 → 21) at 10x ❌, growth linear (base: constant); cost/month $1 → $12, because `SELECT ? FROM orders` runs 20 times per request (base: 1)."
        )
        #expect(text.contains("| queries/request | 2 | 21 | ×10.5 ❌ |"))
        #expect(text.contains("| cost/month (USD, est.) | $1 | $12 | +$11 |"))
        #expect(text.contains("| queries/request | constant | linear ⚠️ |"))
        #expect(text.contains("- `app/views.py:12` **HF101** (error): query in loop"))
        #expect(
            text.contains("- ❌ **orders &lt;0&gt;** `queries_per_request@10.regression`: limit +0, measured"))
    }

    @Test func summaryIsTruncatedWithANoteUnderTheLimit() {
        let long = document(scenarios: 400)
        let full = PullRequestSummary(limit: .max).render(long)
        #expect(full.count > 65_000)
        let text = PullRequestSummary(limit: PullRequestSummary.defaultLimit).render(long)
        #expect(text.count <= PullRequestSummary.defaultLimit)
        #expect(text.hasPrefix(PullRequestSummary.marker))
        #expect(text.contains("_…truncated: the summary is longer than 65000 characters"))
    }

    @Test func htmlIsSelfContainedAndAccessible() {
        let html = HTMLReport().render(document(findings: [finding]))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(!html.contains("url("))
        // The scenario name is escaped, every chart has a title and a description.
        #expect(html.contains("orders &lt;0&gt;"))
        #expect(!html.contains("orders <0>"))
        let charts = html.components(separatedBy: "<svg ").count - 1
        #expect(charts > 3)
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == charts)
        #expect(html.components(separatedBy: "<title id=").count - 1 == charts)
        // Base and head on the same chart.
        #expect(html.components(separatedBy: "<polyline class=\"base\"").count - 1 == charts)
        #expect(html.components(separatedBy: "<polyline class=\"head\"").count - 1 == charts)
        #expect(html.contains("<code>app/views.py:12:9</code>"))
        #expect(html.contains("queries_per_request@10.regression"))
    }

    @Test func chartsUseWholeDecadesOnBothAxes() {
        #expect(SVGChart.decades([3, 2100]) == 1...10_000)
        #expect(SVGChart.decades([5, 5]) == 1...10)
        #expect(SVGChart.decades([0.002, 0.3]) == 0.001...1)
    }

    @Test func jsonIsDeterministic() throws {
        let first = try ComparisonJSON().render(document())
        #expect(try first == ComparisonJSON().render(document()))
        #expect(first.contains("\"schema\" : \"hundredfold.compare/1\""))
    }
}
