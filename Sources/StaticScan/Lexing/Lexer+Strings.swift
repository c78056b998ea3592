// MARK: - String literals of every language

extension Lexer {
    /// Lexes a string literal starting at `pos`; false when none starts here.
    mutating func lexString() -> Bool {
        if language == .elixir, lexStrayHeredocCloser() { return true }
        if language == .ruby, let heredoc = rubyHeredocStart() {
            emit(.string, from: pos, to: heredoc.end, text: "", delimiter: UInt8(ascii: "<"))
            pendingHeredocs.append((tokens.count - 1, heredoc.terminator))
            pos = heredoc.end
            return true
        }
        let byte = bytes[pos]
        let ambiguous = byte == UInt8(ascii: "/") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "<")
        guard let (prefix, form) = stringForm(at: pos, afterValue: ambiguous && previousIsValue()) else {
            return false
        }
        let start = pos
        let contentStart = pos + prefix
        let (contentEnd, skipped) = skipString(form, from: contentStart, depth: 0)
        if contentEnd == bytes.count, skipped == bytes.count, unterminatedString == nil {
            unterminatedString = start
        }
        let content = String(decoding: bytes[contentStart..<max(contentStart, contentEnd)], as: UTF8.self)
        var end = skipped
        var delimiter = prefix > 0 ? bytes[contentStart - 1] : bytes[start]
        if language == .elixir, byte == UInt8(ascii: "~") {
            delimiter = byte
            end = elixirSigilModifiersEnd(from: end)
        }
        emit(
            .string, from: start, to: end, text: content,
            delimiter: bytes[start] == UInt8(ascii: "%") ? bytes[start] : delimiter)
        pos = max(end, start + 1)
        return true
    }

    /// Whether the previous token ends a value, so `/`, `%` and `<<` are operators, not literals.
    func previousIsValue() -> Bool {
        guard let last = tokens.last else { return false }
        switch last.kind {
        case .number, .string: return true
        case .punctuation: return last.text == ")" || last.text == "]" || last.text == "}"
        case .identifier: return !Self.operatorKeywords.contains(last.text)
        }
    }

    /// Keywords after which `/` opens a regular expression rather than dividing.
    static let operatorKeywords: Set<String> = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
        "yield", "await", "when", "if", "unless", "and", "or", "not", "then", "puts", "p", "print", "raise",
        "while", "until", "elsif",
    ]

    /// Skips a string whose content starts at `index`; returns where the content ends and where
    /// the literal ends (after the closing delimiter).
    func skipString(_ form: StringForm, from index: Int, depth: Int) -> (contentEnd: Int, end: Int) {
        if form.lineTerminated { return skipLineTerminated(form, from: index) }
        var cursor = index
        var nesting = 0
        let first = form.close.first ?? 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if depth < Self.maxInterpolationDepth, let (open, close, length) = interpolation(form, at: cursor)
            {
                cursor = skipInterpolation(from: cursor + length, open: open, close: close, depth: depth + 1)
                continue
            }
            if form.escape == .backslash, byte == UInt8(ascii: "\\") {
                cursor += 2
                continue
            }
            if let opener = form.nestOpen, byte == opener, opener != first {
                nesting += 1
            } else if byte == first, matches(form.close, at: cursor) {
                if nesting > 0 {
                    nesting -= 1
                } else if form.escape == .doubling, form.close.count == 1, cursor + 1 < bytes.count,
                    bytes[cursor + 1] == byte
                {
                    cursor += 2
                    continue
                } else {
                    return (cursor, cursor + form.close.count)
                }
            } else if byte == 0x0A, !form.multiline {
                return (cursor, cursor)
            }
            cursor += 1
        }
        return (bytes.count, bytes.count)
    }

    /// The interpolation opening at `index`, as (open bracket, close bracket, opener length).
    private func interpolation(_ form: StringForm, at index: Int) -> (UInt8, UInt8, Int)? {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let brace = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        switch form.interpolation {
        case .none: return nil
        case .dollarBrace:
            return byte == UInt8(ascii: "$") && next == brace.0 ? (brace.0, brace.1, 2) : nil
        case .hashBrace:
            return byte == UInt8(ascii: "#") && next == brace.0 ? (brace.0, brace.1, 2) : nil
        case .brace:
            guard byte == brace.0 else { return nil }
            return next == brace.0 ? nil : (brace.0, brace.1, 1)
        case .backslashParen:
            return byte == UInt8(ascii: "\\") && next == UInt8(ascii: "(")
                ? (UInt8(ascii: "("), UInt8(ascii: ")"), 2) : nil
        case .php:
            if byte == brace.0, next == UInt8(ascii: "$") { return (brace.0, brace.1, 1) }
            return byte == UInt8(ascii: "$") && next == brace.0 ? (brace.0, brace.1, 2) : nil
        }
    }

    /// Skips interpolated code up to its closing bracket, stepping over nested strings.
    private func skipInterpolation(from index: Int, open: UInt8, close: UInt8, depth: Int) -> Int {
        var cursor = index
        var level = 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == close {
                level -= 1
                if level == 0 { return cursor + 1 }
            } else if byte == open {
                level += 1
            } else if depth < Self.maxInterpolationDepth,
                let (prefix, form) = stringForm(at: cursor, afterValue: true),
                !form.lineTerminated
            {
                cursor = max(skipString(form, from: cursor + prefix, depth: depth).end, cursor + 1)
                continue
            }
            cursor += 1
        }
        return bytes.count
    }

    /// PHP heredoc/nowdoc bodies: up to a line that starts (after blanks) with the terminator.
    private func skipLineTerminated(_ form: StringForm, from index: Int) -> (contentEnd: Int, end: Int) {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] != 0x0A { cursor += 1 }
        let bodyStart = min(cursor + 1, bytes.count)
        var lineStart = bodyStart
        while lineStart < bytes.count {
            var word = lineStart
            while word < bytes.count, bytes[word] == 0x20 || bytes[word] == 0x09 { word += 1 }
            let after = word + form.close.count
            if matches(form.close, at: word), after >= bytes.count || !Self.isIdentifierByte(bytes[after]) {
                return (max(bodyStart, lineStart - 1), after)
            }
            while lineStart < bytes.count, bytes[lineStart] != 0x0A { lineStart += 1 }
            lineStart += 1
        }
        return (bytes.count, bytes.count)
    }

    // MARK: - Ruby heredocs

    /// `<<~SQL`, `<<-EOS`, `<<ID`, `<<~'ID'`: the terminator and the end of the opener.
    func rubyHeredocStart() -> (terminator: [UInt8], end: Int)? {
        guard bytes[pos] == UInt8(ascii: "<"), peek(1) == UInt8(ascii: "<") else { return nil }
        var cursor = pos + 2
        let flag = peek(2)
        if flag == UInt8(ascii: "~") || flag == UInt8(ascii: "-") { cursor += 1 }
        let quote = cursor < bytes.count ? bytes[cursor] : 0
        let quoted = quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`")
        if quoted { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, Self.isIdentifierByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else { return nil }
        if flag != UInt8(ascii: "~"), flag != UInt8(ascii: "-"), !quoted {
            // `<<ID` needs an upper-case name and no value before it (else it is a shift).
            guard bytes[nameStart] >= 0x41, bytes[nameStart] <= 0x5A, !previousIsValue() else { return nil }
        }
        let terminator = Array(bytes[nameStart..<cursor])
        if quoted {
            guard cursor < bytes.count, bytes[cursor] == quote else { return nil }
            cursor += 1
        }
        return (terminator, cursor)
    }

    /// Reads the bodies of the heredocs opened on the line just ended, in order.
    mutating func readHeredocBodies() {
        for heredoc in pendingHeredocs {
            let bodyStart = pos
            var found = false
            while pos < bytes.count, !found {
                var lineEnd = pos
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var word = pos
                while word < lineEnd, bytes[word] == 0x20 || bytes[word] == 0x09 { word += 1 }
                var wordEnd = lineEnd
                while wordEnd > word, bytes[wordEnd - 1] == 0x0D || bytes[wordEnd - 1] == 0x20 {
                    wordEnd -= 1
                }
                if Array(bytes[word..<wordEnd]) == heredoc.terminator {
                    let body = String(decoding: bytes[bodyStart..<pos], as: UTF8.self)
                    tokens[heredoc.token].text = body
                    found = true
                }
                pos = min(lineEnd + 1, bytes.count)
            }
            if !found { tokens[heredoc.token].text = String(decoding: bytes[bodyStart..<pos], as: UTF8.self) }
        }
        pendingHeredocs.removeAll()
        freshLine = true
        lineHasToken = false
    }
}
