/// One lexical token of a source file.
///
/// Strings and comments are whole tokens: their content never looks like code to the rules.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case identifier
        case number
        /// A string literal of any form; `text` is its content without the delimiters.
        case string
        case punctuation
    }

    public var kind: Kind
    /// The token as written; for strings, the content between the delimiters (interpolations
    /// kept as written, heredoc bodies included).
    public var text: String
    /// Byte offset of the token's first byte in the UTF-8 text.
    public var offset: Int
    /// 1-based line of the token's first byte.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// True for the first token of a physical line that does not continue the previous line with
    /// a backslash.
    public var startsLine: Bool
    /// Width of the leading whitespace of the token's line (a tab counts to the next multiple of 8).
    public var indent: Int
    /// For strings: the first byte of the opening delimiter (`` ` ``, `'`, `"`, `<` for heredocs,
    /// `%` for Ruby percent literals); 0 otherwise.
    public var delimiter: UInt8

    /// True when the token is the identifier or punctuation `text`.
    @inlinable public func `is`(_ text: String) -> Bool {
        kind != .string && kind != .number && self.text == text
    }
}

/// A comment, kept for suppression comments.
public struct Comment: Sendable, Equatable {
    /// The comment's text including its markers (`# ...`, `/* ... */`).
    public var text: String
    public var offset: Int
    public var line: Int
    public var column: Int
    /// True when a token precedes the comment on its line (a trailing comment).
    public var trailing: Bool
}

/// The result of lexing one file.
public struct LexedFile: Sendable {
    public var language: Language
    public var tokens: [Token]
    public var comments: [Comment]
    /// Where a string literal opens that never closes (it runs to the end of the file): the
    /// file does not lex, and its tokens past that point mean nothing.
    public var unterminatedString: (line: Int, column: Int)? = nil
}
