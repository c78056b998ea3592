import StaticScan

/// Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the verdict and a summary
/// first, then a table of findings, then the hints per rule.
public struct MarkdownScanRenderer: ScanRenderer {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        var lines: [String] = []
        let verdict = report.failed ? "❌ **fail**" : "✅ **pass**"
        lines.append("### Hundredfold scan: \(verdict)")
        lines.append("")
        let files = "\(report.filesScanned) file\(report.filesScanned == 1 ? "" : "s") scanned"
        if report.findings.isEmpty {
            lines.append("No findings; \(files).")
        } else {
            let newCount = report.findings.filter(\.new).count
            lines.append(
                "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") "
                    + "(\(report.severityCounts)), \(newCount) new; \(files).")
        }
        if let failOn = report.failOn {
            lines.append("Fails on new findings of severity `\(failOn.rawValue)` or higher.")
        }
        if !report.skipped.isEmpty {
            lines.append("")
            lines.append(
                "Not scanned: "
                    + report.skipped.map { "`\(Self.cell($0.path))` (\($0.reason))" }.joined(separator: ", "))
        }
        if !report.findings.isEmpty {
            lines += [
                "", "| Severity | Rule | Location | Finding | Loop | Confidence |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
            for finding in report.findings {
                let name = report.rule(finding.rule).map { " " + $0.name } ?? ""
                let loop = finding.loop_line.map { "line \($0)" } ?? ""
                lines.append(
                    "| \(finding.severity.rawValue) | \(finding.rule)\(name) | `\(Self.cell(finding.location.description))` "
                        + "| \(Self.cell(finding.message))\(finding.new ? "" : " (existing)") | \(loop) | \(finding.confidence.rawValue) |"
                )
            }
            lines += ["", "**How to fix**", ""]
            for id in Set(report.findings.map(\.rule)).sorted() {
                let hint = report.rule(id)?.hint ?? report.findings.first { $0.rule == id }?.hint ?? ""
                lines.append("- **\(id)**: \(Self.cell(hint)) (`hundredfold explain \(id)`)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Makes text safe inside a table cell: no pipes, no line breaks, no stray backticks.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "`", with: "'")
    }
}
