import Reporting
import Testing

/// Report text reaches pull-request comments as text: it cannot become HTML, break a table cell,
/// or close a code span.
@Suite struct MarkdownTextTests {
    @Test func htmlInANameArrivesAsText() {
        let cell = MarkdownText.cell("<img src=x onerror=alert(1)> | a\nb & c")
        #expect(cell == "&lt;img src=x onerror=alert(1)&gt; \\| a b &amp; c")
        #expect(!cell.contains("<"))
    }

    @Test func codeSpansOutfenceTheBackticksInside() {
        #expect(MarkdownText.code("SELECT 1") == "`SELECT 1`")
        #expect(MarkdownText.code("a `b` c") == "``a `b` c``")
        #expect(MarkdownText.code("`x``") == "``` `x`` ```")
        #expect(MarkdownText.code("a|b\nc") == "`a|b c`")
        #expect(MarkdownText.code("a|b\nc", inTableCell: true) == "`a\\|b c`")
    }

    @Test func theSummaryEscapesScenarioNames() {
        let name = "<img src=x onerror=alert(1)>"
        let base = RunReport(scenarios: [
            ComparisonFixture.scenario(name, scales: [ComparisonFixture.scale(1, queries: 1, rowsRead: 1)])
        ])
        let comparison = ReportComparator.compare(base: base, head: base)
        let summary = PullRequestSummary(context: "").render(ComparisonDocument(comparison: comparison))
        #expect(!summary.contains(name), "\(summary)")
        #expect(summary.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }
}
