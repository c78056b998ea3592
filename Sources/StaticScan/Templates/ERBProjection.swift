// MARK: - ERB: `<% code %>`, `<%= expr %>`, `<%- -%>`, `<%# comment %>`, `<%% literal`

extension ProjectionBuilder {
    mutating func projectERB() {
        var index = 0
        while let open = find("<%", from: index) {
            let marker = byte(open + 2)
            if marker == UInt8(ascii: "%") {
                index = open + 3
                continue
            }
            guard let close = find("%>", from: open + 2) else { break }
            index = close + 2
            if marker == UInt8(ascii: "#") {
                commentRanges.append(open..<index)
                continue
            }
            var start = open + 2
            if marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") { start += 1 }
            if byte(start) == UInt8(ascii: "=") { start += 1 }
            var end = close
            if end > start, byte(end - 1) == UInt8(ascii: "-") { end -= 1 }
            keep(start..<end)
            // A statement separator where the tag closes: `<%= a %><%= b %>` is two statements.
            write(";", at: close)
            findRailsRenderCalls(in: start..<end)
        }
    }

    /// `render partial: "row", collection: @rows`, `render "row"`, `render @rows`.
    mutating func findRailsRenderCalls(in range: Range<Int>) {
        var cursor = range.lowerBound
        while let at = findWord("render", in: cursor..<range.upperBound) {
            cursor = at + 6
            var arguments = trimmed(cursor..<range.upperBound)
            if byte(arguments.lowerBound) == UInt8(ascii: "("),
                let close = closing(arguments.lowerBound, limit: range.upperBound)
            {
                arguments = trimmed((arguments.lowerBound + 1)..<close)
            }
            let text = string(arguments)
            let perItem = text.contains("collection:") || text.contains(":collection")
            var name: String? = nil
            if let partial = text.range(of: "partial:") ?? text.range(of: ":partial =>") {
                name = firstQuoted(in: String(text[partial.upperBound...]))
            } else if let first = text.first, first == "\"" || first == "'" {
                name = firstQuoted(in: text)
            } else {
                // `render @posts` renders `posts/_post` once per element.
                let variable = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "@" }
                let bare = variable.drop { $0 == "@" }
                if bare.count > 1, bare.hasSuffix("s"), !text.contains("(") {
                    includes.append(
                        TemplateInclude(
                            name: "\(bare)/_\(bare.dropLast())", offset: at, perItem: true, line: line(of: at)
                        ))
                }
                continue
            }
            if let name {
                includes.append(TemplateInclude(name: name, offset: at, perItem: perItem, line: line(of: at)))
            }
        }
    }

    /// The content of the first quoted string in `text`.
    func firstQuoted(in text: String) -> String? {
        guard let open = text.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let quote = text[open]
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: quote) else { return nil }
        return String(rest[..<close])
    }
}
