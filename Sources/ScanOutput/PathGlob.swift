import Foundation

/// An ignore pattern from `hundredfold.yml` (`vendor/**`, `**/migrations/*.py`, `*.min.js`).
///
/// `**` crosses folders, `*` and `?` stay inside one path segment. As in `.gitignore`, a pattern
/// without a `/` matches a name at any depth, and a pattern that matches a folder matches
/// everything inside it.
public struct PathGlob: Sendable {
    public let pattern: String
    private let regex: NSRegularExpression?

    public init(_ pattern: String) {
        self.pattern = pattern
        var body = pattern.hasPrefix("/") ? String(pattern.dropFirst()) : pattern
        if body.hasSuffix("/") { body += "**" }
        if !pattern.dropLast(pattern.hasSuffix("/") ? 1 : 0).contains("/") { body = "**/" + body }
        regex = try? NSRegularExpression(pattern: "^" + Self.translate(body) + "$")
    }

    /// True when `path` (repository-relative, `/`-separated) or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        guard let regex else { return false }
        var candidate = Substring(path)
        while !candidate.isEmpty {
            let text = String(candidate)
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { return true }
            guard let slash = candidate.lastIndex(of: "/") else { break }
            candidate = candidate[..<slash]
        }
        return false
    }

    /// True when any of `globs` matches `path`.
    public static func any(_ globs: [PathGlob], match path: String) -> Bool {
        globs.contains { $0.matches(path) }
    }

    private static func translate(_ glob: String) -> String {
        var regex = ""
        var characters = Array(glob)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*" where characters.first == "*":
                characters = characters.dropFirst()
                if characters.first == "/" {
                    characters = characters.dropFirst()
                    regex += "(?:.*/)?"
                } else {
                    regex += ".*"
                }
            case "*": regex += "[^/]*"
            case "?": regex += "[^/]"
            default: regex += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return regex
    }
}
