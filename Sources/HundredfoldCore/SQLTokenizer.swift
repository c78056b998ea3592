/// One lexical token of SQL, as far as fingerprinting needs to tell them apart.
enum SQLToken: Equatable {
    /// A keyword, upper-cased.
    case word(String)
    /// A bare identifier (lower-cased) or a quoted one (as written).
    case identifier(String)
    /// A literal or a parameter.
    case placeholder
    /// An operator or punctuation.
    case punct(String)

    var text: String {
        switch self {
        case .word(let text), .identifier(let text), .punct(let text): text
        case .placeholder: "?"
        }
    }
}

/// A small SQL lexer after SQLite's tokenizer (`tokenize.c`): comments, quotes, numbers,
/// parameters and operators; enough to normalize statements, not to parse them.
enum SQLTokenizer {
    static func tokens(of sql: String) -> [SQLToken] {
        let bytes = Array(sql.utf8)
        var tokens: [SQLToken] = []
        var index = 0
        while true {
            index = SQLBlanks.end(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case UInt8(ascii: "'"):
                index = skipQuoted(bytes, from: index, quote: byte)
                tokens.append(.placeholder)
            case _ where (byte | 0x20) == UInt8(ascii: "x") && next == UInt8(ascii: "'"):
                index = skipQuoted(bytes, from: index + 1, quote: UInt8(ascii: "'"))
                tokens.append(.placeholder)
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                let end = skipQuoted(bytes, from: index, quote: byte)
                tokens.append(.identifier(String(decoding: bytes[index..<end], as: UTF8.self)))
                index = end
            case UInt8(ascii: "["):
                var end = index
                while end < bytes.count, bytes[end] != UInt8(ascii: "]") { end += 1 }
                end = min(end + 1, bytes.count)
                tokens.append(.identifier(String(decoding: bytes[index..<end], as: UTF8.self)))
                index = end
            case UInt8(ascii: "?"):
                index += 1
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                tokens.append(.placeholder)
            case _
            where (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "$"))
                && isIdentifierByte(next):
                index += 1
                while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
                tokens.append(.placeholder)
            case _ where isDigit(byte) || (byte == UInt8(ascii: ".") && isDigit(next)):
                index += 1
                while index < bytes.count,
                    isIdentifierByte(bytes[index]) || bytes[index] == UInt8(ascii: ".")
                        || ((bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
                            && (bytes[index - 1] | 0x20) == UInt8(ascii: "e") && !isHex(bytes, before: index))
                {
                    index += 1
                }
                tokens.append(.placeholder)
            case _ where isIdentifierByte(byte):
                var end = index
                while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[index..<end], as: UTF8.self)
                let upper = word.uppercased()
                tokens.append(SQLKeywords.all.contains(upper) ? .word(upper) : .identifier(word.lowercased()))
                index = end
            default:
                let pair = String(decoding: bytes[index..<min(index + 2, bytes.count)], as: UTF8.self)
                if ["<=", ">=", "<>", "!=", "==", "||", "<<", ">>", "->"].contains(pair) {
                    tokens.append(.punct(pair == "==" ? "=" : pair))
                    index += 2
                } else {
                    tokens.append(.punct(String(UnicodeScalar(byte))))
                    index += 1
                }
            }
        }
        return tokens
    }

    // MARK: - Character classes

    private static func skipQuoted(_ bytes: [UInt8], from start: Int, quote: UInt8) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == UInt8(ascii: "_")
            || byte >= 0x80
    }

    /// Whether the number ending before `index` is hexadecimal (`0x1e+…` is not an exponent).
    private static func isHex(_ bytes: [UInt8], before index: Int) -> Bool {
        var start = index - 1
        while start > 0, isIdentifierByte(bytes[start - 1]) { start -= 1 }
        return index - start > 2 && bytes[start] == UInt8(ascii: "0")
            && (bytes[start + 1] | 0x20) == UInt8(ascii: "x")
    }
}
