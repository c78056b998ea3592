import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// The HTML report: the overview first, budgets drawn on their charts, messages as Markdown that
/// cannot become markup, what made it, and the cost line by line.
@Suite struct HTMLReportTests {
    typealias F = ComparisonFixture

    static func document(budgets: [BudgetSpec] = [], findings: [FindingLine] = []) -> ComparisonDocument {
        let base = RunReport(scenarios: [
            F.scenario(
                "orders",
                scales: [F.scale(1, queries: 2, rowsRead: 10), F.scale(10, queries: 2, rowsRead: 10)],
                budgets: budgets)
        ])
        let head = RunReport(scenarios: [
            F.scenario(
                "orders",
                scales: [F.scale(1, queries: 3, rowsRead: 10), F.scale(10, queries: 21, rowsRead: 100)],
                growth: .linear, budgets: budgets)
        ])
        return ComparisonDocument(
            comparison: ReportComparator.compare(base: base, head: head), findings: findings)
    }

    @Test func theOverviewComesBeforeTheCharts() throws {
        let html = HTMLReport().render(Self.document())
        let overview = try #require(html.range(of: "<table class=\"overview\">"))
        let chart = try #require(html.range(of: "<svg "))
        #expect(overview.lowerBound < chart.lowerBound)
        #expect(
            html.contains(
                "<th scope=\"row\">orders</th><td>pass</td><td>10x</td><td>2 → 21 (×10.5)</td><td>10 → 100 (×10)</td>"
            ), "\(html)")
        #expect(html.contains("queries/request: constant → linear ⚠"))
    }

    @Test func aMaximumIsDrawnOnItsChartAndARegressionLimitIsNot() {
        let html = HTMLReport().render(
            Self.document(budgets: [
                BudgetSpec(figure: .rowsReadPerRequest, max: 50, scale: 10),
                BudgetSpec(figure: .queriesPerRequest, regression: RegressionLimit(percent: 10)),
                BudgetSpec(figure: .queriesPerRequest, growth: .constant),
            ]))
        #expect(html.components(separatedBy: "<line class=\"limit\"").count - 1 == 1, "\(html)")
        #expect(html.contains(">budget ≤ 50 at 10x</text>"))
        let rowsChart =
            html.components(separatedBy: "<figure>").first { $0.contains("<figcaption>rows read/request") }
            ?? ""
        #expect(rowsChart.contains("<line class=\"limit\""))
        #expect(rowsChart.contains("budget ≤ 50 at 10x drawn as a red line"))
        let queriesChart =
            html.components(separatedBy: "<figure>").first { $0.contains("<figcaption>queries/request") }
            ?? ""
        #expect(!queriesChart.contains("class=\"limit\""))
    }

    @Test func messagesAreMarkdownThatCannotBecomeMarkup() {
        let finding = FindingLine(
            rule: "HF101", severity: "error", path: "a.py", line: 1, column: 1,
            message:
                "`Order.objects.get` runs in the **loop** & <script>alert(1)</script> [x](javascript:alert(1))",
            hint: "use `<b>` and `a && b`, then `unclosed <img src=x>", failing: true)
        let html = HTMLReport().render(Self.document(findings: [finding]))
        #expect(
            html.contains(
                "<code>Order.objects.get</code> runs in the <strong>loop</strong> &amp; &lt;script&gt;"),
            "\(html)")
        #expect(!html.contains("<script"))
        #expect(!html.contains("href="))
        #expect(!html.contains("<img"))
        #expect(html.contains("<code>&lt;b&gt;</code>"))
        #expect(html.contains("<code>a &amp;&amp; b</code>"))
        #expect(MessageHTML.render("plain") == "plain")
    }

    @Test func versionDateAndCommitsAreShown() {
        var document = Self.document()
        document.comparison.base_commit = "0123456789abcdef0123"
        document.comparison.head_commit = "fedcba9876543210fedc"
        document.generated = Date(timeIntervalSince1970: 1_796_300_000)
        let html = HTMLReport().render(document)
        #expect(
            html.contains("<p class=\"provenance\">Hundredfold \(ToolInfo.version) · 2026-12-03 "), "\(html)")
        #expect(html.contains("base <code>0123456789ab</code> → head <code>fedcba987654</code>"))
        document.generated = nil
        #expect(!HTMLReport().render(document).contains(" UTC"))
    }

    @Test func costIsQuantityTimesUnitPriceEqualsAmount() {
        var document = Self.document()
        document.comparison.scenarios[0].cost_lines = [
            CostLine(
                price: "per_million_rows_read", meter: "rows_read", unit_price_usd: 0.001,
                unit_quantity: 1_000_000,
                quantity_per_request: 2000, quantity_per_month: 2_000_000_000, free_per_month: nil,
                per_month_usd: 2),
            CostLine(
                price: "per_query", meter: "queries", unit_price_usd: 0.00001, unit_quantity: 1,
                quantity_per_request: 3, quantity_per_month: 3_000_000, free_per_month: nil, per_month_usd: 30
            ),
        ]
        let html = HTMLReport().render(document)
        #expect(
            html.contains(
                "<td>rows read</td><td class=\"n\">2,000,000,000</td><td class=\"n\">× $0.001 per 1,000,000</td><td class=\"n\">= $2</td>"
            ), "\(html)")
        #expect(
            html.contains(
                "<td>queries</td><td class=\"n\">3,000,000</td><td class=\"n\">× $0.00001</td><td class=\"n\">= $30</td>"
            ), "\(html)")
        #expect(html.contains("total a month</th><td class=\"n\">$32</td>"))
        // Without lines (a report of an older version) there is no cost table.
        #expect(!HTMLReport().render(Self.document()).contains("class=\"cost\""))
    }
}
