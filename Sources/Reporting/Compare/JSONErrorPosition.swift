import Foundation
import HundredfoldCore

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
        guard let offset else { return "this is not valid JSON" }
        guard offset < data.count else {
            return
                "the file ends before the JSON is complete; expected the rest of the report (was it cut off while being written?)"
        }
        let rest = data[(data.startIndex + offset)...]
        let character = String(decoding: rest.prefix(4), as: UTF8.self).first ?? "\u{FFFD}"
        let shown = character.isWhitespace ? "whitespace" : "'\(character)'"
        return "unexpected \(shown) here; expected a JSON value, a quoted key, ',' or a closing bracket"
    }

    init(error: Error, in data: Data) {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        if description.hasPrefix("Unexpected end of file") {
            self.init(offset: data.count, in: data)
            return
        }
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
        let location = SourceLocation(file: "", byteOffset: offset, in: data)
        self.init(line: location.line, column: location.column, offset: offset)
    }
}
