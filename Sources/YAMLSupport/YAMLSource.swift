import Yams

/// The text of a YAML file, split into lines, for locations the parser does not give directly.
final class YAMLSource: @unchecked Sendable {
    private let text: String

    /// Split on first use (most files never need it), on bytes: splitting Characters costs
    /// grapheme breaking on every byte.
    private(set) lazy var lines: [Substring] = text.utf8.split(
        separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).map { Substring($0) }

    init(text: String) {
        self.text = text
    }

    /// True when a line holds a comment (for telling "empty" from "only comments").
    var hasComments: Bool { lines.contains { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") } }

    /// The next place after `mark` where `key` starts a block-mapping entry at the same column,
    /// for pointing a duplicate-key error at the repetition rather than the first occurrence.
    func repetition(of key: String, after mark: Mark) -> (line: Int, column: Int)? {
        guard mark.line >= 1 else { return nil }
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
