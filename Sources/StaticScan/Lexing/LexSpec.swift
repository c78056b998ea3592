/// What a language's lexer needs to know beyond strings: comments, identifier characters,
/// whether `/` can open a regular expression. One table entry per language.
struct LexSpec: Sendable {
    var lineComments: [[UInt8]]
    /// `/* */` comments, nesting where the language nests them (Swift, Kotlin).
    var blockComments: Bool
    var nestedBlockComments: Bool
    /// Bytes that may start an identifier besides letters and `_` (`$` in PHP and JavaScript,
    /// `@` for Ruby instance variables and annotations).
    var identifierPrefixes: [UInt8]
    /// Bytes allowed inside identifiers besides letters, digits and `_`.
    var identifierInner: [UInt8]
    /// Ruby's `exists?` / `save!`.
    var predicateSuffixes: Bool
    var regexLiterals: Bool

    static func of(_ language: Language) -> LexSpec {
        let slash: [[UInt8]] = [Array("//".utf8)]
        let hash: [[UInt8]] = [Array("#".utf8)]
        switch language {
        case .python:
            return .init(
                lineComments: hash, blockComments: false, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "@")], identifierInner: [],
                predicateSuffixes: false, regexLiterals: false)
        case .ruby:
            return .init(
                lineComments: hash, blockComments: false, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "@"), UInt8(ascii: "$")], identifierInner: [],
                predicateSuffixes: true, regexLiterals: true)
        case .javascript, .typescript:
            return .init(
                lineComments: slash, blockComments: true, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "$"), UInt8(ascii: "@"), UInt8(ascii: "#")],
                identifierInner: [UInt8(ascii: "$")], predicateSuffixes: false, regexLiterals: true)
        case .php:
            return .init(
                lineComments: slash + hash, blockComments: true, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "$")], identifierInner: [],
                predicateSuffixes: false, regexLiterals: false)
        case .swift, .kotlin:
            return .init(
                lineComments: slash, blockComments: true, nestedBlockComments: true,
                identifierPrefixes: [UInt8(ascii: "@"), UInt8(ascii: "$")], identifierInner: [],
                predicateSuffixes: false, regexLiterals: false)
        case .go, .java, .csharp:
            return .init(
                lineComments: slash, blockComments: true, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "@")], identifierInner: [],
                predicateSuffixes: false, regexLiterals: false)
        case .elixir:
            // `@attr` module attributes; `get!`, `exists?`.
            return .init(
                lineComments: hash, blockComments: false, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "@")], identifierInner: [],
                predicateSuffixes: true, regexLiterals: false)
        case .sql:
            return .init(
                lineComments: [Array("--".utf8)], blockComments: true, nestedBlockComments: false,
                identifierPrefixes: [UInt8(ascii: "@"), UInt8(ascii: ":")], identifierInner: [],
                predicateSuffixes: false, regexLiterals: false)
        }
    }
}

/// How a string literal ends and what may hide inside it.
struct StringForm: Sendable {
    enum Escape: Sendable { case backslash, doubling, none }
    enum Interpolation: Sendable {
        case none
        /// `${ … }` (JavaScript templates, Kotlin).
        case dollarBrace
        /// `#{ … }` (Ruby).
        case hashBrace
        /// `{ … }` with `{{` as an escaped brace (Python f-strings, C# `$"…"`).
        case brace
        /// `\( … )` (Swift).
        case backslashParen
        /// `{$ … }` and `${ … }` (PHP).
        case php
    }

    var close: [UInt8]
    var escape: Escape = .backslash
    var interpolation: Interpolation = .none
    var multiline = false
    /// For Ruby `%w( … )`: the opener, which nests.
    var nestOpen: UInt8?
    /// PHP heredoc/nowdoc: the body ends at a line starting (after blanks) with `close`.
    var lineTerminated = false
}
