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

    /// The first key-figure row of `figure` (the largest scale's table comes first).
    static func row(_ summary: String, _ figure: Figure) -> [String] {
        let line = summary.split(separator: "\n").map(String.init).first {
            $0.hasPrefix("| \(figure.label) |")
        }
        return (line ?? "").split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func largeChangesAreFactorsNotPercentages() {
        let text = Self.summary(
            base: [F.scale(1, queries: 1, rowsRead: 1)], head: [F.scale(1, queries: 100_000, rowsRead: 1)])
        #expect(
            Self.row(text, .queriesPerRequest) == ["queries/request", "1", "100000", "×100,000"], "\(text)")
        #expect(text.contains("queries/request ×100,000 (1 → 100000) at 1x"), "\(text)")
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
        let row = Self.row(text, .latencyP95Ms)
        #expect(row.last == "noise", "the change reads noise: \(row)")
        #expect(!row.joined().contains("%") && !row.joined().contains("×"), "\(row)")
        // Noise leads no headline: nothing else changed.
        #expect(text.contains("- ✅ **orders**: no count changed."), "\(text)")
    }

    @Test func aSlowerLatencyLooksLikeNoiseButIsAChange() {
        let steady = (0..<20).map { 1.0 + Double($0 % 5) * 0.01 }
        let slower = steady.map { $0 * 3 }
        var head = F.scale(1, queries: 1, rowsRead: 1, latency: slower)
        head.latency_ms.p95 = 6
        let text = Self.summary(base: [F.scale(1, queries: 1, rowsRead: 1, latency: steady)], head: [head])
        #expect(Self.row(text, .latencyP95Ms).last == "×3", "\(text)")
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
        let rowsRead = Self.row(text, .rowsReadPerRequest)
        #expect(rowsRead.count == 4, "\(rowsRead)")
        #expect(rowsRead.last?.hasSuffix("❌") == true, "rows read over its max: \(rowsRead)")
        #expect(Self.row(text, .rowsWrittenPerRequest).last == "–", "\(text)")
        // The growth budget on queries failed: its cell and its growth row carry ❌.
        #expect(Self.row(text, .queriesPerRequest).last?.hasSuffix("❌") == true, "\(text)")
        #expect(text.contains("| queries/request | constant | linear ⚠️ ❌ |"), "\(text)")
        let violations = text.split(separator: "\n").filter { $0.contains("`rows_read_per_request") }
        #expect(!violations.isEmpty && violations.allSatisfy { $0.hasPrefix("- ❌ ") }, "\(text)")
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
                "**&lt;img src=x onerror=alert(1)&gt; !\\[t\\](https://example.com/t.png) \\`x\\` \\\\**"),
            "\(text)")
        #expect(text.contains("<summary>&lt;img src=x onerror=alert(1)&gt;"), "\(text)")
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
