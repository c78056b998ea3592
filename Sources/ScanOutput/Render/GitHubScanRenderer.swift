import StaticScan

/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
/// pull request's diff:
///
/// ```
/// ::error file=app/views.py,line=12,col=9,title=HF101 query-in-loop::Order.objects.get runs …
/// ```
///
/// Property values escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and LF, as the
/// runner's parser expects.
public struct GitHubScanRenderer: ScanRenderer {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        var output = ""
        for finding in report.findings {
            let title = [finding.rule, report.rule(finding.rule)?.name].compactMap { $0 }.joined(
                separator: " ")
            let properties = [
                "file=\(Self.escapeProperty(finding.path))", "line=\(finding.line)", "col=\(finding.column)",
                "title=\(Self.escapeProperty(title))",
            ]
            var message = finding.message
            if let loop = finding.loop_line { message += " (loop at line \(loop))" }
            if !finding.hint.isEmpty { message += "\nhint: \(finding.hint)" }
            output +=
                "::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::"
                + Self.escapeData(message) + "\n"
        }
        return output
    }

    /// `error`, `warning` or `notice`.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Escapes a message (the part after `::`).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (`file=`, `title=`).
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
