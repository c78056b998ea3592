// MARK: - Django and Jinja2: `{{ expr|filter }}`, `{% tag args %}`, `{# #}`, `{% comment %}`

extension ProjectionBuilder {
    /// Tags whose arguments are no expressions the scanner cares about (names, strings, flags).
    private static let opaqueTags: Set<String> = [
        "load", "extends", "block", "endblock", "trans", "translate", "static", "now", "templatetag",
        "csrf_token", "autoescape", "endautoescape", "spaceless", "endspaceless", "get_current_language",
        "get_available_languages", "get_current_language_bidi", "language", "endlanguage", "import", "from",
        "macro", "endmacro", "call", "endcall", "filter", "endfilter", "extends", "lorem", "debug",
    ]
    /// Tags whose whole content up to their end tag is text.
    private static let rawTags: [String: String] = [
        "comment": "endcomment", "verbatim": "endverbatim", "raw": "endraw",
    ]

    mutating func projectDjango() {
        var openLoops: [(loop: TemplateLoop, emptyAt: Int?)] = []
        var index = 0
        while let open = find("{", from: index) {
            let next = byte(open + 1)
            if next == UInt8(ascii: "#") {
                index = min((find("#}", from: open + 2) ?? source.count - 2) + 2, source.count)
                commentRanges.append(open..<index)
                continue
            }
            guard next == UInt8(ascii: "{") || next == UInt8(ascii: "%") else {
                index = open + 1
                continue
            }
            let closer = next == UInt8(ascii: "{") ? "}}" : "%}"
            guard let close = find(closer, from: open + 2) else { break }
            var content = trimmed((open + 2)..<close)
            if content.lowerBound < content.upperBound,
                [UInt8(ascii: "-"), UInt8(ascii: "+")].contains(byte(content.lowerBound))
            {
                content = trimmed((content.lowerBound + 1)..<content.upperBound)
            }
            if content.lowerBound < content.upperBound, byte(content.upperBound - 1) == UInt8(ascii: "-") {
                content = trimmed(content.lowerBound..<(content.upperBound - 1))
            }
            index = close + 2
            if next == UInt8(ascii: "{") {
                projectDjangoExpression(content)
                continue
            }
            let tagRange = word(at: content.lowerBound)
            let tag = string(tagRange)
            let arguments = trimmed(tagRange.upperBound..<content.upperBound)
            if let end = Self.rawTags[tag] {
                index = skipDjangoBlock(until: end, from: index)
                if tag == "comment" { commentRanges.append(open..<min(index, source.count)) }
                continue
            }
            switch tag {
            case "for":
                if let loop = projectDjangoFor(keyword: tagRange, arguments: arguments, bodyStart: close + 2)
                {
                    openLoops.append((loop, nil))
                }
            case "empty":
                if !openLoops.isEmpty, openLoops[openLoops.count - 1].emptyAt == nil {
                    openLoops[openLoops.count - 1].emptyAt = open
                }
            case "else":
                // Jinja's `{% for %}…{% else %}` (Django's `{% empty %}`); an `if`'s else is harmless.
                continue
            case "endfor":
                guard let (loop, emptyAt) = openLoops.popLast() else { continue }
                var finished = loop
                finished.body = loop.body.lowerBound..<(emptyAt ?? open)
                loops.append(finished)
            case "include":
                projectDjangoInclude(arguments)
            default:
                if !Self.opaqueTags.contains(tag) { projectDjangoExpression(arguments) }
            }
        }
    }

    /// Skips to the end of `{% end %}` after `from`.
    private func skipDjangoBlock(until end: String, from: Int) -> Int {
        var cursor = from
        while let open = find("{%", from: cursor) {
            guard let close = find("%}", from: open + 2) else { return source.count }
            var content = trimmed((open + 2)..<close)
            if byte(content.lowerBound) == UInt8(ascii: "-") {
                content = trimmed((content.lowerBound + 1)..<content.upperBound)
            }
            if string(word(at: content.lowerBound)) == end { return close + 2 }
            cursor = close + 2
        }
        return source.count
    }

    /// `for a, b in expr [reversed] [if cond] [recursive]`: keeps `for`, the names, `in` and the
    /// expression; returns the loop with its body still open.
    private mutating func projectDjangoFor(keyword: Range<Int>, arguments: Range<Int>, bodyStart: Int)
        -> TemplateLoop?
    {
        guard let separator = findWord("in", in: arguments) else { return nil }
        keep(keyword)
        keep(arguments.lowerBound..<(separator + 2))
        let names = string(arguments.lowerBound..<separator).split(whereSeparator: { $0 == "," || $0 == " " })
            .map(String.init)
        var iterable = trimmed((separator + 2)..<arguments.upperBound)
        for suffix in ["recursive", "reversed"] {
            if let word = findWord(suffix, in: iterable),
                trimmed((word + suffix.utf8.count)..<iterable.upperBound).isEmpty
            {
                iterable = trimmed(iterable.lowerBound..<word)
            }
        }
        if let condition = findWord("if", in: iterable) {
            projectDjangoExpression(trimmed((condition + 2)..<iterable.upperBound))
            iterable = trimmed(iterable.lowerBound..<condition)
        }
        projectDjangoExpression(iterable)
        if let pipe = topLevelPipe(in: iterable) { iterable = trimmed(iterable.lowerBound..<pipe) }
        return TemplateLoop(
            keyword: keyword.lowerBound, keywordText: "for", iterable: iterable, variables: names,
            body: bodyStart..<bodyStart)
    }

    /// `include "name" [with a=b] [only]`, `include var`: the name string stays as a token.
    private mutating func projectDjangoInclude(_ arguments: Range<Int>) {
        let quote = byte(arguments.lowerBound)
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
            let end = find(
                String(UnicodeScalar(quote)), from: arguments.lowerBound + 1, before: arguments.upperBound)
        else {
            projectDjangoExpression(arguments)
            return
        }
        keep(arguments.lowerBound..<(end + 1))
        includes.append(
            TemplateInclude(
                name: string((arguments.lowerBound + 1)..<end), offset: arguments.lowerBound, perItem: false,
                line: line(of: arguments.lowerBound)))
        if let with = findWord("with", in: arguments) {
            projectDjangoExpression(trimmed((with + 4)..<arguments.upperBound))
        }
    }

    /// Keeps an expression and blanks its filters (`|date:"Y"`, `|default('x')`); every
    /// attribute name is a possible call (Django calls methods without parentheses).
    mutating func projectDjangoExpression(_ range: Range<Int>) {
        keep(range)
        var index = range.lowerBound
        while index < range.upperBound {
            let current = byte(index)
            switch current {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index =
                    (find(String(UnicodeScalar(current)), from: index + 1, before: range.upperBound)
                        ?? range.upperBound) + 1
                continue
            case UInt8(ascii: "|"):
                let name = word(at: skipSpaces(from: index + 1))
                var end = name.upperBound
                let after = skipSpaces(from: end)
                if byte(after) == UInt8(ascii: ":") {
                    end = argumentEnd(from: skipSpaces(from: after + 1), limit: range.upperBound)
                } else if byte(after) == UInt8(ascii: "("),
                    let close = closing(after, limit: range.upperBound)
                {
                    end = close + 1
                }
                blank(index..<min(end, range.upperBound))
                index = end
                continue
            case UInt8(ascii: "."):
                let name = word(at: index + 1)
                if !name.isEmpty, index > range.lowerBound,
                    Self.isWordByte(byte(index - 1)) || byte(index - 1) == UInt8(ascii: ")")
                {
                    implicitCalls.insert(name.lowerBound)
                }
            default: break
            }
            index += 1
        }
    }

    /// The end of a filter argument: a quoted string, or a run of name, digit, `.`, `-` bytes.
    private func argumentEnd(from start: Int, limit: Int) -> Int {
        let first = byte(start)
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return min(
                (find(String(UnicodeScalar(first)), from: start + 1, before: limit) ?? limit) + 1, limit)
        }
        var end = start
        while end < limit,
            Self.isWordByte(byte(end)) || byte(end) == UInt8(ascii: ".") || byte(end) == UInt8(ascii: "-")
        {
            end += 1
        }
        return end
    }

    private func skipSpaces(from index: Int) -> Int {
        var cursor = index
        while cursor < source.count, byte(cursor) == 0x20 || byte(cursor) == 0x09 { cursor += 1 }
        return cursor
    }

    /// The first `|` outside quotes in `range`.
    private func topLevelPipe(in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let current = byte(index)
            if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                index =
                    (find(String(UnicodeScalar(current)), from: index + 1, before: range.upperBound)
                        ?? range.upperBound) + 1
                continue
            }
            if current == UInt8(ascii: "|") { return index }
            index += 1
        }
        return nil
    }

    /// The offset of `word` standing alone (not part of a longer name) in `range`, outside quotes.
    func findWord(_ word: String, in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        let length = word.utf8.count
        while index + length <= range.upperBound {
            let current = byte(index)
            if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                index =
                    (find(String(UnicodeScalar(current)), from: index + 1, before: range.upperBound)
                        ?? range.upperBound) + 1
                continue
            }
            if matches(word, at: index), index == 0 || !Self.isWordByte(byte(index - 1)),
                !Self.isWordByte(byte(index + length)) || index + length >= range.upperBound
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
