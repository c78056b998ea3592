/// A line the change removed from a file, placed in the new version: it stood just before line
/// ``anchor`` of the new text (or after the last line when the removal ends the file).
public struct RemovedLine: Sendable, Equatable {
    /// The new version's line the removed line stood before (1-based).
    public var anchor: Int
    /// The removed line's text, without its `-` prefix or line ending.
    public var text: String

    public init(anchor: Int, text: String) {
        self.anchor = anchor
        self.text = text
    }
}
