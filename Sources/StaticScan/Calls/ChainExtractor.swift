/// Cuts a token array into member-access chains, each one found once, in token order.
struct ChainExtractor {
    let tokens: [Token]
    let brackets: BracketMap
    let language: Language

    private static let notRoots: Set<String> = [
        "if", "for", "while", "return", "in", "of", "and", "or", "not", "else", "do", "end", "def", "class",
        "function", "func", "fun", "var", "let", "val", "const", "await", "yield", "import", "from", "as",
        "try",
        "catch", "switch", "case", "foreach", "elif", "lambda", "with", "async", "typeof", "unless", "until",
        "then",
        "go", "defer", "throw", "raise", "static", "public", "private", "protected", "final", "override",
        "echo",
    ]
    /// Longer names cannot be in ``notRoots``: most identifiers skip the hash.
    private static let longestNotRoot = notRoots.map(\.utf8.count).max() ?? 0
    private static let stopAfterRuby: Set<String> = [
        "do", "if", "unless", "while", "until", "and", "or", "then",
    ]

    static func chains(in tokens: [Token], brackets: BracketMap, language: Language) -> [CallChain] {
        let extractor = ChainExtractor(tokens: tokens, brackets: brackets, language: language)
        var chains: [CallChain] = []
        chains.reserveCapacity(tokens.count / 4)
        for index in tokens.indices where tokens[index].kind == .identifier {
            if index > 0, extractor.isMemberAccess(index - 1) { continue }
            let text = tokens[index].text
            if text.utf8.count <= Self.longestNotRoot, Self.notRoots.contains(text) { continue }
            if tokens[index].text == "new", index + 1 < tokens.count, tokens[index + 1].kind == .identifier {
                continue
            }
            if let chain = extractor.chain(at: index) { chains.append(chain) }
        }
        return chains
    }

    func isMemberAccess(_ index: Int) -> Bool {
        tokens.isMemberAccess(at: index, in: language)
    }

    private func isPunct(_ index: Int, _ text: String) -> Bool {
        index < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == text
    }

    private func chain(at root: Int) -> CallChain? {
        let constructed =
            root > 0 && tokens[root - 1].kind == .identifier && tokens[root - 1].text == "new"
            || (language == .go && root > 0 && isPunct(root - 1, "&"))
        var links = [
            ChainLink(
                name: tokens[root].text, token: root, separator: "", arguments: nil, isCall: false,
                isConstructor: constructed)
        ]
        var cursor = root + 1
        while cursor < tokens.count {
            cursor = skipGenerics(at: cursor)
            if isPunct(cursor, "("), let close = brackets.partner(of: cursor), close > cursor {
                links[links.count - 1].arguments = (cursor + 1)..<close
                links[links.count - 1].isCall = true
                cursor = close + 1
                continue
            }
            if tokens[cursor].kind == .string, tokens[cursor].delimiter == UInt8(ascii: "`"),
                language == .javascript || language == .typescript,
                tokens[cursor].offset
                    == tokens[cursor - 1].offset + tokens[cursor - 1].text.utf8.count
            {
                links[links.count - 1].arguments = cursor..<(cursor + 1)
                links[links.count - 1].isCall = true
                cursor += 1
                continue
            }
            if isPunct(cursor, "{"), language == .go, links.count > 1 || links[0].isConstructor,
                !opensGoBlock(root: root), let close = brackets.partner(of: cursor)
            {
                links[links.count - 1].arguments = (cursor + 1)..<close
                links[links.count - 1].isConstructor = true
                cursor = close + 1
                continue
            }
            if isPunct(cursor, "["), let close = brackets.partner(of: cursor), close > cursor,
                !tokens[cursor].startsLine
            {
                links[links.count - 1].index = (cursor + 1)..<close
                cursor = close + 1
                continue
            }
            if language == .swift || language == .kotlin, isPunct(cursor, "!") || isPunct(cursor, "?"),
                isMemberAccess(cursor + 1)
            {
                cursor += 1
                continue
            }
            if language == .java || language == .kotlin, isPunct(cursor, "::"), cursor + 1 < tokens.count,
                tokens[cursor + 1].kind == .identifier, cursor + 2 < tokens.count,
                isPunct(cursor + 2, ")") || isPunct(cursor + 2, ",")
            {
                // A method reference (`repository::save`) is called by whoever receives it.
                links.append(
                    ChainLink(
                        name: tokens[cursor + 1].text, token: cursor + 1, separator: "::",
                        arguments: nil, isCall: tokens[cursor + 1].text != "new", isConstructor: false))
                cursor += 2
                break
            }
            if isMemberAccess(cursor), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .identifier {
                let separator = tokens[cursor].text
                links.append(
                    ChainLink(
                        name: tokens[cursor + 1].text, token: cursor + 1, separator: separator,
                        arguments: nil, isCall: language == .ruby, isConstructor: false))
                cursor += 2
                if language == .ruby, let arguments = rubyArguments(at: cursor) {
                    links[links.count - 1].arguments = arguments
                    cursor = arguments.upperBound
                }
                continue
            }
            break
        }
        if language == .elixir, isCapture(root: root, end: cursor) {
            // `&Repo.get/2`, `&post_json/1`: a function captured by name is called by its receiver.
            links[links.count - 1].isCall = true
        }
        return CallChain(links: links, start: constructed && language != .go ? root - 1 : root, end: cursor)
    }

    /// Elixir `&name/arity` or `&Mod.name/arity` from `root` to `end`.
    private func isCapture(root: Int, end: Int) -> Bool {
        root > 0 && isPunct(root - 1, "&") && isPunct(end, "/") && end + 1 < tokens.count
            && tokens[end + 1].kind == .number
    }

    /// Whether the chain at `root` ends a Go `for`/`if`/`switch` header, so a `{` after it opens
    /// the block: Go requires a `pkg.T{…}` literal there to be parenthesized.
    private func opensGoBlock(root: Int) -> Bool {
        var cursor = root - 1
        while cursor >= 0, !tokens[cursor + 1].startsLine {
            if tokens[cursor].kind == .identifier,
                ["for", "if", "switch", "range"].contains(tokens[cursor].text)
            {
                return true
            }
            if tokens[cursor].kind == .punctuation, [")", "]"].contains(tokens[cursor].text),
                let open = brackets.partner(of: cursor), open < cursor
            {
                cursor = open - 1
                continue
            }
            if tokens[cursor].kind == .punctuation, ["{", "}", "(", "[", "="].contains(tokens[cursor].text) {
                return false
            }
            cursor -= 1
        }
        return false
    }

    /// `<T>`, `<List<T>>` or TypeScript's `<{ id: string; name: string }>` before a call's
    /// parentheses.
    private func skipGenerics(at index: Int) -> Int {
        guard isPunct(index, "<"), language != .python, language != .ruby, language != .php,
            language != .elixir
        else {
            return index
        }
        var cursor = index + 1
        var depth = 1
        var steps = 0
        while cursor < tokens.count, steps < 24 {
            steps += 1
            let token = tokens[cursor]
            if token.kind == .punctuation {
                switch token.text {
                case "<": depth += 1
                case ">": depth -= 1
                case ">>": depth -= 2
                case ",", ".", "?", "[", "]", "*", "&": break
                case "{" where language == .typescript:
                    // An object type: its members are skipped whole.
                    guard let close = brackets.partner(of: cursor), close > cursor else { return index }
                    cursor = close
                case "|" where language == .typescript: break
                default: return index
                }
                if depth <= 0 { return isPunct(cursor + 1, "(") ? cursor + 1 : index }
            } else if token.kind != .identifier {
                return index
            }
            cursor += 1
        }
        return index
    }

    /// Ruby's parenthesis-free arguments: `User.find_by email: x` up to the end of the statement.
    private func rubyArguments(at index: Int) -> Range<Int>? {
        guard index < tokens.count, !tokens[index].startsLine, index > 0,
            tokens[index].offset > tokens[index - 1].offset + tokens[index - 1].text.utf8.count
        else { return nil }
        let first = tokens[index]
        switch first.kind {
        case .string, .number: break
        case .identifier where !Self.stopAfterRuby.contains(first.text): break
        case .punctuation where first.text == ":" || first.text == "*" || first.text == "&": break
        default: return nil
        }
        var cursor = index
        while cursor < tokens.count, !tokens[cursor].startsLine || cursor == index {
            let token = tokens[cursor]
            if token.kind == .identifier, Self.stopAfterRuby.contains(token.text) { break }
            if token.kind == .punctuation {
                if token.text == ";" || token.text == "{" || [")", "]", "}"].contains(token.text) { break }
                if token.text == "(" || token.text == "[", let close = brackets.partner(of: cursor),
                    close > cursor
                {
                    cursor = close + 1
                    continue
                }
            }
            cursor += 1
        }
        return index..<cursor
    }
}
