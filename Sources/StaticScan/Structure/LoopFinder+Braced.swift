// MARK: - Brace languages: JavaScript, TypeScript, Go, Java, Kotlin, PHP, C#, Swift

extension LoopFinder {
    mutating func findBraced() {
        for index in tokens.indices where tokens[index].kind == .identifier {
            if isMemberAccess(index - 1) {
                findCallback(at: index)
                continue
            }
            switch tokens[index].text {
            case "for", "foreach": findFor(at: index)
            case "while": if !consumedWhiles.contains(index) { findWhile(at: index) }
            case "do" where language != .swift: findDoWhile(at: index)
            case "repeat" where language == .swift: findDoWhile(at: index)
            case "repeat" where language == .kotlin, "array_map", "array_walk", "array_filter",
                "array_reduce":
                findCallback(at: index)
            default: continue
            }
        }
    }

    /// The body after a header ending just before `start`: a braced block, PHP's `: … endfor;`,
    /// or one statement.
    private func body(at start: Int, keyword: String) -> Range<Int> {
        if isPunct(start, "{"), let close = brackets.partner(of: start) { return (start + 1)..<close }
        if language == .php, isPunct(start, ":") {
            let closer = keyword == "foreach" ? "endforeach" : keyword == "for" ? "endfor" : "endwhile"
            var cursor = start + 1
            while cursor < tokens.count, !isWord(cursor, closer) { cursor += 1 }
            return (start + 1)..<cursor
        }
        return start..<statementEnd(from: start)
    }

    /// Index of the `{` opening the body of a parenthesis-free header (Go, Swift) after `start`.
    private func bodyBrace(after start: Int) -> Int? {
        var cursor = start
        while cursor < tokens.count {
            let token = tokens[cursor]
            if token.kind == .punctuation {
                if token.text == "{" {
                    if !isGoSliceOrMapLiteral(braceAt: cursor) { return cursor }
                    cursor = (brackets.partner(of: cursor) ?? cursor) + 1
                    continue
                }
                if token.text == "(" || token.text == "[" {
                    cursor = (brackets.partner(of: cursor) ?? cursor) + 1
                    continue
                }
                if token.text == "}" || token.text == ";" && language != .go { return nil }
            }
            cursor += 1
        }
        return nil
    }

    /// Go composite literal in a header: `range []string{"a"} {`, `range map[string]*pkg.T{…} {`.
    /// Go requires a literal of a plain type name (`T{…}`, `pkg.T{…}`) to be parenthesized
    /// there, so `range req.Items {` opens the body.
    private func isGoSliceOrMapLiteral(braceAt brace: Int) -> Bool {
        guard language == .go, brace > 0, tokens[brace - 1].kind == .identifier else { return false }
        var start = brace - 1
        while isPunct(start - 1, "."), start >= 2, tokens[start - 2].kind == .identifier { start -= 2 }
        while isPunct(start - 1, "*") { start -= 1 }
        return isPunct(start - 1, "]")
    }

    private mutating func findFor(at index: Int) {
        var cursor = index + 1
        if isWord(cursor, "await") { cursor += 1 }
        let header: Range<Int>
        let afterHeader: Int
        if isPunct(cursor, "("), let close = brackets.partner(of: cursor), language != .swift, language != .go
        {
            header = (cursor + 1)..<close
            afterHeader = close + 1
        } else if let brace = bodyBrace(after: cursor) {
            header = cursor..<brace
            afterHeader = brace
        } else {
            return
        }
        let keyword = tokens[index].text
        let block = body(at: afterHeader, keyword: keyword)
        var loop = Loop(
            kind: .forEach, keyword: keyword, header: index, line: tokens[index].line,
            column: tokens[index].column, iterable: nil, variables: [], body: [block])
        let topLevel = topLevelIndices(in: header)
        let semicolons = topLevel.filter { isPunct($0, ";") }
        if semicolons.count >= 2 {
            loop.kind = .counting
            let initEnd = semicolons[0]
            let assignment = (header.lowerBound..<initEnd).first { isPunct($0, "=") || isPunct($0, ":=") }
            loop.variables = boundNames(in: header.lowerBound..<(assignment ?? initEnd))
            loop.iterable = (semicolons[0] + 1)..<semicolons[1]
        } else if let separator = topLevel.first(where: { isSeparator($0) }) {
            var end = header.upperBound
            if language == .swift,
                let whereClause = header.first(where: { isWord($0, "where") && $0 > separator })
            {
                end = whereClause
            }
            loop.iterable = afterEffectMarks(from: separator + 1)..<end
            var names = boundNames(in: header.lowerBound..<separator)
            if language == .php {
                // `foreach ($items as $key => $item)`: the collection comes first.
                loop.iterable = header.lowerBound..<separator
                names = boundNames(in: (separator + 1)..<end)
            }
            let typed =
                (language == .java || language == .csharp)
                && !(header.lowerBound..<separator).contains { isPunct($0, "(") }
            loop.variables = typed ? Array(names.suffix(1)) : names
        } else if header.isEmpty || (header.count == 1 && isWord(header.lowerBound, "true")) {
            loop.kind = .infinite
        } else {
            loop.kind = .whileLoop
            loop.iterable = header
        }
        loops.append(loop)
    }

    /// Past Swift's `try`, `try?`, `try!` and `await` before an iterated expression
    /// (`for order in try context.fetch(request)`): the collection is what follows.
    private func afterEffectMarks(from start: Int) -> Int {
        guard language == .swift else { return start }
        var cursor = start
        while isWord(cursor, "try") || isWord(cursor, "await") {
            cursor += 1
            if isPunct(cursor, "?") || isPunct(cursor, "!") { cursor += 1 }
        }
        return cursor
    }

    private func isSeparator(_ index: Int) -> Bool {
        switch language {
        case .javascript, .typescript: return isWord(index, "of") || isWord(index, "in")
        case .java: return isPunct(index, ":")
        case .php: return isWord(index, "as")
        case .go: return isWord(index, "range")
        default: return isWord(index, "in")
        }
    }

    private mutating func findWhile(at index: Int) {
        let condition: Range<Int>
        let afterHeader: Int
        if isPunct(index + 1, "("), let close = brackets.partner(of: index + 1),
            language != .swift || isPunct(close + 1, "{")
        {
            condition = (index + 2)..<close
            afterHeader = close + 1
        } else if let brace = bodyBrace(after: index + 1) {
            condition = (index + 1)..<brace
            afterHeader = brace
        } else {
            return
        }
        let infinite =
            condition.count == 1
            && (isWord(condition.lowerBound, "true") || text(condition.lowerBound) == "1")
        loops.append(
            Loop(
                kind: infinite ? .infinite : .whileLoop, keyword: "while", header: index,
                line: tokens[index].line, column: tokens[index].column,
                iterable: infinite ? nil : condition, variables: [],
                body: [body(at: afterHeader, keyword: "while")]))
    }

    private mutating func findDoWhile(at index: Int) {
        guard isPunct(index + 1, "{"), let close = brackets.partner(of: index + 1), isWord(close + 1, "while")
        else { return }
        consumedWhiles.insert(close + 1)
        var condition: Range<Int>? = nil
        if isPunct(close + 2, "("), let end = brackets.partner(of: close + 2) {
            condition = (close + 3)..<end
        } else if close + 2 < tokens.count {
            condition = (close + 2)..<statementEnd(from: close + 2)
        }
        let infinite = condition.map { $0.count == 1 && isWord($0.lowerBound, "true") } ?? true
        loops.append(
            Loop(
                kind: infinite ? .infinite : .doWhile, keyword: tokens[index].text, header: index,
                line: tokens[index].line, column: tokens[index].column,
                iterable: infinite ? nil : condition, variables: [], body: [(index + 2)..<close]))
    }
}
