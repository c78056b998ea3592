/// A file to scan: its text and which of its lines the change added or modified.
public struct SourceFile: Sendable, Equatable {
    /// Repository-relative path, `/`-separated.
    public var path: String
    public var text: String
    /// 1-based line numbers the change added or changed; nil means the whole file is new to the
    /// scan (`--all`, or a file the change adds).
    public var changedLines: Set<Int>?
    /// The lines the change removed, placed in the new text (empty for whole files).
    public var removedLines: [RemovedLine]

    public init(path: String, text: String, changedLines: Set<Int>?, removedLines: [RemovedLine] = []) {
        self.path = path
        self.text = text
        self.changedLines = changedLines
        self.removedLines = removedLines
    }
}
