import Foundation

/// Where a JSON parse error is, as line and column, for `file:line:column` messages.
///
/// Foundation's JSON parser reports only a byte offset, in its debug description ("Invalid value
/// around character 35."); this turns that offset into a 1-based line and column (counted in
/// characters). Without an offset, the position is the start of the file.
struct JSONErrorPosition: Equatable {
    var line: Int
    var column: Int
    /// The byte offset, when the parser gave one.
    var offset: Int?

    init(line: Int, column: Int, offset: Int? = nil) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Positions are equal by line and column; the offset is how they were found.
    static func == (left: Self, right: Self) -> Bool {
        left.line == right.line && left.column == right.column
    }

    /// What is wrong there, in words: the character the parser stopped at, or an early end.
    func problem(in data: Data) -> String {
        guard !data.isEmpty else { return "the file is empty; expected a JSON object" }
        guard let offset, offset < data.count else { return "the JSON ends early or is not valid JSON" }
        let rest = data[(data.startIndex + offset)...]
        guard let character = String(decoding: rest.prefix(4), as: UTF8.self).first else {
            return "the JSON ends early"
        }
        let shown = character.isWhitespace ? "whitespace" : "'\(character)'"
        return "unexpected \(shown) here; expected a JSON value, a quoted key, ',' or a closing bracket"
    }

    init(error: Error, in data: Data) {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let match = description.firstMatch(of: /around (?:character|offset) (\d+)/),
            let offset = Int(match.1)
        else {
            self.init(line: 1, column: 1)
            return
        }
        self.init(offset: offset, in: data)
    }

    /// The position of byte `offset` of `data`.
    init(offset: Int, in data: Data) {
        let prefix = data.prefix(max(0, min(offset, data.count)))
        let lastNewline = prefix.lastIndex(of: UInt8(ascii: "\n"))
        let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = lastNewline.map { prefix.index(after: $0) } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        self.init(line: line, column: column, offset: offset)
    }
}
