// MARK: - Haml and Slim: Ruby on `-`/`=` lines, blocks by indentation

extension ProjectionBuilder {
    /// Haml (`%li= post.title`, `- @posts.each do |post|`, `-# comment`) when `slim` is false,
    /// else Slim (`li = post.title`, `/ comment`). A block is the lines indented deeper than its
    /// opener; a `do |x|` block over an iterating call is a loop whose body is that block.
    mutating func projectIndentedRuby(slim: Bool) {
        var lines: [(start: Int, end: Int, indent: Int, first: Int)] = []
        var start = 0
        while start <= source.count {
            let end = find("\n", from: start) ?? source.count
            var first = start
            while first < end, byte(first) == 0x20 || byte(first) == 0x09 { first += 1 }
            lines.append((start, end, first - start, first))
            start = end + 1
        }
        var skipDeeperThan: Int? = nil
        for (number, line) in lines.enumerated() where line.first < line.end {
            if let limit = skipDeeperThan {
                if line.indent > limit { continue }
                skipDeeperThan = nil
            }
            let marker = byte(line.first)
            let next = byte(line.first + 1)
            // Comments and filters (`:javascript`) blank their whole block.
            if (!slim && marker == UInt8(ascii: "-") && next == UInt8(ascii: "#"))
                || marker == UInt8(ascii: "/")
                || marker == UInt8(ascii: ":")
            {
                if marker != UInt8(ascii: ":") { commentRanges.append(line.first..<line.end) }
                skipDeeperThan = line.indent
                continue
            }
            var code: Int? = nil
            if marker == UInt8(ascii: "-") || marker == UInt8(ascii: "=") || marker == UInt8(ascii: "~") {
                code = line.first + 1
            } else if (marker == UInt8(ascii: "!") || marker == UInt8(ascii: "&"))
                && next == UInt8(ascii: "=")
            {
                code = line.first + 2
            } else {
                code = outputAfterTag(line.first..<line.end, slim: slim)
            }
            guard var from = code else { continue }
            while byte(from) == UInt8(ascii: "=") || byte(from) == UInt8(ascii: "'")
                || byte(from) == UInt8(ascii: "<")
                || byte(from) == UInt8(ascii: ">")
            {
                from += 1
            }
            keep(from..<line.end)
            findIndentedRender(in: from..<line.end)
            indentedLoop(in: from..<line.end, indent: line.indent, following: lines[(number + 1)...])
        }
    }

    /// Where the Ruby of `%li.item= expr` (Haml) or `li.item = expr` (Slim) starts, or nil.
    private func outputAfterTag(_ range: Range<Int>, slim: Bool) -> Int? {
        var cursor = range.lowerBound
        let marker = byte(cursor)
        if !slim {
            guard marker == UInt8(ascii: "%") || marker == UInt8(ascii: ".") || marker == UInt8(ascii: "#")
            else {
                return nil
            }
        } else {
            guard Self.isWordByte(marker) || marker == UInt8(ascii: ".") || marker == UInt8(ascii: "#") else {
                return nil
            }
        }
        // Tag name and `.class#id` shortcuts.
        while cursor < range.upperBound {
            let current = byte(cursor)
            guard
                Self.isWordByte(current) || current == UInt8(ascii: "%") || current == UInt8(ascii: ".")
                    || current == UInt8(ascii: "#") || current == UInt8(ascii: "-")
            else { break }
            cursor += 1
        }
        // Haml attribute hashes `{…}`, `(…)`, `[…]`.
        while !slim, [UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "[")].contains(byte(cursor)),
            let close = closing(cursor, limit: range.upperBound)
        {
            cursor = close + 1
        }
        while byte(cursor) == 0x20 { cursor += 1 }
        if byte(cursor) == UInt8(ascii: "!") || byte(cursor) == UInt8(ascii: "&") { cursor += 1 }
        return byte(cursor) == UInt8(ascii: "=") && cursor < range.upperBound ? cursor + 1 : nil
    }

    /// `posts.each do |post|` (or `each_with_index`, `for post in posts`) opening an indented block.
    private mutating func indentedLoop(
        in code: Range<Int>, indent: Int,
        following: ArraySlice<(start: Int, end: Int, indent: Int, first: Int)>
    ) {
        let text = string(code)
        guard text.hasSuffix("|") || text.hasSuffix("do") || text.hasPrefix(" for ") || text.hasPrefix("for ")
        else { return }
        var bodyEnd = code.upperBound
        for line in following {
            if line.first < line.end, line.indent <= indent { break }
            bodyEnd = line.end
        }
        guard bodyEnd > code.upperBound else { return }
        if let forWord = findWord("for", in: code),
            let separator = findWord("in", in: forWord..<code.upperBound)
        {
            let iterableEnd = findWord("do", in: separator..<code.upperBound) ?? code.upperBound
            loops.append(
                TemplateLoop(
                    keyword: forWord, keywordText: "for", iterable: trimmed((separator + 2)..<iterableEnd),
                    variables: string((forWord + 3)..<separator).split(whereSeparator: {
                        $0 == "," || $0 == " "
                    })
                    .map(String.init),
                    body: code.upperBound..<bodyEnd))
            return
        }
        guard let doWord = findWord("do", in: code) else { return }
        // The method just before `do` (or its argument list): `@posts.each do`, `each_with_index do`.
        var cursor = doWord
        while cursor > code.lowerBound, byte(cursor - 1) == 0x20 { cursor -= 1 }
        if byte(cursor - 1) == UInt8(ascii: ")") {
            var depth = 0
            while cursor > code.lowerBound {
                cursor -= 1
                if byte(cursor) == UInt8(ascii: ")") { depth += 1 }
                if byte(cursor) == UInt8(ascii: "(") {
                    depth -= 1
                    if depth == 0 { break }
                }
            }
        }
        var nameStart = cursor
        while nameStart > code.lowerBound, Self.isWordByte(byte(nameStart - 1)) { nameStart -= 1 }
        guard nameStart > code.lowerBound, byte(nameStart - 1) == UInt8(ascii: "."),
            Self.rubyIterators.contains(string(nameStart..<cursor).trimmingSuffix())
        else { return }
        let variables =
            string(doWord..<code.upperBound).split(separator: "|").dropFirst().first.map {
                $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            } ?? []
        loops.append(
            TemplateLoop(
                keyword: nameStart, keywordText: string(word(at: nameStart)),
                iterable: trimmed(code.lowerBound..<(nameStart - 1)),
                variables: variables, body: code.upperBound..<bodyEnd))
    }

    private static let rubyIterators: Set<String> = [
        "each", "each_with_index", "each_with_object", "map", "collect", "flat_map", "each_pair", "find_each",
        "select", "reject", "sum", "group_by", "sort_by",
    ]

    /// `= render partial: "row", collection: @rows` and the like, as in ERB.
    private mutating func findIndentedRender(in range: Range<Int>) {
        guard findWord("render", in: range) != nil else { return }
        findRailsRenderCalls(in: range)
    }
}

extension String {
    fileprivate func trimmingSuffix() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
