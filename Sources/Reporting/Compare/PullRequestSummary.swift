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
            "",
            "### Scenarios (largest scale, \(MarkdownText.name(document.baseLabel)) → \(MarkdownText.name(document.headLabel)))",
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
                    "| \(MarkdownText.name(scenario)) | \(MarkdownText.code(budget.name)) | \(cell(budget.limit)) | \(cell(budget.value)) ❌ |"
                )
            }
        }
        if !document.findings.isEmpty {
            body += ["", "### New static findings", ""]
            for finding in document.findings {
                body.append(
                    "- \(MarkdownText.code("\(finding.path):\(finding.line)")) **\(cell(finding.rule))** (\(cell(finding.severity))): \(cell(finding.message))"
                        + (finding.failing ? " ❌" : "")
                        + (finding.confirmationText.map { " — **\($0)**" } ?? ""))
            }
        }
        return truncated(head, body)
    }

    /// One table row: key figures at the scenario's largest scale, and its growth class changes;
    /// ❌ on every cell whose figure failed a budget (a limit, a growth class, a regression limit),
    /// and on the name of a scenario that was stopped.
    func row(_ scenario: ScenarioComparison) -> String {
        let failed = scenario.budgets.filter { !$0.passed }.map(\.name)
        let failedFigures = Set(failed.filter { !$0.hasSuffix(".growth") }.compactMap(Self.figure))
        var name =
            scenario.status == .compared
            ? MarkdownText.name(scenario.name)
            : "\(MarkdownText.name(scenario.name)) (\(scenario.status.rawValue))"
        if failed.contains("limits") { name += " ❌" }
        guard let largest = scenario.scales.last else {
            return "| \(name) | – |" + String(repeating: " – |", count: Self.keyFigures.count + 1)
        }
        let cells = Self.keyFigures.map { figure -> String in
            guard let value = largest.figures.first(where: { $0.figure == figure }) else { return "–" }
            let text = Self.change(value)
            return value.verdict == .regression || failedFigures.contains(figure) ? "**\(text)** ❌" : text
        }
        // Growth classes of counts only: a class fitted on latency moves with the noise.
        var growth = scenario.growth.filter {
            $0.figure.isDeterministic && $0.base != nil && $0.head != nil && $0.base != $0.head
        }
        .map {
            "\($0.figure.rawValue): \($0.base?.rawValue ?? "") → \($0.head?.rawValue ?? "")\($0.isWorse ? " ⚠️" : "")"
        }
        .joined(separator: "<br>")
        if growth.isEmpty { growth = "unchanged" }
        if failed.contains(where: { $0.hasSuffix(".growth") }) { growth = "**\(growth)** ❌" }
        return "| \(name) | \(largest.scale) | " + cells.joined(separator: " | ") + " | \(growth) |"
    }

    /// One figure's cell: `base → head (×factor)` (a monthly cost by its dollar difference); the
    /// head alone when nothing changed or when the change is latency noise (a noisy difference is
    /// not a change); no change for latency that could not be compared.
    static func change(_ value: FigureComparison) -> String {
        let base = NumberText.figure(value.base, value.figure)
        let head = NumberText.figure(value.head, value.figure)
        if value.verdict == .noise { return "\(head) (noise)" }
        if base == head { return head }
        guard let b = value.base, let h = value.head, value.verdict != .not_compared else {
            return "\(base) → \(head)"
        }
        let change =
            value.figure == .costPerMonthUSD
            ? (h > b ? "+$" : "-$") + NumberText.plain(abs(h - b))
            : NumberText.change(from: b, to: h) ?? NumberText.signed(h - b)
        return "\(base) → \(head) (\(change))"
    }

    /// The figure a budget name is about: `queries_per_request`, `…@100`, `…@100.regression`.
    static func figure(_ budgetName: String) -> Figure? {
        Figure(rawValue: String(budgetName.prefix { $0 != "@" && $0 != "." }))
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
