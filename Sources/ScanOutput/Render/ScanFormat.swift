/// Turns a ``ScanReport`` into the text of one output format.
public protocol ScanRenderer: Sendable {
    func render(_ report: ScanReport) -> String
}

/// The output formats of `hundredfold scan --format`.
public enum ScanFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case markdown
    case github

    /// The renderer that writes this format.
    public var renderer: any ScanRenderer {
        switch self {
        case .text: TextScanRenderer()
        case .json: JSONScanRenderer()
        case .sarif: SARIFScanRenderer()
        case .markdown: MarkdownScanRenderer()
        case .github: GitHubScanRenderer()
        }
    }
}
