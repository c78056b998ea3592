import HundredfoldCore

/// `--format text`: per scenario, a table with scales as columns and figures as rows, the growth
/// class and amplification of each figure, a PASS/FAIL verdict, the failed budgets with their limit
/// and measured value, then the repeated statements and full scans that explain them.
public struct TextRunReportRenderer: RunReportRenderer {
    public init() {}

    public func render(_ report: RunReport, options: RenderOptions) throws -> String {
        let report = ReportJSON.normalized(report)
        let style = TerminalStyle(enabled: options.color)
        var lines: [String] = []
        for scenario in report.scenarios {
            lines += section(scenario, engine: report.engine, style: style)
            lines.append("")
        }
        let verdict = report.verdict == .pass ? style.green("PASS") : style.red("FAIL")
        lines.append("\(style.bold("Verdict:")) \(verdict) — \(ReportFormatting.summary(report))")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Scenario

    private func section(_ scenario: ScenarioReport, engine: String?, style: TerminalStyle) -> [String] {
        let verdict = scenario.verdict == .pass ? style.green("PASS") : style.red("FAIL")
        let on = EngineComparison.headerNote(engine).map { ", \($0)" } ?? ""
        var lines = [
            "\(verdict)  \(style.bold(scenario.name))  (\(scenario.file), seed \(scenario.seed)\(on))"
        ]
        if let note = ReportFormatting.costNote(of: scenario) { lines.append("  \(note)") }
        let rows = ReportFormatting.figures(of: scenario).map { ReportFormatting.row($0, of: scenario) }
        lines += table(header: ReportFormatting.header(of: scenario), rows: rows, style: style).map {
            "  " + $0
        }
        lines += EngineComparison.findings(of: scenario, engine: engine).map { "  " + $0 }
        lines += Prediction.lines(of: scenario).map { "  " + $0 }
        if let stopped = scenario.stopped {
            lines.append(style.red("  Stopped at \(stopped.scale)x (\(stopped.kind)): \(stopped.message)"))
        }
        let failed = scenario.budgets.filter { !$0.passed }
        if !scenario.budgets.isEmpty {
            lines.append(
                "  Budgets: \(scenario.budgets.count - failed.count) of \(scenario.budgets.count) passed")
        }
        for budget in failed {
            let at = budget.scale.map { " at \($0)x" } ?? ""
            lines.append(
                style.red("    ✗ \(budget.name): limit \(budget.limit), measured \(budget.value)\(at)"))
        }
        if let scale = ReportFormatting.explainingScale(of: scenario) {
            lines += explanation(scale)
        }
        return lines
    }

    private func explanation(_ scale: ScaleResult) -> [String] {
        var lines: [String] = []
        if !scale.repeated_statements.isEmpty {
            lines.append("  Repeated statements per request at \(scale.scale)x:")
            for statement in scale.repeated_statements.prefix(5) {
                lines.append("    \(statement.count) × \(ReportFormatting.shortened(statement.fingerprint))")
            }
        }
        if !scale.full_scans.isEmpty {
            lines.append("  Full table scans at \(scale.scale)x:")
            for scan in scale.full_scans.prefix(5) {
                let times = ReportFormatting.number(scan.per_request)
                lines.append(
                    "    \(scan.table) (\(times)/request): \(ReportFormatting.shortened(scan.fingerprint))")
            }
        }
        return lines
    }

    // MARK: - Table

    /// Left-aligned first column, right-aligned numbers, two spaces between columns.
    private func table(header: [String], rows: [[String]], style: TerminalStyle) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 || index >= cells.count - 2 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [style.dim(line(header))] + rows.map(line)
    }
}

/// ANSI styles, or plain text when colour is off.
struct TerminalStyle {
    var enabled: Bool

    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = Substring(self)
        while result.hasSuffix(" ") { result = result.dropLast() }
        return String(result)
    }
}
