import Foundation
import HundredfoldCore

/// `--format markdown`, for pull-request comments: the verdict first, then per scenario the table
/// of figures against scales, then its budgets and what explains a failure.
public struct MarkdownRunReportRenderer: RunReportRenderer {
    public init() {}

    public func render(_ report: RunReport, options: RenderOptions) throws -> String {
        let report = ReportJSON.normalized(report)
        let mark = report.verdict == .pass ? "✅ PASS" : "❌ FAIL"
        var lines = ["## Hundredfold run: \(mark)", "", ReportFormatting.summary(report) + ".", ""]
        for scenario in report.scenarios {
            lines += section(scenario, engine: report.engine)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Scenario

    private func section(_ scenario: ScenarioReport, engine: String?) -> [String] {
        let mark = scenario.verdict == .pass ? "✅" : "❌"
        var lines = [
            "### \(mark) \(MarkdownText.cell(scenario.name))", "",
            "\(MarkdownText.code(scenario.file)), seed \(scenario.seed)"
                + (EngineComparison.headerNote(engine).map { ", \($0)" } ?? "")
                + (ReportFormatting.costNote(of: scenario).map { "; \($0)" } ?? ""), "",
        ]
        let header = ReportFormatting.header(of: scenario)
        lines.append(row(header))
        lines.append("|" + header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined())
        for figure in ReportFormatting.figures(of: scenario) {
            lines.append(row(ReportFormatting.row(figure, of: scenario)))
        }
        lines.append("")
        let findings = EngineComparison.findings(of: scenario, engine: engine)
        if !findings.isEmpty { lines += findings.map { "- " + MarkdownText.cell($0) } + [""] }
        let predicted = Prediction.lines(of: scenario)
        if !predicted.isEmpty { lines += predicted.map { "- " + MarkdownText.cell($0) } + [""] }
        if let stopped = scenario.stopped {
            lines += [
                "**Stopped** at \(stopped.scale)x (\(stopped.kind)): \(MarkdownText.cell(stopped.message))",
                "",
            ]
        }
        if !scenario.budgets.isEmpty {
            lines += ["| budget | limit | measured | result |", "| --- | ---: | ---: | --- |"]
            for budget in scenario.budgets {
                let name = budget.name + (budget.scale.map { " @ \($0)x" } ?? "")
                lines.append(row([name, budget.limit, budget.value, budget.passed ? "✅ pass" : "❌ fail"]))
            }
            lines.append("")
        }
        if let scale = ReportFormatting.explainingScale(of: scenario) {
            lines += explanation(scale)
        }
        return lines
    }

    private func explanation(_ scale: ScaleResult) -> [String] {
        var lines: [String] = []
        if !scale.repeated_statements.isEmpty {
            lines += ["Repeated statements per request at \(scale.scale)x:", ""]
            lines += scale.repeated_statements.prefix(5).map {
                "- \($0.count) × \(MarkdownText.code(ReportFormatting.shortened($0.fingerprint)))"
            }
            lines.append("")
        }
        if !scale.full_scans.isEmpty {
            lines += ["Full table scans at \(scale.scale)x:", ""]
            lines += scale.full_scans.prefix(5).map {
                let sql = MarkdownText.code(ReportFormatting.shortened($0.fingerprint))
                return
                    "- \(MarkdownText.code($0.table)) (\(ReportFormatting.number($0.per_request))/request): \(sql)"
            }
            lines.append("")
        }
        return lines
    }

    // MARK: - Cells

    private func row(_ cells: [String]) -> String {
        "| " + cells.map(MarkdownText.cell).joined(separator: " | ") + " |"
    }
}
