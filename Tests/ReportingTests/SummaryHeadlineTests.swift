import Foundation
import HundredfoldCore
import Reporting
import Testing

/// The summary's first lines name each scenario's figure, its change as a factor and its cause; its
/// tables fit GitHub's conversation column; its locations link to the change's head.
@Suite struct SummaryHeadlineTests {
    typealias F = ComparisonFixture

    static func scale(
        _ scale: Int, queries: Double, rowsRead: Double, repeated: [RepeatedStatement] = [],
        scans: [FullScan] = []
    ) -> ScaleResult {
        var result = F.scale(scale, queries: queries, rowsRead: rowsRead, costPerMonth: queries)
        result.repeated_statements = repeated
        result.full_scans = scans
        return result
    }

    static let perOrder = "SELECT total FROM orders WHERE id = ?"
    static let everyOrder = "SELECT id FROM orders WHERE user_id = ? ORDER BY id"

    static func document(
        base: [ScaleResult], head: [ScaleResult], budgets: [BudgetSpec] = [], findings: [FindingLine] = [],
        names: [String] = ["orders"]
    ) -> ComparisonDocument {
        let comparison = ReportComparator.compare(
            base: RunReport(scenarios: names.map { F.scenario($0, scales: base, budgets: budgets) }),
            head: RunReport(scenarios: names.map { F.scenario($0, scales: head, budgets: budgets) }))
        return ComparisonDocument(comparison: comparison, findings: findings)
    }

    static func lines(_ document: ComparisonDocument) -> [String] {
        PullRequestSummary().render(document).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
    }

    static let regression = BudgetSpec(figure: .queriesPerRequest, regression: RegressionLimit(absolute: 0))

    @Test func aRepeatedStatementIsNamedWithItsCountInTheFirstFiveLines() {
        let document = Self.document(
            base: [Self.scale(100, queries: 1, rowsRead: 1)],
            head: [
                Self.scale(
                    100, queries: 100_001, rowsRead: 100_001,
                    repeated: [RepeatedStatement(fingerprint: Self.perOrder, count: 100_000)])
            ], budgets: [Self.regression])
        let first = Self.lines(document).prefix(5).joined(separator: "\n")
        #expect(first.contains("❌ **orders**: queries/request ×100,001 (1 → 100001) at 100x ❌"), "\(first)")
        #expect(
            first.contains("because `\(Self.perOrder)` runs 100000 times per request (base: once at most)"),
            "\(first)")
    }

    @Test func aFullScanIsNamedByItsTableForRowsRead() {
        let budget = BudgetSpec(figure: .rowsReadPerRequest, regression: RegressionLimit(percent: 10))
        let document = Self.document(
            base: [Self.scale(10, queries: 1, rowsRead: 2)],
            head: [
                Self.scale(
                    10, queries: 1, rowsRead: 2_000,
                    scans: [FullScan(fingerprint: Self.everyOrder, table: "orders", per_request: 1)])
            ], budgets: [budget])
        let first = Self.lines(document).prefix(5).joined(separator: "\n")
        #expect(first.contains("rows read/request ×1,000 (2 → 2000) at 10x ❌"), "\(first)")
        #expect(
            first.contains(
                "because table `orders` is scanned in full 1× per request by `\(Self.everyOrder)` (base: none)"
            ), "\(first)")
    }

    /// The look-alike: the base already ran the statement as often and scanned the same table —
    /// it explains nothing about this change and is not named as its cause.
    @Test func aStatementTheBaseRanAsOftenIsNotACause() {
        let repeated = [RepeatedStatement(fingerprint: Self.perOrder, count: 50)]
        let scans = [FullScan(fingerprint: Self.everyOrder, table: "orders", per_request: 1)]
        let document = Self.document(
            base: [Self.scale(10, queries: 51, rowsRead: 10, repeated: repeated, scans: scans)],
            head: [Self.scale(10, queries: 102, rowsRead: 10, repeated: repeated, scans: scans)],
            budgets: [Self.regression])
        let first = Self.lines(document).prefix(5).joined(separator: "\n")
        #expect(first.contains("queries/request ×2 (51 → 102) at 10x ❌"), "\(first)")
        #expect(!first.contains("because"), "\(first)")
        #expect(document.comparison.scenarios.first?.causes == [])
    }

    @Test func aConfirmedFindingIsNamedInTheHeadlineWithItsLink() {
        let confirmation = RuntimeConfirmation(
            scenario: "orders", fingerprint: Self.perOrder, counts: [ScaleCount(scale: 10, count: 20)])
        let finding = FindingLine(
            rule: "HF101", severity: "error", path: "app/feed (old).py", line: 12, column: 5,
            message: "query in loop", hint: "h", failing: true, confirmed_by: [confirmation])
        var document = Self.document(
            base: [Self.scale(10, queries: 1, rowsRead: 1)],
            head: [
                Self.scale(
                    10, queries: 21, rowsRead: 21,
                    repeated: [RepeatedStatement(fingerprint: Self.perOrder, count: 20)])
            ], budgets: [Self.regression], findings: [finding])
        document.links = SourceLinks(repository: "https://github.com/acme/shop", commit: "abc123")
        let lines = Self.lines(document)
        let link =
            "[app/feed (old).py:12](https://github.com/acme/shop/blob/abc123/app/feed%20%28old%29.py#L12)"
        #expect(lines[3].contains("confirms new finding HF101 at \(link)"), "\(lines[3])")
        #expect(lines.contains { $0.hasPrefix("- \(link) **HF101** (error): query in loop ❌") }, "\(lines)")
        // Without a known repository the location is code, not a link.
        document.links = nil
        #expect(Self.lines(document)[3].contains("HF101 at `app/feed (old).py:12`"))
    }

    @Test func aFailingFindingNoScenarioConfirmedHasItsOwnHeadline() {
        let finding = FindingLine(
            rule: "HF102", severity: "error", path: "app/a.rb", line: 3, column: 1, message: "unbounded",
            hint: "h", failing: true)
        let advisory = FindingLine(
            rule: "HF103", severity: "warning", path: "app/b.rb", line: 4, column: 1, message: "advice",
            hint: "h", failing: false)
        let document = Self.document(
            base: [Self.scale(1, queries: 1, rowsRead: 1)], head: [Self.scale(1, queries: 1, rowsRead: 1)],
            findings: [advisory, finding])
        let lines = Self.lines(document)
        #expect(lines[1] == "## ❌ Hundredfold: fail")
        #expect(lines[3] == "- ❌ new finding `app/a.rb:3` **HF102** (error): unbounded ❌", "\(lines)")
        #expect(!lines.prefix(6).contains { $0.contains("HF103") }, "an advisory finding has no headline")
    }

    @Test func aFindingMessageKeepsItsCodeSpansAndLosesItsHTML() {
        let finding = FindingLine(
            rule: "HF101", severity: "warning", path: "a.py", line: 2, column: 1,
            message: "`cursor.execute` runs per item <img src=x onerror=alert(1)>", hint: "h", failing: false)
        let document = Self.document(
            base: [Self.scale(1, queries: 1, rowsRead: 1)], head: [Self.scale(1, queries: 1, rowsRead: 1)],
            findings: [finding])
        let text = PullRequestSummary().render(document)
        #expect(
            text.contains("(warning): `cursor.execute` runs per item &lt;img src=x onerror=alert(1)&gt;"),
            "\(text)")
        #expect(!text.contains("<img"))
    }

    @Test func failingScenariosComeFirst() {
        let comparison = ReportComparator.compare(
            base: RunReport(scenarios: [
                F.scenario("a-steady", scales: [Self.scale(1, queries: 1, rowsRead: 1)]),
                F.scenario(
                    "b-broken", scales: [Self.scale(1, queries: 1, rowsRead: 1)], budgets: [Self.regression]),
            ]),
            head: RunReport(scenarios: [
                F.scenario("a-steady", scales: [Self.scale(1, queries: 1, rowsRead: 1)]),
                F.scenario(
                    "b-broken", scales: [Self.scale(1, queries: 9, rowsRead: 1)], budgets: [Self.regression]),
            ]))
        let lines = Self.lines(ComparisonDocument(comparison: comparison))
        #expect(lines[3].hasPrefix("- ❌ **b-broken**: queries/request ×9"), "\(lines)")
        #expect(lines[4] == "- ✅ **a-steady**: no count changed.", "\(lines)")
    }

    @Test func addedAndRemovedScenariosSaySo() {
        let comparison = ReportComparator.compare(
            base: RunReport(scenarios: [F.scenario("gone", scales: [Self.scale(10, queries: 4, rowsRead: 4)])]
            ),
            head: RunReport(scenarios: [
                F.scenario("new", scales: [Self.scale(10, queries: 12, rowsRead: 300)])
            ]))
        let lines = Self.lines(ComparisonDocument(comparison: comparison))
        #expect(lines.contains("- ✅ **new** (added): queries/request 12 at 10x."), "\(lines)")
        #expect(lines.contains("- ✅ **gone** (removed): only the base has it."), "\(lines)")
        #expect(lines.contains("| queries/request | – | 12 | added |"), "\(lines)")
    }

    // MARK: - 860 px

    /// GitHub shows a comment in a column about 860 px wide (the pull-request conversation at
    /// common window sizes); a wider table is cut off behind a scroll bar. Its body text is 14 px
    /// system-ui (about 7 px per character on average, 8 px for digits and wide letters) and code
    /// is 85% of that in monospace (0.6 em ≈ 7.1 px); each cell adds 13 px of padding each side
    /// and a 1 px border. So with 8 px a character as the upper bound, a table fits when
    /// Σ over columns (longest cell × 8 + 27) ≤ 860.
    static func tableWidth(_ rows: [[String]]) -> Int {
        guard let columns = rows.map(\.count).max() else { return 0 }
        return (0..<columns).reduce(0) { width, column in
            let longest =
                rows.map { $0.indices.contains(column) ? Self.visible($0[column]).count : 0 }.max() ?? 0
            return width + longest * 8 + 27
        }
    }

    /// The characters a cell shows: Markdown emphasis, code fences and escapes dropped,
    /// character references as one character.
    static func visible(_ cell: String) -> String {
        cell.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            .replacingOccurrences(of: "\\", with: "")
            .replacingOccurrences(of: "&[a-z]+;", with: "x", options: .regularExpression)
    }

    /// Every table of the summary outside `<details>`, as rows of cells.
    static func visibleTables(_ summary: String) -> [[[String]]] {
        var tables: [[[String]]] = []
        var current: [[String]] = []
        var inDetails = false
        for line in summary.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<details>") { inDetails = true }
            if line.hasPrefix("</details>") { inDetails = false }
            if !inDetails, line.hasPrefix("|"), !line.hasPrefix("|---") {
                current.append(
                    line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                        .map { $0.trimmingCharacters(in: .whitespaces) })
            } else if !current.isEmpty, !line.hasPrefix("|---") {
                tables.append(current)
                current = []
            }
        }
        return tables
    }

    @Test func theVisibleTablesFitAConversationColumn() {
        // The widest numbers a report produces: a regression by a huge factor, costs with cents.
        let budgets = [Self.regression, BudgetSpec(figure: .rowsReadPerRequest, max: 50)]
        let document = Self.document(
            base: [
                Self.scale(1, queries: 1.5, rowsRead: 1.25),
                Self.scale(100_000, queries: 1.5, rowsRead: 1.25),
            ],
            head: [
                Self.scale(1, queries: 3, rowsRead: 3),
                Self.scale(100_000, queries: 123_456_789.25, rowsRead: 987_654_321.5),
            ], budgets: budgets,
            names: [String(repeating: "a-very-long-scenario-name-", count: 8)])
        let summary = PullRequestSummary().render(document)
        let tables = Self.visibleTables(summary)
        #expect(!tables.isEmpty, "\(summary)")
        for table in tables {
            #expect(table.allSatisfy { $0.count <= 4 }, "at most four columns: \(table)")
            #expect(Self.tableWidth(table) <= 860, "\(Self.tableWidth(table)) px: \(table)")
            #expect(table.allSatisfy { $0.allSatisfy { Self.visible($0).count <= 24 } }, "\(table)")
        }
        // The look-alike: the old eight-column table would not fit.
        let old = [
            [
                "scenario", "scale", "queries/request", "rows read/request", "rows written/request",
                "latency p95 (ms)", "cost/month (USD, est.)", "growth",
            ],
            [
                "orders", "100000", "1.5 → 123456789.25 (×82,304,526)", "1.25 → 987654321.5 (×790,123,457)",
                "0",
                "2", "$1.5 → $123456789.25 (+$123456787.75)", "queries_per_request: constant → linear ⚠️",
            ],
        ]
        #expect(Self.tableWidth(old) > 860)
    }
}
