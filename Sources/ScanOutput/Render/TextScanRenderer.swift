import StaticScan

/// The terminal format: findings grouped by file, each with its rule, message, loop line and hint,
/// then one summary line.
///
/// ```
/// app/views.py
///   app/views.py:12:9  HF101 query-in-loop  Order.objects.get runs once per iteration (loop at line 10)
///     hint: fetch all orders at once with filter(id__in=...)
/// ```
public struct TextScanRenderer: ScanRenderer {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        var output = ""
        var currentPath: String?
        for finding in report.findings {
            if finding.path != currentPath {
                if currentPath != nil { output += "\n" }
                output += "\(finding.path)\n"
                currentPath = finding.path
            }
            let name = report.rule(finding.rule)?.name ?? ""
            let message = finding.message.split(whereSeparator: \.isNewline).joined(separator: " ")
            var line = "  \(finding.location)  \(finding.rule) \(name)  \(message)"
            if let loop = finding.loop_line { line += " (loop at line \(loop))" }
            output += line + "\n"
            if !finding.hint.isEmpty { output += "    hint: \(finding.hint)\n" }
        }
        if !report.findings.isEmpty { output += "\n" }
        output += summary(report) + "\n"
        return output
    }

    private func summary(_ report: ScanReport) -> String {
        let files = "\(report.filesScanned) file\(report.filesScanned == 1 ? "" : "s") scanned"
        var text: String
        if report.findings.isEmpty {
            text = "No findings; \(files)"
        } else {
            let count = report.findings.count
            let paths = Set(report.findings.map(\.path)).count
            text =
                "\(count) finding\(count == 1 ? "" : "s") (\(report.severityCounts)) in \(paths) "
                + "file\(paths == 1 ? "" : "s"); \(files)"
        }
        if !report.skipped.isEmpty { text += "; \(report.skipped.count) skipped" }
        return text + "."
    }
}
