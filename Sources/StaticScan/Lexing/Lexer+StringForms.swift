// MARK: - Which string literal opens where, per language

extension Lexer {
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let backtick = UInt8(ascii: "`")

    /// The string literal opening at `index` as (bytes before its content, form), or nil.
    /// `afterValue` tells a division or modulo apart from a regular expression or percent literal.
    func stringForm(at index: Int, afterValue: Bool) -> (Int, StringForm)? {
        let byte = bytes[index]
        switch language {
        case .python: return pythonString(at: index)
        case .javascript, .typescript:
            if byte == Self.quote || byte == Self.apostrophe { return (1, StringForm(close: [byte])) }
            if byte == Self.backtick {
                return (1, StringForm(close: [byte], interpolation: .dollarBrace, multiline: true))
            }
            return regex(at: index, afterValue: afterValue)
        case .ruby: return rubyString(at: index, afterValue: afterValue)
        case .go:
            if byte == Self.backtick { return (1, StringForm(close: [byte], escape: .none, multiline: true)) }
            return byte == Self.quote || byte == Self.apostrophe ? (1, StringForm(close: [byte])) : nil
        case .java:
            if tripleQuote(at: index) { return (3, StringForm(close: Array("\"\"\"".utf8), multiline: true)) }
            return byte == Self.quote || byte == Self.apostrophe ? (1, StringForm(close: [byte])) : nil
        case .kotlin:
            if tripleQuote(at: index) {
                return (
                    3,
                    StringForm(
                        close: Array("\"\"\"".utf8), escape: .none, interpolation: .dollarBrace,
                        multiline: true)
                )
            }
            if byte == Self.quote { return (1, StringForm(close: [byte], interpolation: .dollarBrace)) }
            return byte == Self.apostrophe ? (1, StringForm(close: [byte])) : nil
        case .php:
            if byte == Self.apostrophe { return (1, StringForm(close: [byte], multiline: true)) }
            if byte == Self.quote || byte == Self.backtick {
                return (1, StringForm(close: [byte], interpolation: .php, multiline: true))
            }
            return phpHeredoc(at: index)
        case .csharp: return csharpString(at: index)
        case .swift: return swiftString(at: index)
        case .sql: return sqlString(at: index)
        case .elixir: return elixirString(at: index)
        }
    }

    private func tripleQuote(at index: Int) -> Bool {
        matches(Array("\"\"\"".utf8), at: index)
    }

    /// `r`, `b`, `u`, `f`, `t` in either case: the letters that may prefix a Python string.
    private static func isPythonStringPrefix(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "u"), UInt8(ascii: "f"), UInt8(ascii: "t"):
            return true
        default: return false
        }
    }

    private func pythonString(at index: Int) -> (Int, StringForm)? {
        var cursor = index
        var formatted = false
        while cursor < bytes.count, cursor - index < 2, Self.isPythonStringPrefix(bytes[cursor]) {
            if bytes[cursor] | 0x20 == UInt8(ascii: "f") || bytes[cursor] | 0x20 == UInt8(ascii: "t") {
                formatted = true
            }
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == Self.quote || bytes[cursor] == Self.apostrophe else {
            return nil
        }
        if cursor > index, index > 0, Self.isIdentifierByte(bytes[index - 1]) { return nil }
        let quote = bytes[cursor]
        let interpolation: StringForm.Interpolation = formatted ? .brace : .none
        if matches([quote, quote, quote], at: cursor) {
            return (
                cursor - index + 3,
                StringForm(
                    close: [quote, quote, quote], interpolation: interpolation,
                    multiline: true)
            )
        }
        return (cursor - index + 1, StringForm(close: [quote], interpolation: interpolation))
    }

    private func regex(at index: Int, afterValue: Bool) -> (Int, StringForm)? {
        guard bytes[index] == UInt8(ascii: "/"), !afterValue else { return nil }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        guard next != UInt8(ascii: "/"), next != UInt8(ascii: "*"), next != 0x20, next != 0x0A,
            next != UInt8(ascii: "=")
        else { return nil }
        let form = StringForm(
            close: [UInt8(ascii: "/")], interpolation: language == .ruby ? .hashBrace : .none)
        // A regular expression never spans lines: if no closing slash follows on this line, it is division.
        let (_, end) = skipString(form, from: index + 1, depth: Self.maxInterpolationDepth)
        return end > index + 1 && bytes[end - 1] == UInt8(ascii: "/") ? (1, form) : nil
    }

    private func rubyString(at index: Int, afterValue: Bool) -> (Int, StringForm)? {
        let byte = bytes[index]
        if byte == Self.apostrophe { return (1, StringForm(close: [byte], multiline: true)) }
        if byte == Self.quote || byte == Self.backtick {
            return (1, StringForm(close: [byte], interpolation: .hashBrace, multiline: true))
        }
        if byte == UInt8(ascii: "%") { return rubyPercentLiteral(at: index, afterValue: afterValue) }
        if byte == UInt8(ascii: "/") {
            let spaced = index > 0 && bytes[index - 1] == 0x20 && tokens.last?.kind == .identifier
            return regex(at: index, afterValue: afterValue && !spaced)
        }
        return nil
    }

    private func rubyPercentLiteral(at index: Int, afterValue: Bool) -> (Int, StringForm)? {
        var cursor = index + 1
        var interpolates = true
        if cursor < bytes.count, "qQwWiIrsx".utf8.contains(bytes[cursor]) {
            interpolates = "QWIrx".utf8.contains(bytes[cursor])
            cursor += 1
        } else if afterValue {
            return nil
        }
        guard cursor < bytes.count else { return nil }
        let open = bytes[cursor]
        let pairs: [UInt8: UInt8] = [
            UInt8(ascii: "("): UInt8(ascii: ")"), UInt8(ascii: "["): UInt8(ascii: "]"),
            UInt8(ascii: "{"): UInt8(ascii: "}"), UInt8(ascii: "<"): UInt8(ascii: ">"),
        ]
        let close: UInt8
        if let paired = pairs[open] {
            close = paired
        } else if open > 0x20, open < 0x7F, !Self.isIdentifierByte(open),
            open != UInt8(ascii: "=") || !afterValue
        {
            close = open
        } else {
            return nil
        }
        let form = StringForm(
            close: [close], interpolation: interpolates ? .hashBrace : .none, multiline: true,
            nestOpen: pairs[open] == nil ? nil : open)
        return (cursor - index + 1, form)
    }

    private func phpHeredoc(at index: Int) -> (Int, StringForm)? {
        guard matches(Array("<<<".utf8), at: index) else { return nil }
        var cursor = index + 3
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        let quote = cursor < bytes.count ? bytes[cursor] : 0
        let quoted = quote == Self.apostrophe || quote == Self.quote
        if quoted { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, Self.isIdentifierByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else { return nil }
        let name = Array(bytes[nameStart..<cursor])
        if quoted { cursor += 1 }
        let form = StringForm(
            close: name, escape: .none, interpolation: quote == Self.apostrophe ? .none : .php,
            multiline: true, lineTerminated: true)
        return (cursor - index, form)
    }

    private func csharpString(at index: Int) -> (Int, StringForm)? {
        var cursor = index
        var interpolated = false
        var verbatim = false
        while cursor < bytes.count, cursor - index < 4 {
            if bytes[cursor] == UInt8(ascii: "$") {
                interpolated = true
            } else if bytes[cursor] == UInt8(ascii: "@") {
                verbatim = true
            } else {
                break
            }
            cursor += 1
        }
        guard cursor < bytes.count else { return nil }
        let byte = bytes[cursor]
        if byte == Self.apostrophe, cursor == index { return (1, StringForm(close: [byte])) }
        guard byte == Self.quote else { return nil }
        let interpolation: StringForm.Interpolation = interpolated ? .brace : .none
        if tripleQuote(at: cursor) {
            var count = 3
            while cursor + count < bytes.count, bytes[cursor + count] == Self.quote { count += 1 }
            return (
                cursor - index + count,
                StringForm(
                    close: Array(repeating: Self.quote, count: count),
                    escape: .none, interpolation: interpolation, multiline: true)
            )
        }
        if verbatim {
            return (
                cursor - index + 1,
                StringForm(
                    close: [byte], escape: .doubling, interpolation: interpolation,
                    multiline: true)
            )
        }
        return (cursor - index + 1, StringForm(close: [byte], interpolation: interpolation))
    }

    private func swiftString(at index: Int) -> (Int, StringForm)? {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
        let hashes = cursor - index
        guard cursor < bytes.count, bytes[cursor] == Self.quote else { return nil }
        let hashBytes = Array(repeating: UInt8(ascii: "#"), count: hashes)
        let raw = hashes > 0
        if tripleQuote(at: cursor) {
            return (
                hashes + 3,
                StringForm(
                    close: Array("\"\"\"".utf8) + hashBytes, escape: raw ? .none : .backslash,
                    interpolation: raw ? .none : .backslashParen, multiline: true)
            )
        }
        return (
            hashes + 1,
            StringForm(
                close: [Self.quote] + hashBytes, escape: raw ? .none : .backslash,
                interpolation: raw ? .none : .backslashParen)
        )
    }

    private func sqlString(at index: Int) -> (Int, StringForm)? {
        let byte = bytes[index]
        if byte == Self.apostrophe || byte == Self.quote || byte == Self.backtick {
            return (1, StringForm(close: [byte], escape: .doubling, multiline: true))
        }
        guard byte == UInt8(ascii: "$") else { return nil }
        var cursor = index + 1
        while cursor < bytes.count, Self.isIdentifierByte(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "$") else { return nil }
        let tag = Array(bytes[index...cursor])
        return (tag.count, StringForm(close: tag, escape: .none, multiline: true))
    }
}
