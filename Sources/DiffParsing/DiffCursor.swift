/// One line of the diff's bytes, without its `\n` and without a trailing `\r`.
struct DiffLine {
    var bytes: ArraySlice<UInt8>

    func starts(with prefix: String) -> Bool {
        bytes.starts(with: prefix.utf8)
    }

    /// The rest of the line after `prefix`, decoded, when the line starts with it.
    func value(after prefix: String) -> String? {
        guard starts(with: prefix) else { return nil }
        return DiffPath.decode(bytes.dropFirst(prefix.utf8.count))
    }

    var isBlank: Bool { bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }

    /// A data line of a `GIT binary patch`: a length character (`A`–`Z`, `a`–`z`) and base85 data
    /// in groups of five characters.
    var isBase85: Bool {
        guard let first = bytes.first, Self.isLetter(first), (bytes.count - 1) % 5 == 0 else { return false }
        return bytes.dropFirst().allSatisfy(Self.base85.contains)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static let base85 = Set(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~".utf8)
}

/// Walks the lines of a diff, remembering the 1-based line number for errors.
struct DiffCursor {
    let source: String
    private let lines: [ArraySlice<UInt8>]
    private var index = 0

    init(bytes: [UInt8], source: String) {
        self.source = source
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines.map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
    }

    /// The line under the cursor, or nil at the end.
    var current: DiffLine? { peek(0) }

    /// The line `offset` lines ahead of the cursor.
    func peek(_ offset: Int) -> DiffLine? {
        index + offset < lines.count ? DiffLine(bytes: lines[index + offset]) : nil
    }

    /// The 1-based number of the line under the cursor (the last line once the end is reached).
    var lineNumber: Int { min(index + 1, max(lines.count, 1)) }

    mutating func advance() {
        index += 1
    }

    /// The number of the first line with anything but whitespace, if any.
    var firstNonBlankLine: Int? {
        lines.firstIndex { !DiffLine(bytes: $0).isBlank }.map { $0 + 1 }
    }
}
