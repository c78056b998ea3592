/// One file's change in a unified diff: its paths, what happened to it, and its hunks.
public struct FileDiff: Sendable, Equatable {
    /// The path before the change, `/`-separated, prefixes (`a/`) removed; nil for an added file.
    public var oldPath: String?
    /// The path after the change; nil for a deleted file.
    public var newPath: String?
    public var status: FileStatus
    /// File modes (`100644`) when the diff states them.
    public var oldMode: String?
    public var newMode: String?
    /// The similarity percentage of a rename or copy.
    public var similarity: Int?
    /// Why the file's content could not be read from the diff (binary, combined), if so.
    public var skipped: SkipReason?
    public var hunks: [Hunk]
    /// The 1-based line of the diff where this file's section starts.
    public var diffLine: Int
    /// Which commit of a concatenated series (`git format-patch`, `git log -p`) the file belongs to;
    /// 0 when the diff has no commit headers.
    public var commit: Int

    public init(
        oldPath: String?, newPath: String?, status: FileStatus, oldMode: String? = nil,
        newMode: String? = nil, similarity: Int? = nil, skipped: SkipReason? = nil, hunks: [Hunk] = [],
        diffLine: Int, commit: Int = 0
    ) {
        self.oldPath = oldPath
        self.newPath = newPath
        self.status = status
        self.oldMode = oldMode
        self.newMode = newMode
        self.similarity = similarity
        self.skipped = skipped
        self.hunks = hunks
        self.diffLine = diffLine
        self.commit = commit
    }

    /// The path to report: the new path, or the old one for a deletion.
    public var path: String { newPath ?? oldPath ?? "" }

    /// 1-based line numbers of the new version that the change added or modified.
    public var addedLines: Set<Int> {
        var lines = Set<Int>()
        for hunk in hunks {
            for line in hunk.lines where line.kind == .added {
                if let number = line.newLine { lines.insert(number) }
            }
        }
        return lines
    }

    /// True when the mode changed (`old mode`/`new mode`).
    public var modeChanged: Bool { oldMode != nil && newMode != nil && oldMode != newMode }
}

/// What a change did to a file.
public enum FileStatus: String, Sendable, Equatable, CaseIterable {
    case added
    case deleted
    case modified
    case renamed
    case copied
}

/// Why a file's content is not taken from the diff.
public enum SkipReason: String, Sendable, Equatable {
    /// `Binary files … differ` or a `GIT binary patch` block.
    case binary
    /// A `diff --cc`/`--combined` section of a merge commit.
    case combined

    /// A sentence for the warning printed when the file is skipped.
    public var explanation: String {
        switch self {
        case .binary: "binary file, not scanned"
        case .combined: "combined diff of a merge commit, not scanned (scan the merge with --base instead)"
        }
    }
}

/// One `@@ -a,b +c,d @@` block.
public struct Hunk: Sendable, Equatable {
    public var oldStart: Int
    public var oldCount: Int
    public var newStart: Int
    public var newCount: Int
    /// The text after the closing `@@` (often the enclosing function), trimmed.
    public var section: String
    public var lines: [HunkLine]
    /// The 1-based line of the diff holding the `@@` header.
    public var diffLine: Int

    public init(
        oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, section: String = "",
        lines: [HunkLine] = [], diffLine: Int
    ) {
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
        self.section = section
        self.lines = lines
        self.diffLine = diffLine
    }

    /// The new version's lines this hunk shows (context and added), by line number.
    public var newText: [(line: Int, text: String)] {
        lines.compactMap { line in line.newLine.map { ($0, line.text) } }
    }
}

/// One line of a hunk body.
public struct HunkLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case context
        case added
        case removed
    }

    public var kind: Kind
    /// The line's content without its prefix or line ending, decoded lossily from the diff's bytes.
    public var text: String
    /// The line's number in the old version (context and removed lines).
    public var oldLine: Int?
    /// The line's number in the new version (context and added lines).
    public var newLine: Int?

    public init(kind: Kind, text: String, oldLine: Int?, newLine: Int?) {
        self.kind = kind
        self.text = text
        self.oldLine = oldLine
        self.newLine = newLine
    }
}
