import Ink

/// A finding's message or hint (Markdown: `code`, **emphasis**) as HTML for the report, through
/// Ink. Messages quote source code, so nothing in them may become markup of its own: `&`, `<` and
/// `>` outside code spans are escaped before Ink reads them (Ink passes raw HTML and entities
/// through), and links and images are shown as their text (the report loads nothing).
enum MessageHTML {
    static func render(_ markdown: String) -> String {
        let modifiers = [Modifier.Target.links, .images, .html].map { target in
            Modifier(target: target) { input in HTMLText.escape(String(input.markdown)) }
        }
        var html = MarkdownParser(modifiers: modifiers).html(from: escapedOutsideCode(markdown))
        // One paragraph fits in a table cell without its `<p>`.
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// `text` with `&`, `<`, `>` as character references except between backticks, where Ink
    /// escapes them itself.
    static func escapedOutsideCode(_ text: String) -> String {
        var out = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            switch character {
            case "&" where !inCode: out += "&amp;"
            case "<" where !inCode: out += "&lt;"
            case ">" where !inCode: out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
