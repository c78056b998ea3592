import Foundation

/// Where a JSON parse error is, as line and column, for `file:line:column` messages.
///
/// Foundation's JSON parser reports only a byte offset, in its debug description ("Invalid value
/// around character 35."); this turns that offset into a 1-based line and column (counted in
/// characters). Without an offset, the position is the start of the file.
struct JSONErrorPosition: Equatable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
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
        self.init(line: line, column: column)
    }
}
