import HundredfoldCore

/// The summary's tables, narrow enough for a pull-request comment (GitHub's conversation column
/// is about 860 px wide): four columns — figure, base, head, change — with short cells. The
/// details a reviewer opens on demand (every figure at every scale, growth, statements) go in
/// `<details>`.
struct SummaryTables {
    var scenario: ScenarioComparison
    /// The figures a budget failed on (``SummaryHeadline/failedFigures(_:)``).
    var failed: Set<Figure>

    init(scenario: ScenarioComparison) {
        self.scenario = scenario
        self.failed = SummaryHeadline.failedFigures(scenario)
    }

    static let keyFigures: [Figure] = [
        .queriesPerRequest, .rowsReadPerRequest, .rowsWrittenPerRequest, .latencyP95Ms, .costPerMonthUSD,
    ]
    static let header = ["| figure | base | head | change |", "|---|---:|---:|---|"]

    /// The key figures at the largest scale; nil for a scenario without a scale.
    var keyTable: [String]? {
        guard let largest = scenario.scales.last else { return nil }
        let rows = Self.keyFigures.compactMap { figure in largest.figures.first { $0.figure == figure } }
        guard !rows.isEmpty else { return nil }
        return Self.header + rows.map { row($0, largest: true) }
    }

    /// Every figure at every scale, the growth classes, and the statements behind the change.
    var details: [String] {
        var lines = [
            "<details><summary>\(MarkdownText.inHTML(scenario.name)): every figure at every scale, growth</summary>",
            "",
        ]
        for scale in scenario.scales {
            let largest = scale.scale == scenario.scales.last?.scale
            lines +=
                ["**\(scale.scale)x**", ""] + Self.header + scale.figures.map { row($0, largest: largest) }
                + [""]
        }
        let growth = scenario.growth.filter { $0.base != nil || $0.head != nil }
        if !growth.isEmpty {
            lines += ["**Growth with scale**", "", "| figure | base | head |", "|---|---|---|"]
            for item in growth {
                let failing = scenario.budgets.contains {
                    !$0.passed && $0.name == "\(item.figure.rawValue).growth"
                }
                let head = (item.head?.rawValue ?? "–") + (item.isWorse ? " ⚠️" : "") + (failing ? " ❌" : "")
                lines.append("| \(item.figure.label) | \(item.base?.rawValue ?? "–") | \(head) |")
            }
            lines.append("")
        }
        for cause in scenario.causes ?? [] {
            let statement = MarkdownText.code(ReportFormatting.shortened(cause.fingerprint, limit: 300))
            let counts = "\(NumberText.plain(cause.base)) → \(NumberText.plain(cause.head)) per request"
            switch cause.kind {
            case .repeated_statement: lines.append("- repeated (\(counts)): \(statement)")
            case .full_scan:
                lines.append(
                    "- full scan of \(MarkdownText.code(cause.table ?? "?")) (\(counts)): \(statement)")
            }
        }
        return lines + ["", "</details>"]
    }

    /// `| queries/request | 1 | 100 | ×100 ❌ |`: latency noise reads `noise`, never a change; ❌
    /// on a regression, and at the `largest` scale on every figure a budget failed on.
    func row(_ value: FigureComparison, largest: Bool) -> String {
        let failing =
            value.verdict == .regression
            || (largest && failed.contains(value.figure))
        let base = NumberText.figure(value.base, value.figure)
        let head = NumberText.figure(value.head, value.figure)
        return "| \(value.figure.label) | \(base) | \(head) | \(Self.change(value))\(failing ? " ❌" : "") |"
    }

    /// A figure's change: a factor (`×100,000`), a divisor or a percentage, a cost by its dollar
    /// difference; `noise` for latency whose difference is not significant; `–` for none.
    static func change(_ value: FigureComparison) -> String {
        switch value.verdict {
        case .noise: return "noise"
        case .not_compared: return "not compared"
        case .one_side: return value.base == nil ? "added" : "removed"
        default: break
        }
        guard let b = value.base, let h = value.head, b != h else { return "–" }
        if value.figure == .costPerMonthUSD || value.figure == .costPerRequestUSD {
            return (h > b ? "+$" : "-$") + NumberText.plain(abs(h - b))
        }
        return NumberText.change(from: b, to: h) ?? NumberText.signed(h - b)
    }
}
