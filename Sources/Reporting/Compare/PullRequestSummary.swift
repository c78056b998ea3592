import HundredfoldCore

/// The Markdown summary for a pull-request comment (and `$GITHUB_STEP_SUMMARY`): a hidden marker
/// so a bot can update one comment in place, the verdict, one headline per scenario naming the
/// figure, its change and its cause (failing first), then narrow tables of the key figures, the
/// budget violations, the change's new static findings (linked to their lines when the
/// repository's address is known), and every figure inside `<details>`. Kept under ``limit``
/// characters (GitHub's comment limit is 65,536), truncated with a note.
public struct PullRequestSummary: ComparisonRenderer {
    /// The hidden comment a bot looks for to update the comment in place.
    public static let marker = "<!-- hundredfold:summary -->"
    public static let defaultLimit = 65_000

    public var limit: Int
    /// A line after the verdict, e.g. which refs were compared.
    public var context: String?

    public init(limit: Int = Self.defaultLimit, context: String? = nil) {
        self.limit = limit
        self.context = context
    }

    public func render(_ document: ComparisonDocument) -> String {
        let comparison = document.comparison
        let violations = comparison.violations
        let failingFindings = document.findings.filter(\.failing)
        var head = [Self.marker]
        let icon = document.verdict == .pass ? "✅" : "❌"
        head.append("## \(icon) Hundredfold: \(document.verdict.rawValue)")
        head.append("")
        head += headlines(document)
        head.append("")
        head.append(
            "\(violations.count) budget violation\(violations.count == 1 ? "" : "s"), "
                + "\(document.staticScan ? "\(document.findings.count) new static finding\(document.findings.count == 1 ? "" : "s")" : "static scan not run")"
                + (failingFindings.isEmpty ? "" : " (\(failingFindings.count) at the failing severity)")
                + ". Budgets from the **\(comparison.budgets_from)** branch.")
        if let context { head += ["", context] }
        if let run = document.links?.run {
            head += ["", "Charts and every figure: `report.html` in [this run's artifacts](\(run))."]
        }

        var body: [String] = []
        let tabled = comparison.scenarios.compactMap { scenario in
            SummaryHeadline.lead(scenario) != nil || scenario.verdict == .fail
                ? SummaryTables(scenario: scenario).keyTable.map { (scenario, $0) } : nil
        }
        if !tabled.isEmpty {
            body += [
                "",
                "### Key figures (\(MarkdownText.name(document.baseLabel)) → \(MarkdownText.name(document.headLabel)))",
            ]
            for (scenario, table) in tabled {
                let scale = scenario.scales.last.map { " at \($0.scale)x" } ?? ""
                body += ["", "#### \(MarkdownText.name(scenario.name))\(scale)", ""] + table
            }
        }
        let priced = Set(comparison.scenarios.compactMap { $0.pricing_head ?? $0.pricing_base }).sorted()
        if !priced.isEmpty {
            body += [
                "",
                "Cost is an estimate (pricing profile: \(priced.map(MarkdownText.name).joined(separator: ", "))).",
            ]
        }
        if !violations.isEmpty {
            body += ["", "### Budget violations", ""]
            for (scenario, budget) in violations {
                body.append(
                    "- ❌ **\(MarkdownText.name(scenario))** \(MarkdownText.code(budget.name)): limit \(MarkdownText.name(budget.limit)), measured \(MarkdownText.name(budget.value))"
                )
            }
        }
        if !document.findings.isEmpty {
            body += ["", "### New static findings", ""]
            body += document.findings.map { finding($0, links: document.links) }
        }
        if !comparison.scenarios.isEmpty {
            body += ["", "### Details", ""]
            for scenario in comparison.scenarios {
                body += SummaryTables(scenario: scenario).details + [""]
            }
        }
        return truncated(head, body)
    }

    /// One line per scenario, failing first, and one per failing finding no scenario confirmed:
    /// a failing change names its cause in the summary's first lines.
    func headlines(_ document: ComparisonDocument) -> [String] {
        let scenarios = document.comparison.scenarios.map { scenario in
            let confirmed = document.findings.filter { finding in
                finding.confirmed_by?.contains { $0.scenario == scenario.name } == true
            }
            return (
                failing: scenario.verdict == .fail,
                line: "- "
                    + SummaryHeadline(scenario: scenario, confirmed: confirmed, links: document.links).text
            )
        }
        let failingScenarios = Set(document.comparison.scenarios.filter { $0.verdict == .fail }.map(\.name))
        let findings = document.findings.filter { finding in
            finding.failing
                && !(finding.confirmed_by ?? []).contains { failingScenarios.contains($0.scenario) }
        }
        let findingLines = findings.map {
            "- ❌ new finding " + finding($0, links: document.links).dropFirst(2)
        }
        let lines =
            scenarios.filter(\.failing).map(\.line) + findingLines
            + scenarios.filter { !$0.failing }.map(\.line)
        guard lines.count > Self.headlineLimit else { return lines }
        return lines.prefix(Self.headlineLimit) + [
            "- … and \(lines.count - Self.headlineLimit) more below, in Details"
        ]
    }

    /// At most this many headlines; the rest are in the details.
    static let headlineLimit = 30

    /// `- [app/feed.py:12](…) **HF101** (error): message ❌ — **confirmed at run time: …**`; the
    /// message keeps its code spans (they quote the source) and has HTML escaped.
    func finding(_ finding: FindingLine, links: SourceLinks?) -> String {
        "- \(SummaryLinks.location(finding, links: links)) **\(MarkdownText.name(finding.rule))** (\(MarkdownText.name(finding.severity))): \(MarkdownText.cell(finding.message))"
            + (finding.failing ? " ❌" : "")
            + (finding.confirmationText.map { " — **\($0)**" } ?? "")
    }

    /// The figure a budget name is about: `queries_per_request`, `…@100`, `…@100.regression`.
    static func figure(_ budgetName: String) -> Figure? {
        Figure(rawValue: String(budgetName.prefix { $0 != "@" && $0 != "." }))
    }

    /// Joins head and body, dropping body lines from the end (with a note) past the limit.
    func truncated(_ head: [String], _ body: [String]) -> String {
        let full = (head + body).joined(separator: "\n") + "\n"
        guard full.count > limit else { return full }
        let note =
            "\n\n_…truncated: the summary is longer than \(limit) characters; see report.html and compare.json._\n"
        var text = head.joined(separator: "\n")
        for line in body {
            if text.count + line.count + 1 + note.count > limit { break }
            text += "\n" + line
        }
        return text + note
    }
}
