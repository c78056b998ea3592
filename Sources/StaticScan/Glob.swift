/// A path pattern from `scan.ignore`: `**` crosses folders, `*` and `?` stay within one.
/// A pattern without `/` also matches a file's name in any folder (`*.min.js`).
struct Glob: Sendable {
    private let pattern: [UInt8]
    private let nameOnly: Bool

    init(_ text: String) {
        var text = Substring(text)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        pattern = Array(text.utf8)
        nameOnly = !text.contains("/")
    }

    func matches(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        if Self.match(pattern[...], bytes[...]) { return true }
        guard nameOnly, let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return false }
        return Self.match(pattern[...], bytes[(slash + 1)...])
    }

    /// Iterative wildcard matching with backtracking to the last star: linear in practice.
    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        var star: (p: Int, t: Int, crossesSlash: Bool)? = nil
        let slash = UInt8(ascii: "/")
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                var next = p + 1
                let double = next < pattern.endIndex && pattern[next] == UInt8(ascii: "*")
                if double {
                    next += 1
                    if next < pattern.endIndex, pattern[next] == slash { next += 1 }
                }
                star = (next, t, double)
                p = next
            } else if p < pattern.endIndex,
                pattern[p] == text[t] || (pattern[p] == UInt8(ascii: "?") && text[t] != slash)
            {
                p += 1
                t += 1
            } else if let last = star, last.crossesSlash || text[last.t] != slash {
                star = (last.p, last.t + 1, last.crossesSlash)
                p = last.p
                t = last.t + 1
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}
