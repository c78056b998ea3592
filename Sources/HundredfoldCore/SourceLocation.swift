/// A place in a user's file: what every error and finding points at.
///
/// `file` is always relative to the directory the user ran the command in (or to the repository
/// root for scans), never an absolute path of the machine: reports must be portable.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number, counted in Unicode scalars.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The place of byte `offset` of `bytes` (the content of `file`); an offset past the end is the
    /// end. Bytes that are not UTF-8 count as one column each.
    public init<Bytes: BidirectionalCollection<UInt8>>(file: String, byteOffset offset: Int, in bytes: Bytes)
    {
        let prefix = bytes.prefix(max(0, offset))
        let lineStart = prefix.lastIndex(of: 10).map { prefix.index(after: $0) } ?? prefix.startIndex
        self.init(
            file: file, line: prefix.reduce(1) { $1 == 10 ? $0 + 1 : $0 },
            column: String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1)
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }
}
