import HundredfoldCore

/// The one sentence per scenario at the top of the pull-request summary: the figure that changed
/// most (a failing one first), its change as a factor at the largest scale, and its cause — the
/// statement the head repeats with its count, the table it scans in full, the change's new static
/// finding that the scenario confirmed at run time.
struct SummaryHeadline {
    var scenario: ScenarioComparison
    /// The change's static findings this scenario confirmed at run time.
    var confirmed: [FindingLine]
    var links: SourceLinks?

    /// `❌ **orders**: queries/request ×100 at 100x (1 → 100), because `SELECT …` runs 100 times per request …`
    var text: String {
        let name = "**\(MarkdownText.name(scenario.name))**"
        let icon = scenario.verdict == .pass ? "✅" : "❌"
        if let stopped = scenario.budgets.first(where: { $0.name == "limits" && !$0.passed }) {
            return "\(icon) \(name): \(MarkdownText.name(stopped.value))."
        }
        switch scenario.status {
        case .removed: return "\(icon) \(name) (removed): only the base has it."
        case .added, .compared: break
        }
        let added = scenario.status == .added ? " (added)" : ""
        guard let largest = scenario.scales.last, let lead = Self.lead(scenario) else {
            return "\(icon) \(name)\(added): no count changed."
        }
        var sentence =
            "\(icon) \(name)\(added): \(lead.figure.label) \(Self.change(lead)) at \(largest.scale)x"
        if Self.failedFigures(scenario).contains(lead.figure) { sentence += " ❌" }
        if let growth = scenario.growth.first(where: { $0.figure == lead.figure && $0.isWorse }),
            let base = growth.base, let head = growth.head
        {
            sentence += ", growth \(head.rawValue) (base: \(base.rawValue))"
        }
        if lead.figure != .costPerMonthUSD,
            let cost = largest.figures.first(where: { $0.figure == .costPerMonthUSD }),
            let b = cost.base, let h = cost.head, h > b
        {
            sentence +=
                "; cost/month \(NumberText.figure(b, .costPerMonthUSD)) → \(NumberText.figure(h, .costPerMonthUSD))"
        }
        let causes = causes(for: lead.figure)
        if !causes.isEmpty { sentence += ", because " + causes.joined(separator: " and ") }
        if !confirmed.isEmpty {
            sentence += "; confirms new finding " + confirmed.map(findingReference).joined(separator: ", ")
        }
        return sentence + "."
    }

    /// `×100,000 (1 → 100000)`; for an added scenario, the head's value alone.
    static func change(_ value: FigureComparison) -> String {
        let head = NumberText.figure(value.head, value.figure)
        guard let b = value.base, let h = value.head else { return head }
        let change = "\(NumberText.figure(b, value.figure)) → \(head)"
        return NumberText.change(from: b, to: h).map { "\($0) (\(change))" } ?? change
    }

    /// The figure the sentence is about, at the largest scale: a failing figure first, then the
    /// count that grew by the largest factor (one that grew from 0 only when no other grew); for an
    /// added scenario the first key figure. Nil when no count grew and nothing failed. Latency
    /// leads only when a budget failed on it (its changes are otherwise advisory).
    static func lead(_ scenario: ScenarioComparison) -> FigureComparison? {
        guard let largest = scenario.scales.last else { return nil }
        let failed = failedFigures(scenario)
        if scenario.status == .added, failed.isEmpty {
            return SummaryTables.keyFigures.lazy.compactMap { figure in
                largest.figures.first { $0.figure == figure }
            }.first
        }
        let grown = largest.figures.filter { value in
            failed.contains(value.figure)
                || (value.figure.isDeterministic
                    && [.worse, .within_limit, .regression].contains(value.verdict))
        }
        func key(_ value: FigureComparison) -> (Int, Int, Double, Int) {
            let base = value.base ?? 0
            let factor = base == 0 ? .infinity : (value.head ?? 0) / base
            let index = Figure.allCases.firstIndex(of: value.figure) ?? 0
            return (failed.contains(value.figure) ? 1 : 0, base == 0 ? 0 : 1, factor, -index)
        }
        return grown.max { key($0) < key($1) }
    }

    /// The figures a failed budget is about (a limit, a growth class, a regression limit), and
    /// those past a regression limit at the largest scale.
    static func failedFigures(_ scenario: ScenarioComparison) -> Set<Figure> {
        var figures = Set(
            scenario.budgets.filter { !$0.passed }.compactMap { PullRequestSummary.figure($0.name) })
        if let largest = scenario.scales.last {
            figures.formUnion(largest.figures.filter { $0.verdict == .regression }.map(\.figure))
        }
        return figures
    }

    /// The head's most frequent new repeated statement and full scan, the one that explains
    /// `figure` best first: for rows and bytes a full scan, for queries and cost a repeated statement.
    func causes(for figure: Figure) -> [String] {
        let causes = scenario.causes ?? []
        let scansFirst: Set<Figure> = [
            .rowsReadPerRequest, .rowsReturnedPerRequest, .bytesReturnedPerRequest, .fullScansPerRequest,
            .latencyP50Ms, .latencyP95Ms, .latencyP99Ms, .requestP50Ms, .requestP95Ms, .requestP99Ms,
        ]
        let order: [ChangeCause.Kind] =
            scansFirst.contains(figure)
            ? [.full_scan, .repeated_statement] : [.repeated_statement, .full_scan]
        return order.compactMap { kind in causes.first { $0.kind == kind }.map(Self.describe) }
    }

    /// "`SELECT …` runs 100 times per request (base: 1)", "table `orders` is scanned in full …".
    static func describe(_ cause: ChangeCause) -> String {
        let statement = MarkdownText.code(ReportFormatting.shortened(cause.fingerprint, limit: 80))
        switch cause.kind {
        case .repeated_statement:
            let was = cause.base > 0 ? "base: \(NumberText.plain(cause.base))" : "base: once at most"
            return "\(statement) runs \(NumberText.plain(cause.head)) times per request (\(was))"
        case .full_scan:
            let was = cause.base > 0 ? "base: \(NumberText.plain(cause.base))" : "base: none"
            return "table \(MarkdownText.code(cause.table ?? "?")) is scanned in full "
                + "\(NumberText.plain(cause.head))× per request by \(statement) (\(was))"
        }
    }

    /// `HF101 at [app/feed.py:12](https://…#L12)`, or the location as code without links.
    func findingReference(_ finding: FindingLine) -> String {
        "\(MarkdownText.name(finding.rule)) at " + SummaryLinks.location(finding, links: links)
    }
}

/// Locations in the summary: a link to the line on the change's head when the repository's web
/// address is known, else the location as code.
enum SummaryLinks {
    static func location(_ finding: FindingLine, links: SourceLinks?) -> String {
        let text = "\(finding.path):\(finding.line)"
        guard let links else { return MarkdownText.code(text) }
        return "[\(MarkdownText.name(text))](\(links.file(finding.path, line: finding.line)))"
    }
}
