/// A path pattern from `scan.ignore` in `hundredfold.yml` (`vendor/**`, `**/migrations/*.py`,
/// `*.min.js`), matched against repository-relative, `/`-separated paths.
///
/// As in `.gitignore`:
/// - `**/` matches any number of whole folders (none included), any other `**` anything at all;
///   `*` and `?` stay inside one path segment.
/// - A pattern without `/` matches a name at any depth; a leading `/` anchors it to the root;
///   a leading `./` is dropped.
/// - A pattern that matches a folder matches everything inside it (`docs` ignores `docs/a.md`);
///   a trailing `/` matches folders only (`build/`).
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let tokens: [Token]
    private let foldersOnly: Bool

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
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        var body = Substring(pattern)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        let anchored = body.hasPrefix("/")
        if anchored { body = body.dropFirst() }
        foldersOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        var tokens: [Token] = !anchored && !body.contains("/") ? [.folders] : []
        var bytes = Array(body.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "*") where bytes.first == UInt8(ascii: "*"):
                bytes = bytes.dropFirst()
                if bytes.first == UInt8(ascii: "/") {
                    bytes = bytes.dropFirst()
                    tokens.append(.folders)
                } else {
                    tokens.append(.anything)
                }
            case UInt8(ascii: "*"): tokens.append(.star)
            case UInt8(ascii: "?"): tokens.append(.one)
            default: tokens.append(.byte(byte))
            }
        }
        self.tokens = tokens
    }

    /// True when `path` or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        let text = Array(path.utf8)
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

    /// True when any of `globs` matches `path`.
    public static func any(_ globs: [Glob], match path: String) -> Bool {
        globs.contains { $0.matches(path) }
    }
}
