/// Text from reports (scenario names, statements, messages, refs) made safe for one Markdown
/// table cell or line: it cannot end the cell, start a new line, or become HTML — GitHub renders
/// inline HTML in comments, so `<img src=x onerror=…>` in a scenario name must arrive as text.
public enum MarkdownText {
    /// `text` with `|` escaped, newlines as spaces and `&`, `<`, `>` as character references.
    public static func cell(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "|": escaped += "\\|"
            case "\n", "\r", "\r\n": escaped += " "
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension MarkdownText {
    /// A name (a scenario's, a ref's) as plain text in a cell: ``cell(_:)`` with Markdown's
    /// backslash, backtick and brackets escaped too, so it cannot open a code span, a link or an
    /// image (`![x](https://tracker)`).
    public static func name(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`[]".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return cell(escaped)
    }

    /// `text` as an inline code span whose fence is longer than any run of backticks inside it, so
    /// the text cannot close the span early (newlines become spaces). In a table cell `|` is
    /// escaped (GitHub splits cells first); elsewhere an escape would show as a backslash.
    public static func code(_ text: String, inTableCell: Bool = false) -> String {
        var flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        if inTableCell { flat = flat.replacingOccurrences(of: "|", with: "\\|") }
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + padding + flat + padding + fence
    }
}

extension MarkdownText {
    /// Text inside an HTML block (`<summary>…</summary>`), where Markdown is not parsed: ``cell(_:)``
    /// with Markdown's brackets, backtick and backslash as character references, so it reads the
    /// same whether a renderer parses the line as HTML or as Markdown.
    public static func inHTML(_ text: String) -> String {
        cell(text).replacingOccurrences(of: "\\", with: "&#92;").replacingOccurrences(of: "[", with: "&#91;")
            .replacingOccurrences(of: "]", with: "&#93;").replacingOccurrences(of: "`", with: "&#96;")
    }
}
