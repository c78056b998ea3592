/// Finds the loops of a lexed file: statement loops per language family, comprehensions, and
/// callbacks passed to iterating methods.
struct LoopFinder {
    let tokens: [Token]
    let brackets: BracketMap
    let language: Language
    var loops: [Loop] = []
    /// `while` tokens that close a `do … while`, not loops of their own.
    var consumedWhiles: Set<Int> = []
    /// Ruby: the `end` closing each `do`/`def`/`while`/… opener; Elixir: each `do` and `fn`.
    var rubyEnds: [Int: Int] = [:]

    static func loops(in tokens: [Token], brackets: BracketMap, language: Language) -> [Loop] {
        var finder = LoopFinder(tokens: tokens, brackets: brackets, language: language)
        switch language {
        case .python: finder.findPython()
        case .ruby: finder.findRuby()
        case .elixir: finder.findElixir()
        case .sql: break
        default: finder.findBraced()
        }
        return finder.loops.sorted { $0.header < $1.header }
    }

    // MARK: - Token helpers

    func text(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].text : "" }

    func isPunct(_ index: Int, _ text: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == text
    }

    func isWord(_ index: Int, _ text: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .identifier && tokens[index].text == text
    }

    func isMemberAccess(_ index: Int) -> Bool {
        tokens.isMemberAccess(at: index, in: language)
    }

    /// The start of the postfix expression ending just before `end` (`a.b(c)[d]` in `a.b(c)[d].map`).
    func expressionStart(endingBefore end: Int) -> Int {
        var cursor = end - 1
        guard cursor >= 0 else { return max(end, 0) }
        while true {
            while tokens[cursor].kind == .punctuation, [")", "]", "}"].contains(tokens[cursor].text),
                let open = brackets.partner(of: cursor), open < cursor
            {
                cursor = open
                guard cursor > 0 else { return 0 }
                // `[5, 10].each do |x|` on a line of its own: a new statement, not a subscript or
                // a call of the previous line's last name.
                if tokens[cursor].startsLine { break }
                let before = tokens[cursor - 1]
                let callee = before.kind == .identifier && !Self.statementWords.contains(before.text)
                if callee || (before.kind == .punctuation && [")", "]"].contains(before.text)) {
                    cursor -= 1
                } else {
                    break
                }
            }
            if cursor >= 2,
                isMemberAccess(cursor - 1) || isPunct(cursor - 1, "..") || isPunct(cursor - 1, "...")
            {
                cursor -= 2
                continue
            }
            return cursor
        }
    }

    static let statementWords: Set<String> = [
        "return", "in", "of", "if", "while", "for", "foreach", "await", "yield", "not", "and", "or", "else",
        "when", "unless", "until", "case", "throw", "new", "do", "then", "try", "as", "range",
    ]

    /// The indices of `range` outside any bracket pair that starts inside it.
    func topLevelIndices(in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            result.append(cursor)
            if tokens[cursor].kind == .punctuation, ["(", "[", "{"].contains(tokens[cursor].text),
                let close = brackets.partner(of: cursor), close > cursor
            {
                cursor = close
                if cursor < range.upperBound { result.append(cursor) }
            }
            cursor += 1
        }
        return result
    }

    /// Where a brace-less statement starting at `start` ends: at `;` or at the first token
    /// starting a new line, outside brackets.
    func statementEnd(from start: Int) -> Int {
        var cursor = start
        while cursor < tokens.count {
            let token = tokens[cursor]
            if cursor > start, token.startsLine { return cursor }
            if token.kind == .punctuation {
                if token.text == ";" { return cursor + 1 }
                if ["(", "[", "{"].contains(token.text) {
                    cursor = (brackets.partner(of: cursor) ?? cursor) + 1
                    continue
                }
                if [")", "]", "}"].contains(token.text) { return cursor }
            }
            cursor += 1
        }
        return tokens.count
    }

    /// Identifiers in `range` that name loop variables (keywords and type names left out).
    func boundNames(in range: Range<Int>) -> [String] {
        var names: [String] = []
        for index in range where tokens[index].kind == .identifier {
            let name = tokens[index].text
            if Self.declarationWords.contains(name) { continue }
            if isPunct(index + 1, ".") || isPunct(index + 1, "<")
                || isPunct(index - 1, ":") && language != .php
            {
                continue
            }
            if isPunct(index - 1, ".") { continue }
            names.append(name)
        }
        return names
    }

    static let declarationWords: Set<String> = [
        "const", "let", "var", "val", "final", "case", "await", "async", "auto", "in", "of", "as", "ref",
        "out",
        "mut", "_", "int", "long", "String", "string", "Integer", "Long", "def", "fn", "function", "func",
        "try",
    ]
}
