// MARK: - Comments, identifiers, numbers, punctuation

extension Lexer {
    static let threeCharOperators: [[UInt8]] = [
        "...", "..<", "===", "!==", "?->", "<=>", "**=", "<<=", ">>=",
        "??=", "&&=", "||=", "<<<",
    ].map { Array($0.utf8) }
    static let twoCharOperators: [[UInt8]] = [
        "=>", "->", "::", ":=", "?.", "..", "==", "!=", "<=", ">=", "&&",
        "||", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "??", "?:",
        "<<", ">>", "**", "++", "--", "!!", "<-",
    ].map { Array($0.utf8) }

    /// The operators above by first byte, three-character ones first, each list in the order
    /// above: the candidates tried for a punctuation byte without scanning both lists.
    static let operatorsByFirstByte: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 256)
        for candidate in threeCharOperators + twoCharOperators { table[Int(candidate[0])].append(candidate) }
        return table
    }()

    static let rubyBegin = Array("=begin".utf8)
    static let rubyEnd = Array("=end".utf8)

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isIdentifierByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    /// Skips a comment at `pos` and records it; false when none starts here.
    mutating func lexComment() -> Bool {
        let byte = bytes[pos]
        if byte == UInt8(ascii: "/"), spec.blockComments, peek(1) == UInt8(ascii: "*") {
            let start = pos
            skipBlockComment()
            emitComment(from: start, to: pos)
            return true
        }
        if language == .ruby, byte == UInt8(ascii: "="), freshLine, matches(Self.rubyBegin, at: pos) {
            let start = pos
            skipRubyBlockComment()
            emitComment(from: start, to: pos)
            return true
        }
        for marker in spec.lineComments where matches(marker, at: pos) {
            if language == .php, marker == [UInt8(ascii: "#")], peek(1) == UInt8(ascii: "[") { return false }
            let start = pos
            skipLineComment()
            emitComment(from: start, to: pos)
            return true
        }
        return false
    }

    mutating func skipLineComment() {
        while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
    }

    private mutating func skipBlockComment() {
        pos += 2
        var depth = 1
        while pos < bytes.count {
            if bytes[pos] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                pos += 2
                depth -= 1
                if depth == 0 || !spec.nestedBlockComments { return }
            } else if spec.nestedBlockComments, bytes[pos] == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*")
            {
                pos += 2
                depth += 1
            } else {
                pos += 1
            }
        }
    }

    private mutating func skipRubyBlockComment() {
        while pos < bytes.count {
            skipLineComment()
            if pos < bytes.count { pos += 1 }
            if matches(Self.rubyEnd, at: pos) {
                skipLineComment()
                return
            }
        }
    }

    /// Lexes an identifier, a number, or an operator at `pos` (always advances).
    mutating func lexWordOrPunctuation() {
        let start = pos
        let byte = bytes[pos]
        if Self.isLetter(byte) || (spec.identifierPrefixes.contains(byte) && isIdentifierStart(after: byte)) {
            pos += 1
            let inner = spec.identifierInner
            while pos < bytes.count,
                Self.isIdentifierByte(bytes[pos]) || (!inner.isEmpty && inner.contains(bytes[pos]))
                    || (byte == UInt8(ascii: "@") && bytes[pos] == UInt8(ascii: "@") && pos == start + 1)
            {
                pos += 1
            }
            if spec.predicateSuffixes, pos < bytes.count,
                bytes[pos] == UInt8(ascii: "?") || bytes[pos] == UInt8(ascii: "!"),
                peek(1) != UInt8(ascii: "=")
            {
                pos += 1
            }
            emit(.identifier, from: start, to: pos)
            return
        }
        if Self.isDigit(byte) {
            pos += 1
            while pos < bytes.count {
                let next = bytes[pos]
                if next == UInt8(ascii: ".") {
                    guard Self.isDigit(peek(1)) else { break }
                } else if !Self.isIdentifierByte(next) {
                    break
                }
                pos += 1
            }
            emit(.number, from: start, to: pos)
            return
        }
        let next = peek(1)
        if next > 0x20, next < 0x7F, !Self.isIdentifierByte(next) {
            for candidate in Self.operatorsByFirstByte[Int(byte)] where matches(candidate, at: pos) {
                pos += candidate.count
                emit(.punctuation, from: start, to: pos)
                return
            }
        }
        pos += 1
        emit(.punctuation, from: start, to: pos, text: byte < 0x80 ? Self.asciiStrings[Int(byte)] : nil)
    }

    /// One-byte strings for ASCII punctuation, made once instead of per token.
    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private func isIdentifierStart(after prefix: UInt8) -> Bool {
        let next = peek(1)
        if Self.isIdentifierByte(next) { return true }
        return prefix == UInt8(ascii: "@") && next == UInt8(ascii: "@") && Self.isLetter(peek(2))
    }
}
