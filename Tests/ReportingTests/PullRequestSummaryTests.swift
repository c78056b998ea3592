import Foundation
import HundredfoldCore
import Reporting
import Testing

/// The pull-request summary reads as a reviewer needs it: changes as factors, latency noise not
/// shown as a change, ❌ on every failing cell, user text as text.
@Suite struct PullRequestSummaryTests {
    typealias F = ComparisonFixture

    static func summary(
        base: [ScaleResult], head: [ScaleResult], headGrowth: GrowthClass = .constant,
        budgets: [BudgetSpec] = [],
        name: String = "orders"
    ) -> String {
        let comparison = ReportComparator.compare(
            base: RunReport(scenarios: [F.scenario(name, scales: base, budgets: budgets)]),
            head: RunReport(scenarios: [F.scenario(name, scales: head, growth: headGrowth, budgets: budgets)])
        )
        return PullRequestSummary().render(ComparisonDocument(comparison: comparison))
    }

    static func row(_ summary: String, _ name: String = "orders") -> String {
        summary.split(separator: "\n").map(String.init).first { $0.hasPrefix("| \(name)") } ?? ""
    }

    @Test func largeChangesAreFactorsNotPercentages() {
        let text = Self.summary(
            base: [F.scale(1, queries: 1, rowsRead: 1)], head: [F.scale(1, queries: 100_000, rowsRead: 1)])
        #expect(Self.row(text).contains("1 → 100000 (×100,000)"), "\(text)")
        #expect(!text.contains("9999900"), "\(text)")
    }

    @Test func numberTextPicksFactorDivisorOrPercent() {
        #expect(NumberText.change(from: 1, to: 100_000) == "×100,000")
        #expect(NumberText.change(from: 2, to: 5) == "×2.5")
        #expect(NumberText.change(from: 100, to: 125) == "+25%")
        #expect(NumberText.change(from: 100, to: 80) == "-20%")
        #expect(NumberText.change(from: 2_000, to: 100) == "÷20")
        #expect(NumberText.change(from: 0, to: 5) == nil)
    }

    @Test func latencyNoiseIsNotShownAsAChange() {
        let steady = (0..<20).map { 1.0 + Double($0 % 5) * 0.01 }
        let jitter = (0..<20).map { 1.01 + Double($0 % 5) * 0.01 }
        var head = F.scale(1, queries: 1, rowsRead: 1, latency: jitter)
        head.latency_ms.p95 = 2.5
        let text = Self.summary(base: [F.scale(1, queries: 1, rowsRead: 1, latency: steady)], head: [head])
        let row = Self.row(text)
        #expect(row.contains("| 2.5 (noise) |"), "p95 is shown once, marked noise: \(row)")
        #expect(!row.contains("2 → 2.5"), "\(row)")
    }

    @Test func everyFailingCellIsMarked() {
        let budgets = [
            BudgetSpec(figure: .rowsReadPerRequest, max: 50),
            BudgetSpec(figure: .queriesPerRequest, growth: .constant),
        ]
        let text = Self.summary(
            base: [F.scale(1, queries: 1, rowsRead: 10), F.scale(10, queries: 1, rowsRead: 10)],
            head: [F.scale(1, queries: 2, rowsRead: 10), F.scale(10, queries: 20, rowsRead: 100)],
            headGrowth: .linear, budgets: budgets)
        let cells = Self.row(text).split(separator: "|", omittingEmptySubsequences: false).dropFirst()
            .dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
        // name, scale, queries, rows read, rows written, p95, cost, growth
        #expect(cells.count == 8, "\(cells)")
        #expect(!cells[2].contains("❌"), "no budget on queries at a scale: \(cells)")
        #expect(cells[cells.startIndex + 3].hasSuffix("❌"), "rows read over its max: \(cells)")
        #expect(!cells[cells.startIndex + 4].contains("❌"), "\(cells)")
        #expect(cells[cells.startIndex + 7].hasSuffix("❌"), "the growth budget failed: \(cells)")
        let violations = text.split(separator: "\n").filter { $0.contains("`rows_read_per_request") }
        #expect(!violations.isEmpty && violations.allSatisfy { $0.hasSuffix("❌ |") }, "\(text)")
    }

    @Test func namesCannotOpenHTMLLinksImagesOrCode() {
        let name = "<img src=x onerror=alert(1)> ![t](https://example.com/t.png) `x` \\"
        let text = Self.summary(
            base: [F.scale(1, queries: 1, rowsRead: 1)], head: [F.scale(1, queries: 1, rowsRead: 1)],
            name: name)
        #expect(!text.contains("<img"))
        #expect(!text.contains("![t]("), "\(text)")
        #expect(
            text.contains(
                "| &lt;img src=x onerror=alert(1)&gt; !\\[t\\](https://example.com/t.png) \\`x\\` \\\\ |"),
            "\(text)")
    }

    @Test func aConfirmingScenarioNameCannotCloseItsCodeSpan() {
        let confirmation = RuntimeConfirmation(
            scenario: "x` <img src=y>", fingerprint: "SELECT ?", counts: [ScaleCount(scale: 1, count: 3)])
        let finding = FindingLine(
            rule: "HF101", severity: "error", path: "a.py", line: 1, column: 1, message: "m", hint: "h",
            failing: true, confirmed_by: [confirmation])
        let text = finding.confirmationText ?? ""
        #expect(text.contains("``x` <img src=y>``"), "\(text)")
    }
}
