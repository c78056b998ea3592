import Foundation

/// Just enough of GitHub-Flavoured Markdown to see a summary the way a reviewer sees it: which
/// lines are visible, what the tables are (GFM's own splitting on unescaped pipes), what text each
/// cell renders to, and which raw HTML reaches the page.
struct MarkdownDocument {
    struct Table {
        /// Index of the header line in the document's lines.
        var line: Int
        /// The nearest non-blank line above the table (a heading or a `<summary>`).
        var context: String
        var header: [String]
        var rows: [[String]]
        /// The raw cell counts of every body row, to see a row broken by an unescaped pipe.
        var rawCellCounts: [Int]
        var insideDetails: Bool
    }

    let lines: [String]
    let tables: [Table]
    /// Lines GFM passes through as an HTML block (a line opening with a block tag such as
    /// `<details>` or `<summary>`, up to the next blank line): no Markdown is parsed in them.
    let htmlBlockLines: Set<Int>

    init(_ text: String) {
        lines = text.components(separatedBy: "\n").map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : $0
        }
        var tables: [Table] = []
        var htmlBlock = Set<Int>()
        var inHTMLBlock = false
        var inComment = false
        var depth = 0
        var index = 0
        var context = ""
        while index < lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty, !inComment {
                inHTMLBlock = false
            } else if !inHTMLBlock, Self.opensHTMLBlock(line) {
                inHTMLBlock = true
                inComment = line.trimmingCharacters(in: .whitespaces).hasPrefix("<!--")
            }
            if inHTMLBlock { htmlBlock.insert(index) }
            // A comment block (CommonMark's type 2) ends on the line that closes it.
            if inComment, line.contains("-->") {
                inComment = false
                inHTMLBlock = false
                index += 1
                continue
            }
            if !inHTMLBlock, index + 1 < lines.count, line.contains("|"),
                Self.isDelimiterRow(lines[index + 1])
            {
                let header = Self.cells(line)
                var rows: [[String]] = []
                var counts: [Int] = []
                var next = index + 2
                while next < lines.count, !lines[next].trimmingCharacters(in: .whitespaces).isEmpty,
                    lines[next].contains("|")
                {
                    let cells = Self.cells(lines[next])
                    counts.append(cells.count)
                    rows.append(cells)
                    next += 1
                }
                tables.append(
                    Table(
                        line: index, context: context, header: header, rows: rows, rawCellCounts: counts,
                        insideDetails: depth > 0))
                index = next
                continue
            }
            let lower = line.lowercased()
            depth += lower.components(separatedBy: "<details").count - 1
            depth -= lower.components(separatedBy: "</details>").count - 1
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { context = line }
            index += 1
        }
        self.tables = tables
        self.htmlBlockLines = htmlBlock
    }

    /// Block-level tag names that open a GFM HTML block (CommonMark's type 6).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "main",
        "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "title", "tr", "ul",
    ]

    static func opensHTMLBlock(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.hasPrefix("<") else { return false }
        if trimmed.hasPrefix("<!--") { return true }
        let name = trimmed.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        let after = trimmed.dropFirst().drop { $0 == "/" }.dropFirst(name.count).first
        return blockTags.contains(name) && (after == nil || after == " " || after == ">" || after == "/")
    }

    /// What line `index` renders to, as Markdown or, inside an HTML block, as HTML.
    func rendered(line index: Int) -> RenderedInline {
        RenderedInline(lines[index], html: htmlBlockLines.contains(index))
    }

    /// The first `count` visible lines, rendered.
    func visibleText(_ count: Int) -> String {
        visibleIndices(count).map { rendered(line: $0).text }.joined(separator: "\n")
    }

    /// Indices of the lines a reader sees first: not blank, not only an HTML comment.
    func visibleIndices(_ count: Int) -> [Int] {
        Array(
            lines.indices.filter { index in
                let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { return false }
                if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") { return false }
                return true
            }.prefix(count))
    }

    /// The first `count` visible lines as written.
    func visibleLines(_ count: Int) -> [String] { visibleIndices(count).map { lines[$0] } }

    static func isDelimiterRow(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("-") else { return false }
        let cells = Self.cells(trimmed)
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                let core = cell.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
                return !core.isEmpty && core.allSatisfy { $0 == "-" }
            }
    }

    /// GFM cell splitting: on pipes not escaped by a backslash, without the outer pipes.
    static func cells(_ line: String) -> [String] {
        var trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") { trimmed.removeFirst() }
        if trimmed.hasSuffix("|"), !trimmed.hasSuffix("\\|") { trimmed.removeLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in trimmed {
            if character == "|", !escaped {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}

/// What one line (or table cell) of Markdown renders to: its visible text and the raw HTML tags
/// it lets through.
struct RenderedInline {
    var text: String
    var rawTags: [String]

    /// Renders `source`. In a table cell GFM first turns `\|` into `|`, even inside code spans;
    /// inside an HTML block (`html`) only tags and entities mean anything.
    init(_ source: String, inTableCell: Bool = false, html: Bool = false) {
        let input = Array(inTableCell ? source.replacingOccurrences(of: "\\|", with: "|") : source)
        var text = ""
        var tags: [String] = []
        var index = 0
        func run(of character: Character, at start: Int) -> Int {
            var end = start
            while end < input.count, input[end] == character { end += 1 }
            return end - start
        }
        while index < input.count {
            let character = input[index]
            if character == "`", !html {
                let length = run(of: "`", at: index)
                // Find the closing run of exactly the same length.
                var search = index + length
                var close: Int?
                while search < input.count {
                    if input[search] == "`" {
                        let other = run(of: "`", at: search)
                        if other == length {
                            close = search
                            break
                        }
                        search += other
                    } else {
                        search += 1
                    }
                }
                if let close {
                    var content = String(input[(index + length)..<close])
                    if content.count >= 2, content.hasPrefix(" "), content.hasSuffix(" "),
                        content.contains(where: { $0 != " " })
                    {
                        content = String(content.dropFirst().dropLast())
                    }
                    text += content
                    index = close + length
                } else {
                    text += String(repeating: "`", count: length)
                    index += length
                }
                continue
            }
            if character == "\\", !html, index + 1 < input.count, input[index + 1].isASCII,
                input[index + 1].isPunctuation || input[index + 1].isSymbol
            {
                text.append(input[index + 1])
                index += 2
                continue
            }
            if character == "&", let semicolon = input[index...].prefix(12).firstIndex(of: ";") {
                let entity = String(input[(index + 1)..<semicolon])
                if let decoded = Self.decode(entity: entity) {
                    text += decoded
                    index = semicolon + 1
                    continue
                }
            }
            if character == "<", index + 1 < input.count,
                input[index + 1].isLetter || input[index + 1] == "/" || input[index + 1] == "!"
            {
                if let close = input[index...].firstIndex(of: ">") {
                    tags.append(String(input[index...close]))
                    index = close + 1
                    continue
                }
            }
            if character == "[", !html, let link = Self.link(in: input, at: index) {
                text += RenderedInline(link.text).text
                index = link.end
                continue
            }
            if !html, character == "*" || character == "_", index + 1 < input.count,
                input[index + 1] == character
            {
                index += 2
                continue
            }
            text.append(character)
            index += 1
        }
        self.text = text
        self.rawTags = tags
    }

    /// `[text](target)` at `start`: its text and the index after it.
    static func link(in input: [Character], at start: Int) -> (text: String, target: String, end: Int)? {
        guard let closeBracket = input[start...].firstIndex(of: "]"), closeBracket + 1 < input.count,
            input[closeBracket + 1] == "(", let closeParen = input[(closeBracket + 1)...].firstIndex(of: ")")
        else { return nil }
        return (
            String(input[(start + 1)..<closeBracket]), String(input[(closeBracket + 2)..<closeParen]),
            closeParen + 1
        )
    }

    static func decode(entity: String) -> String? {
        let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " "]
        if let value = named[entity] { return value }
        if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
            let code = UInt32(entity.dropFirst(2), radix: 16),
            let scalar = Unicode.Scalar(code)
        {
            return String(Character(scalar))
        }
        if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
            return String(Character(scalar))
        }
        return nil
    }

    /// Tags GitHub renders that cannot carry script or load anything.
    static let harmlessTags: Set<String> = [
        "details", "summary", "br", "b", "strong", "i", "em", "code", "sub", "sup", "p", "kbd", "a",
    ]

    /// Raw tags other than the harmless ones (and HTML comments).
    var unexpectedTags: [String] {
        rawTags.filter { tag in
            if tag.hasPrefix("<!--") { return false }
            let name = tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            return !Self.harmlessTags.contains(name)
        }
    }
}

/// Display width of rendered text in character cells: emoji count two, joiners and variation
/// selectors none.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        switch scalar.value {
        case 0xFE00...0xFE0F, 0x200B...0x200D: return width
        case 0x2600...0x27BF, 0x1F000...0x1FAFF: return width + 2
        default: return width + 1
        }
    }
}
