import Yams

/// The text of a YAML file, split into lines, for locations the parser does not give directly.
final class YAMLSource: @unchecked Sendable {
    private let text: String

    /// Split on first use (most files never need it), on bytes (splitting Characters costs
    /// grapheme breaking on every byte), at every line break libyaml counts, so that line `n` here
    /// is line `n` of the parser's marks.
    private(set) lazy var lines: [Substring] = Self.lines(of: text)

    init(text: String) {
        self.text = text
    }

    /// `text` cut at LF, CR LF, CR, NEL (U+0085), LS (U+2028) and PS (U+2029): YAML 1.1's line
    /// breaks, the ones libyaml advances its line count on.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let rest = utf8[index...]
            let breakLength: Int =
                switch rest.first {
                case UInt8(ascii: "\n"): 1
                case UInt8(ascii: "\r"): rest.dropFirst().first == UInt8(ascii: "\n") ? 2 : 1
                case 0xC2: rest.starts(with: [0xC2, 0x85]) ? 2 : 0
                case 0xE2:
                    rest.starts(with: [0xE2, 0x80, 0xA8]) || rest.starts(with: [0xE2, 0x80, 0xA9]) ? 3 : 0
                default: 0
                }
            guard breakLength > 0 else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(Substring(utf8[start..<index]))
            index = utf8.index(index, offsetBy: breakLength)
            start = index
        }
        lines.append(Substring(utf8[start...]))
        return lines
    }

    /// True when a line holds a comment (for telling "empty" from "only comments").
    var hasComments: Bool { lines.contains { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") } }

    /// The next place after `mark` where `key` starts a block-mapping entry at the same column,
    /// for pointing a duplicate-key error at the repetition rather than the first occurrence.
    func repetition(of key: String, after mark: Mark) -> (line: Int, column: Int)? {
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= mark.column, mark.column >= 1 else { continue }
            let indentation = scalars[..<(mark.column - 1)]
            guard indentation.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            var rest = String(String.UnicodeScalarView(scalars[(mark.column - 1)...]))
            for quote in ["\"", "'"] where rest.hasPrefix(quote + key + quote) {
                rest = key + rest.dropFirst(key.count + 2)
            }
            guard rest.hasPrefix(key) else { continue }
            if rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return (index + 1, mark.column)
            }
        }
        return nil
    }

    /// The character at a parser mark (1-based line and Unicode-scalar column), if any.
    func character(at mark: Mark) -> Character? {
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return nil }
        return Character(scalars[mark.column - 1])
    }

    /// The first non-blank line after `line` and the column of its first non-space character.
    func firstContent(after line: Int) -> (line: Int, column: Int)? {
        var index = line
        while index < lines.count {
            let text = lines[index]
            if let offset = text.unicodeScalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) {
                return (
                    index + 1,
                    text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: offset) + 1
                )
            }
            index += 1
        }
        return nil
    }
}

extension Tag {
    /// The resolved tag's name (`tag:yaml.org,2002:int`, …), comparable with `Tag.Name` constants.
    var kind: Tag.Name { Tag.Name(rawValue: rawValue) }
}
