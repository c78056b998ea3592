/// SQL cut into the pieces the translations need: words, quoted text kept whole, parameters,
/// punctuation, blanks and comments as they are. Joining the pieces' texts gives
/// the SQL back unchanged.
struct SQLPieces {
    enum Kind: Equatable {
        /// A bare word: keyword or identifier.
        case word
        /// `'…'`, `"…"`, `` `…` `` or `[…]`.
        case quoted
        /// `:name`, `@name`, `$name` or `?`.
        case parameter
        /// `;` outside quotes and comments.
        case semicolon
        /// One character of punctuation or an operator.
        case punct
        /// Blanks and comments.
        case other
    }

    struct Piece {
        var kind: Kind
        var text: String
        /// Byte offset in the original SQL.
        var offset: Int
        var upper: String { text.uppercased() }
    }

    static func split(_ sql: String) -> [Piece] {
        let bytes = Array(sql.utf8)
        var pieces: [Piece] = []
        var index = 0
        func add(_ kind: Kind, _ end: Int) {
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            if kind == .other, let last = pieces.last, last.kind == .other {
                pieces[pieces.count - 1].text += text
            } else {
                pieces.append(Piece(kind: kind, text: text, offset: index))
            }
            index = end
        }
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"), UInt8(ascii: "["):
                let close = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : byte
                var end = index + 1
                while end < bytes.count {
                    if bytes[end] == close {
                        if close != UInt8(ascii: "]"), end + 1 < bytes.count, bytes[end + 1] == close {
                            end += 2
                            continue
                        }
                        end += 1
                        break
                    }
                    end += 1
                }
                add(.quoted, min(end, bytes.count))
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
                add(.other, bytes[index...].firstIndex(of: 10) ?? bytes.count)
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                var end = index + 2
                while end + 1 < bytes.count,
                    !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/"))
                {
                    end += 1
                }
                add(.other, min(end + 2, bytes.count))
            case UInt8(ascii: ":") where next == UInt8(ascii: ":"):
                add(.other, index + 2)  // a PostgreSQL cast, not a parameter
            case _
            where (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "$"))
                && isWordByte(next):
                add(.parameter, wordEnd(bytes, from: index + 1))
            case UInt8(ascii: "?"):
                add(.parameter, wordEnd(bytes, from: index + 1))
            case UInt8(ascii: ";"):
                add(.semicolon, index + 1)
            case _ where isWordByte(byte):
                add(.word, wordEnd(bytes, from: index))
            case _ where byte == 32 || (byte >= 9 && byte <= 13):
                add(.other, index + 1)
            default:
                add(.punct, index + 1)
            }
        }
        return pieces
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39)
            || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            || byte >= 0x80
    }

    private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "$") { end += 1 }
        return end
    }
}
