import HundredfoldCore

/// The Markdown summary for a pull-request comment (and `$GITHUB_STEP_SUMMARY`): the verdict
/// first, a hidden marker so a bot can update one comment in place, per scenario base → head of
/// the key figures at the largest scale with growth class changes and the monthly cost delta, the
/// budget violations, and the change's new static findings. Kept under ``limit`` characters
/// (GitHub's comment limit is 65,536), truncated with a note.
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

    static let keyFigures: [Figure] = [
        .queriesPerRequest, .rowsReadPerRequest, .rowsWrittenPerRequest, .latencyP95Ms, .costPerMonthUSD,
    ]

    public func render(_ document: ComparisonDocument) -> String {
        let comparison = document.comparison
        let violations = comparison.violations
        let failingFindings = document.findings.filter(\.failing).count
        var head = [Self.marker]
        let icon = document.verdict == .pass ? "✅" : "❌"
        head.append("## \(icon) Hundredfold: \(document.verdict.rawValue)")
        head.append("")
        head.append(
            "\(violations.count) budget violation\(violations.count == 1 ? "" : "s"), "
                + "\(document.staticScan ? "\(document.findings.count) new static finding\(document.findings.count == 1 ? "" : "s")" : "static scan not run")"
                + (failingFindings > 0 ? " (\(failingFindings) at the failing severity)" : "")
                + ". Budgets from the **\(comparison.budgets_from)** branch.")
        if let context { head += ["", context] }

        var body: [String] = [
            "", "### Scenarios (largest scale, \(cell(document.baseLabel)) → \(cell(document.headLabel)))",
            "",
        ]
        body.append(
            "| scenario | scale | " + Self.keyFigures.map(\.label).joined(separator: " | ") + " | growth |")
        body.append("|---|---:|" + String(repeating: "---:|", count: Self.keyFigures.count) + "---|")
        for scenario in comparison.scenarios {
            body.append(row(scenario))
        }
        let priced = Set(comparison.scenarios.compactMap { $0.pricing_head ?? $0.pricing_base }).sorted()
        if !priced.isEmpty {
            body += ["", "Cost is an estimate (pricing profile: \(priced.joined(separator: ", ")))."]
        }
        if !violations.isEmpty {
            body += [
                "", "### Budget violations", "", "| scenario | budget | limit | measured |",
                "|---|---|---|---|",
            ]
            for (scenario, budget) in violations {
                body.append(
                    "| \(cell(scenario)) | \(MarkdownText.code(budget.name)) | \(cell(budget.limit)) | \(cell(budget.value)) |"
                )
            }
        }
        if !document.findings.isEmpty {
            body += ["", "### New static findings", ""]
            for finding in document.findings {
                body.append(
                    "- \(MarkdownText.code("\(finding.path):\(finding.line)")) **\(finding.rule)** (\(finding.severity)): \(cell(finding.message))"
                        + (finding.confirmationText.map { " — **\($0)**" } ?? ""))
            }
        }
        return truncated(head, body)
    }

    /// One table row: key figures at the scenario's largest scale, and its growth class changes.
    func row(_ scenario: ScenarioComparison) -> String {
        let name =
            scenario.status == .compared
            ? cell(scenario.name) : "\(cell(scenario.name)) (\(scenario.status.rawValue))"
        guard let largest = scenario.scales.last else {
            return "| \(name) | – |" + String(repeating: " – |", count: Self.keyFigures.count + 1)
        }
        let cells = Self.keyFigures.map { figure -> String in
            guard let value = largest.figures.first(where: { $0.figure == figure }) else { return "–" }
            let base = NumberText.figure(value.base, figure)
            let head = NumberText.figure(value.head, figure)
            var text =
                value.base == nil || value.head == nil
                ? "\(base) → \(head)" : base == head ? head : "\(base) → \(head)"
            if let delta = value.delta, delta != 0 {
                text +=
                    figure == .costPerMonthUSD
                    ? " (\(delta > 0 ? "+" : "-")$\(NumberText.plain(abs(delta))))"
                    : " (\(value.delta_percent.map { NumberText.percent($0) } ?? NumberText.signed(delta)))"
            }
            if value.verdict == .regression { text = "**\(text)** ❌" }
            return text
        }
        // Growth classes of counts only: a class fitted on latency moves with the noise.
        let growth = scenario.growth.filter {
            $0.figure.isDeterministic && $0.base != nil && $0.head != nil && $0.base != $0.head
        }
        .map {
            "\($0.figure.rawValue): \($0.base?.rawValue ?? "") → \($0.head?.rawValue ?? "")\($0.isWorse ? " ⚠️" : "")"
        }
        return "| \(name) | \(largest.scale) | " + cells.joined(separator: " | ") + " | "
            + (growth.isEmpty ? "unchanged" : growth.joined(separator: "<br>")) + " |"
    }

    func cell(_ text: String) -> String { MarkdownText.cell(text) }

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
