import Foundation

/// A path pattern from `scan.ignore` in `hundredfold.yml` (`vendor/**`, `**/migrations/*.py`,
/// `*.py[co]`), matched against repository-relative, `/`-separated paths.
///
/// As in `.gitignore`:
/// - `**/` matches any number of whole folders (none included), any other `**` anything at all;
///   `*` and `?` stay inside one path segment; `[abc]`, `[a-z]` and `[!abc]` (or `[^abc]`) match
///   one ASCII character of a class; `\` takes the next character literally.
/// - A pattern without `/` matches a name at any depth; a leading `/` anchors it to the root;
///   a leading `./` is dropped.
/// - A pattern that matches a folder matches everything inside it (`docs` ignores `docs/a.md`);
///   a trailing `/` matches folders only (`build/`).
///
/// A pattern with a ``SyntaxError`` matches nothing, as git does; `hundredfold.yml` is checked
/// with ``syntaxError(in:)`` so such a pattern never reaches a scan.
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let tokens: [Token]
    private let foldersOnly: Bool
    /// The longest run of literal bytes in the pattern: a path without it cannot match, which
    /// most paths show without running the matcher.
    private let literal: [UInt8]

    private enum Token: Hashable {
        case byte(UInt8)
        /// `?`: one byte other than `/`.
        case one
        /// `*`: any bytes other than `/`.
        case star
        /// `**` not followed by `/`: any bytes.
        case anything
        /// `**/`: nothing, or any bytes ending with `/`.
        case folders
        /// `[…]`: one byte of (or, negated, not of and not `/`) the inclusive ranges.
        case oneOf([ClosedRange<UInt8>], negated: Bool)
        /// Never matches: the pattern has a syntax error.
        case invalid
    }

    /// Why a pattern cannot be used: what is wrong, and at which character (1-based).
    public struct SyntaxError: Error, Equatable, Sendable {
        public var message: String
        public var column: Int
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        var body = Substring(pattern)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        let anchored = body.hasPrefix("/")
        if anchored { body = body.dropFirst() }
        foldersOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        let prefix: [Token] = !anchored && !body.contains("/") ? [.folders] : []
        guard Self.syntaxError(in: pattern) == nil,
            case .success(let tokens) = Self.tokens(of: Array(body.utf8))
        else {
            self.tokens = [.invalid]
            literal = []
            return
        }
        self.tokens = prefix + tokens
        literal = Self.longestLiteral(in: tokens)
    }

    private static func longestLiteral(in tokens: [Token]) -> [UInt8] {
        var longest: [UInt8] = []
        var run: [UInt8] = []
        for token in tokens + [.one] {
            if case .byte(let byte) = token {
                run.append(byte)
            } else {
                if run.count > longest.count { longest = run }
                run = []
            }
        }
        return longest
    }

    /// What makes `pattern` unusable, or nil when it is a valid pattern.
    public static func syntaxError(in pattern: String) -> SyntaxError? {
        guard !pattern.trimmingCharacters(in: .whitespaces).isEmpty else {
            return SyntaxError(message: "the pattern is empty", column: 1)
        }
        if case .failure(let error) = tokens(of: Array(pattern.utf8)) { return error }
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
        if let dots = segments.firstIndex(where: { $0 == ".." }) {
            let column = segments[..<dots].reduce(1) { $0 + $1.count + 1 }
            return SyntaxError(
                message: "'..' never matches: patterns are relative to the repository root", column: column)
        }
        return nil
    }

    private static func tokens(of pattern: [UInt8]) -> Result<[Token], SyntaxError> {
        var tokens: [Token] = []
        var index = 0
        func column(_ offset: Int) -> Int { String(decoding: pattern[..<offset], as: UTF8.self).count + 1 }
        while index < pattern.count {
            let byte = pattern[index]
            index += 1
            switch byte {
            case UInt8(ascii: "*") where index < pattern.count && pattern[index] == UInt8(ascii: "*"):
                index += 1
                if index < pattern.count, pattern[index] == UInt8(ascii: "/") {
                    index += 1
                    tokens.append(.folders)
                } else {
                    tokens.append(.anything)
                }
            case UInt8(ascii: "*"): tokens.append(.star)
            case UInt8(ascii: "?"): tokens.append(.one)
            case UInt8(ascii: "\\"):
                guard index < pattern.count else {
                    return .failure(
                        SyntaxError(message: "'\\' at the end escapes nothing", column: column(index - 1)))
                }
                tokens.append(.byte(pattern[index]))
                index += 1
            case UInt8(ascii: "["):
                switch characterClass(in: pattern, from: index) {
                case .success(let (token, next)):
                    tokens.append(token)
                    index = next
                case .failure(let problem):
                    return .failure(SyntaxError(message: problem.message, column: column(index - 1)))
                }
            default: tokens.append(.byte(byte))
            }
        }
        return .success(tokens)
    }

    private struct ClassProblem: Error {
        var message: String
        static let notASCII = ClassProblem(
            message: "a class '[…]' holds ASCII characters other than '/' only")
    }

    private static func isClassMember(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: "/") }

    /// The class that starts after a `[` at `start`, and the index after its `]`.
    private static func characterClass(in pattern: [UInt8], from start: Int) -> Result<
        (Token, Int), ClassProblem
    > {
        var index = start
        let negated =
            index < pattern.count && [UInt8(ascii: "!"), UInt8(ascii: "^")].contains(pattern[index])
        if negated { index += 1 }
        var ranges: [ClosedRange<UInt8>] = []
        var first = true
        while index < pattern.count, pattern[index] != UInt8(ascii: "]") || first {
            first = false
            var low = pattern[index]
            if low == UInt8(ascii: "\\"), index + 1 < pattern.count {
                index += 1
                low = pattern[index]
            }
            guard isClassMember(low) else { return .failure(.notASCII) }
            index += 1
            var high = low
            if index + 1 < pattern.count, pattern[index] == UInt8(ascii: "-"),
                pattern[index + 1] != UInt8(ascii: "]")
            {
                high = pattern[index + 1]
                index += 2
                guard isClassMember(high) else { return .failure(.notASCII) }
                guard high >= low else {
                    let range = "\(Character(Unicode.Scalar(low)))-\(Character(Unicode.Scalar(high)))"
                    return .failure(
                        ClassProblem(
                            message: "the range '\(range)' is empty; write the lower character first"))
                }
            }
            ranges.append(low...high)
        }
        guard index < pattern.count else {
            return .failure(ClassProblem(message: "'[' is never closed by ']'"))
        }
        return .success((.oneOf(ranges, negated: negated), index + 1))
    }

    /// True when `path` or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        matches(utf8: Array(path.utf8))
    }

    private func matches(utf8 text: [UInt8]) -> Bool {
        guard Self.contains(literal, in: text) else { return false }
        let slash = UInt8(ascii: "/")
        // matched[t]: the tokens from the current one on match text[t...] up to the end of the path
        // or of one of its folders. Filled from the last token back, one row per token.
        var next = (0...text.count).map { t in
            t < text.count ? text[t] == slash : !foldersOnly
        }
        var current = next
        for token in tokens.reversed() {
            var slashAhead = false  // some later `/` at u has next[u + 1]
            for t in stride(from: text.count, through: 0, by: -1) {
                let more = t < text.count
                switch token {
                case .byte(let byte): current[t] = more && text[t] == byte && next[t + 1]
                case .one: current[t] = more && text[t] != slash && next[t + 1]
                case .oneOf(let ranges, let negated):
                    current[t] =
                        more && text[t] != slash && ranges.contains { $0.contains(text[t]) } != negated
                        && next[t + 1]
                case .invalid: current[t] = false
                case .star: current[t] = next[t] || (more && text[t] != slash && current[t + 1])
                case .anything: current[t] = next[t] || (more && current[t + 1])
                case .folders:
                    slashAhead = slashAhead || (more && text[t] == slash && next[t + 1])
                    current[t] = next[t] || slashAhead
                }
            }
            swap(&current, &next)
        }
        return next[0]
    }

    private static func contains(_ needle: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= text.count else { return false }
        var start = 0
        while start <= text.count - needle.count {
            if text[start] == first {
                var offset = 1
                while offset < needle.count, text[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// True when any of `globs` matches `path`.
    public static func any(_ globs: [Glob], match path: String) -> Bool {
        guard !globs.isEmpty else { return false }
        let text = Array(path.utf8)
        return globs.contains { $0.matches(utf8: text) }
    }
}
