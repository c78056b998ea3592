/// Reads unified diffs as git produces them (`git diff`, `git format-patch`, `git log -p`, plain
/// `diff -u`) into ``FileDiff`` values.
///
/// Works on bytes, so non-UTF-8 content and CRLF line endings never break parsing; text is decoded
/// lossily only for display. Binary patches and combined (merge) diffs are recognised and returned
/// with ``FileDiff/skipped`` set, never misread as text. Text between file sections (commit
/// headers and messages, `--stat` blocks, mail signatures) is skipped. Anything that breaks the
/// format — a hunk whose header counts disagree with its lines, a hunk header outside a file, input
/// with no file section at all — throws ``DiffError`` naming the diff's line and column.
public struct DiffParser: Sendable {
    /// The name errors use for the diff (`changes.diff`, `<stdin>`).
    public var source: String

    public init(source: String) {
        self.source = source
    }

    /// Parses `bytes`; an empty (or blank) input gives no files.
    public func parse(_ bytes: [UInt8]) throws -> [FileDiff] {
        try read(bytes).files
    }

    /// Parses `bytes` and reduces them to each file's net change (see ``ChangeSet``); `git log -p`
    /// output (`commit <sha>` headers, newest first) is put in chronological order.
    public func changeSet(_ bytes: [UInt8]) throws -> ChangeSet {
        let (files, newestFirst) = try read(bytes)
        return ChangeSet(files, newestFirst: newestFirst)
    }

    private func read(_ bytes: [UInt8]) throws -> (files: [FileDiff], newestFirst: Bool) {
        var newestFirst = false
        var cursor = DiffCursor(bytes: bytes, source: source)
        var files: [FileDiff] = []
        var commit = 0
        while let line = cursor.current {
            if line.starts(with: "diff --git ") {
                files.append(try cursor.readGitFile(commit: commit))
            } else if line.starts(with: "diff --cc ") || line.starts(with: "diff --combined ") {
                files.append(try cursor.readCombinedFile(commit: commit))
            } else if line.starts(with: "--- "), cursor.peek(1)?.starts(with: "+++ ") == true {
                files.append(try cursor.readPlainFile(commit: commit))
            } else if line.starts(with: "@@") {
                throw DiffError.malformed(
                    source: source, line: cursor.lineNumber, column: 1,
                    expected: "a file header ('diff --git' or '--- '/'+++ ') before this hunk header")
            } else {
                if Self.isCommitHeader(line) {
                    commit += 1
                    newestFirst = line.starts(with: "commit ")
                }
                cursor.advance()
            }
        }
        if files.isEmpty, commit == 0, let first = cursor.firstNonBlankLine {
            throw DiffError.notADiff(source: source, line: first)
        }
        return (files, newestFirst)
    }

    /// `From <sha> …` (format-patch) and `commit <sha>` (log) start a new commit's section.
    static func isCommitHeader(_ line: DiffLine) -> Bool {
        for keyword in ["From ", "commit "] where line.starts(with: keyword) {
            let rest = line.bytes.dropFirst(keyword.utf8.count).prefix(while: { $0 != UInt8(ascii: " ") })
            let isHex = rest.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
            }
            if rest.count >= 7, isHex { return true }
        }
        return false
    }
}

// MARK: - File sections

extension DiffCursor {
    /// Reads a `diff --git` section: extended headers, then binary data or hunks.
    mutating func readGitFile(commit: Int) throws -> FileDiff {
        let start = lineNumber
        let header = current.map { $0.bytes.dropFirst("diff --git ".utf8.count) } ?? []
        let names = DiffPath.splitGitHeader(header)
        var file = FileDiff(
            oldPath: names?.old, newPath: names?.new, status: .modified, diffLine: start, commit: commit)
        let prefixes = (names?.oldPrefix ?? "a/", names?.newPrefix ?? "b/")
        advance()
        while let line = current {
            if let value = line.value(after: "old mode ") {
                file.oldMode = value
            } else if let value = line.value(after: "new mode ") {
                file.newMode = value
            } else if let value = line.value(after: "deleted file mode ") {
                file.status = .deleted
                file.oldMode = value
            } else if let value = line.value(after: "new file mode ") {
                file.status = .added
                file.newMode = value
            } else if let value = line.value(after: "similarity index ")
                ?? line.value(after: "dissimilarity index ")
            {
                file.similarity = Int(value.dropLast())
            } else if line.starts(with: "rename from ") || line.starts(with: "copy from ") {
                file.status = line.starts(with: "rename") ? .renamed : .copied
                file.oldPath = DiffPath.parse(
                    line.bytes.drop(while: { $0 != UInt8(ascii: " ") }).dropFirst(6))
            } else if line.starts(with: "rename to ") || line.starts(with: "copy to ") {
                file.newPath = DiffPath.parse(
                    line.bytes.drop(while: { $0 != UInt8(ascii: " ") }).dropFirst(4))
            } else if let value = line.value(after: "index ") {
                let parts = value.split(separator: " ")
                if parts.count == 2, file.oldMode == nil, file.newMode == nil {
                    file.oldMode = String(parts[1])
                    file.newMode = String(parts[1])
                }
            } else if line.starts(with: "Binary files ") {
                file.skipped = .binary
                advance()
                return file
            } else if line.starts(with: "GIT binary patch") {
                file.skipped = .binary
                advance()
                skipBinaryPatch()
                return file
            } else if line.starts(with: "--- ") {
                try readFileNames(into: &file, prefixes: prefixes)
                file.hunks = try readHunks()
                return file
            } else {
                break
            }
            advance()
        }
        return file
    }

    /// Reads a plain `--- X` / `+++ Y` section (no `diff --git` line), then its hunks.
    mutating func readPlainFile(commit: Int) throws -> FileDiff {
        var file = FileDiff(
            oldPath: nil, newPath: nil, status: .modified, diffLine: lineNumber, commit: commit)
        let old = current.flatMap { DiffPath.parse($0.bytes.dropFirst(4)) } ?? ""
        let new = peek(1).flatMap { DiffPath.parse($0.bytes.dropFirst(4)) } ?? ""
        try readFileNames(into: &file, prefixes: Self.plainPrefixes(old: old, new: new))
        file.hunks = try readHunks()
        return file
    }

    /// The leading folders to strip from a plain diff's names, as `patch -p1` would: `a/` and `b/`,
    /// or the differing first folders of `diff -ru old new` when the rest of the names agree.
    private static func plainPrefixes(old: String, new: String) -> (String, String) {
        if (old.hasPrefix("a/") || old == "/dev/null"), (new.hasPrefix("b/") || new == "/dev/null") {
            return ("a/", "b/")
        }
        guard let oldSlash = old.firstIndex(of: "/"), let newSlash = new.firstIndex(of: "/"),
            old[oldSlash...] == new[newSlash...], !old.hasPrefix("/")
        else { return ("", "") }
        return (String(old[...oldSlash]), String(new[...newSlash]))
    }

    /// Reads the `--- old` and `+++ new` lines; `/dev/null` marks an added or deleted file.
    private mutating func readFileNames(into file: inout FileDiff, prefixes: (String, String)) throws {
        guard let minus = current, let old = DiffPath.parse(minus.bytes.dropFirst(4)) else {
            throw DiffError.malformed(
                source: source, line: lineNumber, column: 5, expected: "a path after '--- '")
        }
        advance()
        guard let plus = current, plus.starts(with: "+++ "), let new = DiffPath.parse(plus.bytes.dropFirst(4))
        else {
            throw DiffError.malformed(
                source: source, line: lineNumber, column: 1,
                expected: "'+++ ' and the new path after the '--- ' line")
        }
        advance()
        if old == "/dev/null" {
            file.status = .added
            file.oldPath = nil
        } else if file.status != .renamed, file.status != .copied {
            file.oldPath = DiffPath.strip(prefixes.0, from: old)
        }
        if new == "/dev/null" {
            file.status = .deleted
            file.newPath = nil
        } else if file.status != .renamed, file.status != .copied {
            file.newPath = DiffPath.strip(prefixes.1, from: new)
        }
    }

    /// Skips the base85 blocks of a `GIT binary patch` (`literal N`/`delta N`, data lines, blanks).
    mutating func skipBinaryPatch() {
        while let line = current {
            guard
                line.isBlank || line.starts(with: "literal ") || line.starts(with: "delta ") || line.isBase85
            else {
                return
            }
            advance()
        }
    }
}
