// MARK: - Python: indentation blocks, comprehensions, generator expressions

extension LoopFinder {
    mutating func findPython() {
        // Which tokens start a logical line, and the bracket each token sits in.
        var logicalStart = Array(repeating: false, count: tokens.count)
        var enclosing = Array(repeating: -1, count: tokens.count)
        var stack: [Int] = []
        for index in tokens.indices {
            logicalStart[index] = tokens[index].startsLine && stack.isEmpty
            enclosing[index] = stack.last ?? -1
            // Brackets are one byte: skip longer operators without comparing strings.
            guard tokens[index].kind == .punctuation, tokens[index].text.utf8.count == 1 else { continue }
            switch tokens[index].text {
            case "(", "[", "{": stack.append(index)
            case ")", "]", "}":
                if let open = brackets.partner(of: index), let depth = stack.lastIndex(of: open) {
                    stack.removeSubrange(depth...)
                }
            default: continue
            }
        }
        for index in tokens.indices where tokens[index].kind == .identifier {
            // `for`, `map`, `while`, `filter`: other lengths need no string comparison.
            switch tokens[index].text.utf8.count {
            case 3, 5, 6: break
            default: continue
            }
            switch tokens[index].text {
            case "for" where enclosing[index] >= 0: findComprehension(at: index, in: enclosing[index])
            case "for", "while": findPythonStatement(at: index, logicalStart: logicalStart)
            case "map",
                "filter" where !isMemberAccess(index - 1):
                findPythonMap(at: index)
            default: continue
            }
        }
    }

    private mutating func findPythonStatement(at index: Int, logicalStart: [Bool]) {
        var colon = index + 1
        while colon < tokens.count, !isPunct(colon, ":"), !logicalStart[colon] {
            if tokens[colon].kind == .punctuation, let close = brackets.partner(of: colon), close > colon {
                colon = close
            }
            colon += 1
        }
        guard isPunct(colon, ":") else { return }
        let header = (index + 1)..<colon
        var end = colon + 1
        if end < tokens.count, !logicalStart[end] {
            while end < tokens.count, !logicalStart[end] { end += 1 }
        } else {
            let indent = tokens[index].indent
            while end < tokens.count, !logicalStart[end] || tokens[end].indent > indent { end += 1 }
        }
        var loop = Loop(
            kind: .forEach, keyword: tokens[index].text, header: index, line: tokens[index].line,
            column: tokens[index].column, iterable: nil, variables: [], body: [(colon + 1)..<end])
        if tokens[index].text == "for" {
            guard let separator = topLevelIndices(in: header).first(where: { isWord($0, "in") }) else {
                return
            }
            loop.variables = boundNames(in: header.lowerBound..<separator)
            loop.iterable = (separator + 1)..<header.upperBound
        } else if header.count == 1, isWord(header.lowerBound, "True") || text(header.lowerBound) == "1" {
            loop.kind = .infinite
        } else {
            loop.kind = .whileLoop
            loop.iterable = header
        }
        loops.append(loop)
    }

    /// `map(lambda x: f(x), xs)`: the lambda's body runs per element of the second argument.
    private mutating func findPythonMap(at index: Int) {
        guard isPunct(index + 1, "("), let close = brackets.partner(of: index + 1), close > index + 1 else {
            return
        }
        let arguments = splitArguments((index + 2)..<close)
        guard arguments.count == 2, isWord(arguments[0].lowerBound, "lambda"),
            let colon = topLevelIndices(in: arguments[0]).first(where: { isPunct($0, ":") })
        else { return }
        loops.append(
            Loop(
                kind: .callback, keyword: tokens[index].text, header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: arguments[1],
                variables: boundNames(in: (arguments[0].lowerBound + 1)..<colon),
                body: [(colon + 1)..<arguments[0].upperBound]))
    }

    private mutating func findComprehension(at index: Int, in open: Int) {
        guard let close = brackets.partner(of: open), close > index else { return }
        let content = topLevelIndices(in: (open + 1)..<close)
        guard let firstFor = content.first(where: { isWord($0, "for") }),
            let separator = content.first(where: { $0 > index && isWord($0, "in") })
        else { return }
        let iterableEnd = content.first { $0 > separator && (isWord($0, "for") || isWord($0, "if")) } ?? close
        var body: [Range<Int>] = []
        if firstFor > open + 1 { body.append((open + 1)..<firstFor) }
        if iterableEnd < close { body.append(iterableEnd..<close) }
        loops.append(
            Loop(
                kind: .comprehension, keyword: "for", header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: (separator + 1)..<iterableEnd,
                variables: boundNames(in: (index + 1)..<separator), body: body))
    }
}
