import Foundation
import TestSupport
import Testing

/// The single-file HTML report `hundredfold ci` writes. Issue 12, "What to build": "The HTML: an
/// overview table first, the budget limit drawn on its chart, messages rendered as Markdown (a
/// well-kept library), version/date/commits, cost as quantity × unit price = amount."
@Suite(.serialized)
struct HTMLReportAcceptanceTests {
    /// Runs `ci` on the N+1 pull request and returns `report.html`.
    static func report(_ repo: PullRequestRepository) throws -> String {
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 1, "\(result.summary)")
        let html = read(repo.outFile("report.html"))
        #expect(html.lowercased().contains("<html"), "report.html is written: \(result.summary)")
        return html
    }

    /// Spec: "an overview table first" (the bug: "13 charts per scenario and nothing above them").
    /// The first table precedes the first chart and names every scenario.
    @Test func anOverviewTableOfEveryScenarioComesBeforeAnyChart() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let html = try Self.report(repo)
        let table = try #require(html.range(of: "<table"), "a table")
        let chart = try #require(html.range(of: "<svg"), "a chart")
        #expect(table.lowerBound < chart.lowerBound, "the first table comes before the first chart")
        let end =
            html.range(of: "</table>", range: table.upperBound..<html.endIndex)?.upperBound ?? html.endIndex
        let first = visibleText(String(html[table.lowerBound..<end]))
        for name in [Shop.orderHistory, Shop.steadyLookup] {
            #expect(first.contains(name), "the overview table lists \(name): \(first)")
        }
    }

    /// Spec: "the budget limit drawn on its chart" (the bug: "no budget line on the charts"). The
    /// queries-per-request chart of the scenario with `queries_per_request: { max: 50 }` shows a
    /// labelled limit of 50.
    @Test func theBudgetLimitIsDrawnOnItsChart() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let html = try Self.report(repo)
        // Only order-history has a budget of 50 queries.
        let charts = svgBlocks(html).filter { visibleText($0).lowercased().contains("quer") }
        #expect(!charts.isEmpty, "a queries-per-request chart")
        let limitShown = charts.contains { svg in
            let text = visibleText(svg).lowercased()
            return text.range(of: #"(budget|limit)[^0-9]{0,40}\b50\b"#, options: .regularExpression) != nil
                || text.range(of: #"\b50\b[^0-9]{0,40}(budget|limit)"#, options: .regularExpression) != nil
        }
        #expect(limitShown, "the chart marks the budget limit 50: \(charts.map { visibleText($0) })")
    }

    /// Spec: "messages rendered as Markdown" (the bug: "raw Markdown backticks in messages"). The
    /// finding's message and hint carry `code`; the page shows it as <code>, never a backtick.
    @Test func markdownInMessagesIsRendered() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let html = try Self.report(repo)
        let text = visibleText(html)
        #expect(text.contains("app/report.py"), "the static finding is in the report")
        #expect(!text.contains("`"), "no raw backtick in the page text: \(snippets(of: "`", in: text))")
        #expect(!text.contains("**"), "no raw bold markers: \(snippets(of: "**", in: text))")
        #expect(
            html.range(of: #"<code>[^<]*cursor\.execute[^<]*</code>"#, options: .regularExpression) != nil,
            "the call is shown as code")
    }

    /// Spec: "version/date/commits" (the bug: "no version or date").
    @Test func theReportNamesToolVersionDateAndCommits() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let html = try Self.report(repo)
        let text = visibleText(html)
        let version = try toolVersion()
        #expect(!version.isEmpty)
        #expect(text.contains(version), "the tool version \(version) is shown")
        #expect(
            nearbyDates().contains { text.contains($0) }, "the date (yyyy-MM-dd) is shown: \(nearbyDates())")
        let base = try repo.sha("main")
        let head = try repo.sha()
        #expect(text.contains(String(base.prefix(7))), "the base commit \(base.prefix(7)) is shown")
        #expect(text.contains(String(head.prefix(7))), "the head commit \(head.prefix(7)) is shown")
    }

    /// Spec: "cost as quantity × unit price = amount" (the bug: "a monthly cost that cannot be
    /// audited (no units × price breakdown like Infracost's)"). The scenario prices queries only,
    /// $0.000001 each, at a million requests a month: the head's 2,001 queries a request at scale
    /// 100 cost $2,001 a month.
    @Test func costIsShownAsQuantityTimesUnitPriceEqualsAmount() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let html = try Self.report(repo)
        let report = try Report(file: repo.outFile("report.json"))
        let largest = try #require(report.largestScale)
        let month = try #require(
            number((report.scale(Shop.orderHistory, largest)?["cost"] as? [String: Any])?["per_month_usd"]))
        #expect(abs(month - 2001) < 0.01, "2,001 queries × 1,000,000 requests × $0.000001 = $2,001: \(month)")
        let text = visibleText(html)
        let breakdown = #"[\d.,]+\s*[A-Za-z/ ]{0,30}\s*×\s*\$?\s*[\d.,]+[^=\n]{0,40}=\s*\$?\s*([\d.,]+)"#
        let regex = try NSRegularExpression(pattern: breakdown)
        let amounts = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
        #expect(!amounts.isEmpty, "a `quantity × unit price = amount` line: \(snippets(of: "$", in: text))")
        #expect(
            amounts.contains { amount in renderings(of: month).contains { amount.hasPrefix($0) } },
            "a breakdown ends in the monthly amount \(month): \(amounts)")
    }
}

// MARK: - Reading HTML

/// The text a browser shows: scripts and styles dropped, tags removed, entities decoded.
func visibleText(_ html: String) -> String {
    var text = html
    for element in ["script", "style"] {
        text = text.replacingOccurrences(
            of: "<\(element)[^>]*>[\\s\\S]*?</\(element)>", with: " ",
            options: [.regularExpression, .caseInsensitive])
    }
    text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    return RenderedInline(text, html: true).text.replacingOccurrences(
        of: "\\s+", with: " ", options: .regularExpression)
}

/// Every `<svg>…</svg>` element.
func svgBlocks(_ html: String) -> [String] {
    var blocks: [String] = []
    var rest = html[...]
    while let start = rest.range(of: "<svg"),
        let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
    {
        // A chart's caption right after it belongs to it too.
        let captionEnd = rest.range(of: "</figcaption>", range: end.upperBound..<rest.endIndex)
        let next = rest.range(of: "<svg", range: end.upperBound..<rest.endIndex)
        let until: String.Index
        if let captionEnd, next.map({ captionEnd.upperBound < $0.lowerBound }) ?? true {
            until = captionEnd.upperBound
        } else {
            until = end.upperBound
        }
        blocks.append(String(rest[start.lowerBound..<until]))
        rest = rest[until...]
    }
    return blocks
}

/// Short excerpts of `text` around `needle`, for failure messages.
func snippets(of needle: String, in text: String) -> [String] {
    var out: [String] = []
    var search = text.startIndex..<text.endIndex
    while let hit = text.range(of: needle, range: search), out.count < 5 {
        let from = text.index(hit.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        let to = text.index(hit.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
        out.append(String(text[from..<to]))
        search = hit.upperBound..<text.endIndex
    }
    return out
}
