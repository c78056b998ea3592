/// Turns a ``RunReport`` into the text of one output format.
///
/// Renderers are chosen by ``RunReportFormat``; each is a pure function of the report and the
/// options, so output is deterministic and testable against golden files.
public protocol RunReportRenderer: Sendable {
    func render(_ report: RunReport, options: RenderOptions) throws -> String
}

/// What a renderer may vary besides the report itself.
public struct RenderOptions: Sendable, Equatable {
    /// ANSI colour in terminal output; only when stdout is a terminal and `NO_COLOR` is unset.
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }
}

/// The formats `hundredfold run --format` accepts. Add a case and its renderer to extend it.
public enum RunReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case markdown
    case html

    /// The renderer for this format.
    public var renderer: any RunReportRenderer {
        switch self {
        case .text: TextRunReportRenderer()
        case .json: JSONRunReportRenderer()
        case .markdown: MarkdownRunReportRenderer()
        case .html: HTMLRunReportRenderer()
        }
    }

    /// The format a file name's extension names (`json`, `html`, `md`, `txt`), if any.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json": self = .json
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "txt": self = .text
        default: return nil
        }
    }
}
