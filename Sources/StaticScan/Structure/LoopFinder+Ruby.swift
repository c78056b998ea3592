// MARK: - Ruby: keyword blocks closed by `end`, `do |x|` and `{ |x| }` blocks

extension LoopFinder {
    private static let notValues: Set<String> = [
        "and", "or", "not", "then", "do", "else", "begin", "when", "in", "elsif", "if", "unless", "while",
        "until",
    ]

    /// Every Ruby block opener (`def`, `class`, `do`, `if`, …) paired with its `end`.
    static func rubyBlockEnds(in tokens: [Token], brackets: BracketMap) -> [Int: Int] {
        var finder = LoopFinder(tokens: tokens, brackets: brackets, language: .ruby)
        finder.matchRubyEnds()
        return finder.rubyEnds
    }

    mutating func findRuby() {
        matchRubyEnds()
        for index in tokens.indices where tokens[index].kind == .identifier {
            if isMemberAccess(index - 1) {
                findCallback(at: index)
                continue
            }
            guard rubyEnds[index] != nil || isWord(index, "loop") else { continue }
            switch tokens[index].text {
            case "for", "while", "until": findRubyStatement(at: index)
            case "loop": findRubyLoop(at: index)
            default: continue
            }
        }
    }

    /// Pairs every block opener with its `end`.
    mutating func matchRubyEnds() {
        var stack: [Int] = []
        var consumedDos: Set<Int> = []
        for index in tokens.indices where tokens[index].kind == .identifier {
            if isMemberAccess(index - 1) || isSymbolOrKey(index) { continue }
            switch tokens[index].text {
            case "def", "class", "module", "begin", "case":
                stack.append(index)
            case "do":
                if !consumedDos.contains(index) { stack.append(index) }
            case "if", "unless", "while", "until", "for":
                if isModifier(index) { continue }
                stack.append(index)
                if ["while", "until", "for"].contains(tokens[index].text),
                    let loopDo = doOnSameLine(after: index)
                {
                    consumedDos.insert(loopDo)
                }
            case "end":
                if let opener = stack.popLast() { rubyEnds[opener] = index }
            default: continue
            }
        }
    }

    private func isSymbolOrKey(_ index: Int) -> Bool {
        if index > 0, isPunct(index - 1, ":"), tokens[index - 1].offset + 1 == tokens[index].offset {
            return true
        }
        return isPunct(index + 1, ":")
            && tokens[index + 1].offset == tokens[index].offset + tokens[index].text.utf8.count
    }

    private func isModifier(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].startsLine else { return false }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .number, .string: return true
        case .identifier: return !Self.notValues.contains(previous.text)
        case .punctuation: return [")", "]", "}"].contains(previous.text)
        }
    }

    private func doOnSameLine(after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < tokens.count, !tokens[cursor].startsLine {
            if isWord(cursor, "do") { return cursor }
            if isPunct(cursor, ";") { return nil }
            cursor += 1
        }
        return nil
    }

    private mutating func findRubyStatement(at index: Int) {
        guard let end = rubyEnds[index] else { return }
        var headerEnd = index + 1
        while headerEnd < end, !tokens[headerEnd].startsLine, !isWord(headerEnd, "do"),
            !isPunct(headerEnd, ";")
        {
            headerEnd += 1
        }
        let bodyStart = isWord(headerEnd, "do") || isPunct(headerEnd, ";") ? headerEnd + 1 : headerEnd
        let header = (index + 1)..<headerEnd
        var loop = Loop(
            kind: .whileLoop, keyword: tokens[index].text, header: index, line: tokens[index].line,
            column: tokens[index].column, iterable: header, variables: [], body: [bodyStart..<end])
        if tokens[index].text == "for" {
            guard let separator = header.first(where: { isWord($0, "in") }) else { return }
            loop.kind = .forEach
            loop.variables = boundNames(in: header.lowerBound..<separator)
            loop.iterable = (separator + 1)..<headerEnd
        } else if header.count == 1, isWord(header.lowerBound, "true") {
            loop.kind = .infinite
            loop.iterable = nil
        }
        loops.append(loop)
    }

    private mutating func findRubyLoop(at index: Int) {
        let body: Range<Int>
        if isWord(index + 1, "do"), let end = rubyEnds[index + 1] {
            body = (index + 2)..<end
        } else if isPunct(index + 1, "{"), let close = brackets.partner(of: index + 1) {
            body = (index + 2)..<close
        } else {
            return
        }
        loops.append(
            Loop(
                kind: .infinite, keyword: "loop", header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: nil, variables: [], body: [body]))
    }
}
