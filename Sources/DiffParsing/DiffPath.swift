/// Paths as git writes them in diff headers: plain, with a trailing tab, or C-quoted
/// (`"a/caf\303\251.txt"`), with or without the `a/`/`b/` prefixes.
enum DiffPath {
    // MARK: - One path

    /// Reads one path from the start of `bytes`: a C-quoted string, or everything up to the first
    /// tab (git appends a tab to names with spaces; plain `diff -u` appends a tab and a timestamp).
    /// Returns nil for an unterminated quote.
    static func parse(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.first == UInt8(ascii: "\"") {
            return unquote(bytes).map { decode($0.bytes) }
        }
        let end = bytes.firstIndex(of: UInt8(ascii: "\t")) ?? bytes.endIndex
        return decode(bytes[bytes.startIndex..<end])
    }

    /// Removes `prefix` (`a/`) from `path` when it starts with it.
    static func strip(_ prefix: String, from path: String) -> String {
        guard !prefix.isEmpty, path.hasPrefix(prefix) else { return path }
        return String(path.dropFirst(prefix.count))
    }

    /// Decodes a path's bytes as UTF-8, replacing invalid sequences (paths are bytes to git).
    static func decode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        String(decoding: Array(bytes), as: UTF8.self)
    }

    // MARK: - C quoting

    /// Decodes a C-quoted string at the start of `bytes` (`\303\251`, `\t`, `\"`, `\\`); returns the
    /// bytes and the index just past the closing quote, or nil when the quote is not closed.
    static func unquote(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], end: Int)? {
        var result: [UInt8] = []
        var index = bytes.startIndex + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (result, index + 1) }
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex else {
                result.append(byte)
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            if let simple = escapes[escaped] {
                result.append(simple)
                index += 2
            } else if (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(escaped), index + 3 < bytes.endIndex {
                var value = 0
                for digit in bytes[(index + 1)...(index + 3)] { value = value * 8 + Int(digit) - 48 }
                result.append(UInt8(truncatingIfNeeded: value))
                index += 4
            } else {
                result.append(escaped)
                index += 2
            }
        }
        return nil
    }

    private static let escapes: [UInt8: UInt8] = [
        UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "t"): 9, UInt8(ascii: "n"): 10,
        UInt8(ascii: "v"): 11, UInt8(ascii: "f"): 12, UInt8(ascii: "r"): 13,
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
    ]

    // MARK: - The `diff --git A B` header

    /// The two names of a `diff --git` header and the prefixes they carry (`a/` and `b/`, or empty
    /// for `--no-prefix`). Unquoted names with spaces are split where both halves name the same
    /// file; for a rename with spaces the header is ambiguous and nil is returned (the
    /// `rename from`/`rename to` lines name the files then).
    static func splitGitHeader(_ rest: ArraySlice<UInt8>) -> (
        old: String, new: String, oldPrefix: String, newPrefix: String
    )? {
        let space = UInt8(ascii: " ")
        var pair: (String, String)?
        if rest.first == UInt8(ascii: "\"") {
            guard let (first, end) = unquote(rest), end < rest.endIndex, rest[end] == space,
                let second = parse(rest[(end + 1)...])
            else { return nil }
            pair = (decode(first), second)
        } else if rest.last == UInt8(ascii: "\""),
            let open = rest.indices.reversed().first(where: {
                $0 > rest.startIndex && rest[$0] == UInt8(ascii: "\"") && rest[$0 - 1] == space
            }),
            let second = parse(rest[open...])
        {
            pair = (decode(rest[rest.startIndex..<(open - 1)]), second)
        } else if (rest.count - 1) % 2 == 0 {
            let middle = rest.startIndex + (rest.count - 1) / 2
            if rest[middle] == space {
                pair = (decode(rest[rest.startIndex..<middle]), decode(rest[(middle + 1)...]))
            }
        }
        guard let (old, new) = pair else { return nil }
        if old == new { return (old, new, "", "") }
        guard let oldSlash = old.firstIndex(of: "/"), let newSlash = new.firstIndex(of: "/") else {
            return (old, new, "", "")
        }
        let oldPrefix = String(old[...oldSlash])
        let newPrefix = String(new[...newSlash])
        return (
            String(old.dropFirst(oldPrefix.count)), String(new.dropFirst(newPrefix.count)), oldPrefix,
            newPrefix
        )
    }
}
