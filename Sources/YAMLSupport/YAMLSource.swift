import Yams

/// The text of a YAML file, split into lines, for locations the parser does not give directly.
final class YAMLSource: @unchecked Sendable {
    let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// True when the file has nothing but whitespace (as opposed to comments).
    var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

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
