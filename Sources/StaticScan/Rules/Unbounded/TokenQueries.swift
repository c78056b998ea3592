// MARK: - Token questions the HF2xx rules ask of a file

extension AnalyzedFile {
    /// The identifiers in `ranges`, clamped to the file.
    func identifiers(in ranges: [Range<Int>]) -> [(index: Int, text: String)] {
        var result: [(index: Int, text: String)] = []
        for range in ranges {
            for index in range.clamped(to: 0..<tokens.count) where tokens[index].kind == .identifier {
                result.append((index, tokens[index].text))
            }
        }
        return result
    }

    /// Whether an identifier of `ranges` satisfies `predicate`.
    func hasIdentifier(in ranges: [Range<Int>], where predicate: (String) -> Bool) -> Bool {
        identifiers(in: ranges).contains { predicate($0.text) }
    }

    /// Whether an identifier of `ranges`, lowercased, contains one of `fragments`.
    func mentions(_ fragments: [String], in ranges: [Range<Int>]) -> Bool {
        hasIdentifier(in: ranges) { name in
            let lower = name.lowercased()
            return lower.containsAnyFragment(fragments)
        }
    }

    /// The tokens from the first one on `lines` lines before `token`'s line up to `end`: the
    /// neighbourhood where a limiter or a counter is usually declared.
    func window(before token: Int, lines: Int, through end: Int) -> Range<Int> {
        let firstLine = tokens[token].line - lines
        var start = token
        while start > 0, tokens[start - 1].line >= firstLine { start -= 1 }
        return start..<min(max(end, token + 1), tokens.count)
    }

    /// The index just past the last token of the statement starting at `start` (its line and any
    /// bracket it opens).
    func statementEnd(from start: Int) -> Int {
        var cursor = start
        let line = tokens[start].line
        while cursor < tokens.count, tokens[cursor].line == line || cursor == start {
            if tokens[cursor].kind == .punctuation, ["(", "[", "{"].contains(tokens[cursor].text),
                let close = brackets.partner(of: cursor), close > cursor
            {
                cursor = close + 1
                continue
            }
            cursor += 1
        }
        return cursor
    }

    /// The token range of loop `index` from its header to the end of its body.
    func extent(ofLoop index: Int) -> Range<Int> {
        let loop = loops[index]
        let start = min(loop.header, loop.span.lowerBound)
        return start..<max(start + 1, loop.span.upperBound)
    }

    /// Whether `token` is a comparison operator (`<`, `<=`, `>`, `>=`).
    func isOrdering(_ token: Int) -> Bool {
        token >= 0 && token < tokens.count && tokens[token].kind == .punctuation
            && ["<", "<=", ">", ">="].contains(tokens[token].text)
    }

    /// Whether `ranges` compare (`<`, `>=`…) a name containing one of `fragments`
    /// (`attempt < MAX_RETRIES`, `pages >= maxPages`), or a number with a name the ranges
    /// increment (`i < 3` with `i++`).
    func comparesCounter(in ranges: [Range<Int>], fragments: [String]) -> Bool {
        let clamped = ranges.map { $0.clamped(to: 0..<tokens.count) }
        for range in clamped {
            for index in range where isOrdering(index) {
                let sides = [index - 2, index - 1, index + 1, index + 2, index + 3].filter {
                    $0 >= 0 && $0 < tokens.count
                }
                for side in sides where tokens[side].kind == .identifier {
                    let lower = tokens[side].text.lowercased()
                    if lower.containsAnyFragment(fragments) { return true }
                }
                guard sides.contains(where: { tokens[$0].kind == .number }) else { continue }
                for side in sides
                where tokens[side].kind == .identifier && incremented(tokens[side].text, in: clamped) {
                    return true
                }
            }
        }
        return false
    }

    /// `name++`, `++name`, `name += 1`, `name = name + 1`.
    private func incremented(_ name: String, in ranges: [Range<Int>]) -> Bool {
        for range in ranges {
            for index in range where tokens[index].is(name) {
                let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
                let previous = index > 0 ? tokens[index - 1].text : ""
                if next == "++" || next == "+=" || previous == "++" || next == "--" || next == "-=" {
                    return true
                }
                if next == "=", index + 3 < tokens.count, tokens[index + 2].is(name) { return true }
            }
        }
        return false
    }
}
