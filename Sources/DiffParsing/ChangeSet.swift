/// The net effect of a diff on each file: what a scan needs when a diff holds several commits.
///
/// A `git format-patch` series (oldest first) or `git log -p` output (newest first) can change the
/// same file more than once, rename it, or delete it. Lines added by an earlier commit are carried
/// through later commits' hunks to their numbers in the final version, so the changed lines always
/// refer to the last version of each file.
public struct ChangeSet: Sendable {
    /// One file in its final state.
    public struct Entry: Sendable, Equatable {
        /// The final path, `/`-separated.
        public var path: String
        /// 1-based changed lines of the final version.
        public var changedLines: Set<Int>
        /// The file's last section in the diff (for its hunks and status).
        public var last: FileDiff
    }

    /// Files that exist after the change, in the order they first appear in the diff.
    public private(set) var entries: [Entry] = []
    /// Sections that could not be read (binary, combined), by final path.
    public private(set) var skipped: [FileDiff] = []

    /// Builds the net change of `files`; `newestFirst` is true for `git log -p` output.
    public init(_ files: [FileDiff], newestFirst: Bool) {
        let chronological = newestFirst ? Self.reverseCommits(files) : files
        var all: [Entry] = []
        var live: [String: Int] = [:]
        for file in chronological {
            if file.skipped != nil {
                skipped.append(file)
                continue
            }
            let previous = file.oldPath.flatMap { live[$0] }
            if file.status == .renamed || file.status == .deleted, let oldPath = file.oldPath {
                live[oldPath] = nil
            }
            guard let newPath = file.newPath else { continue }
            var lines = file.addedLines
            if let previous, file.status != .added {
                lines.formUnion(Self.carry(all[previous].changedLines, through: file.hunks))
            }
            let entry = Entry(path: newPath, changedLines: lines, last: file)
            if let existing = live[newPath] {
                all[existing] = entry
            } else if file.status == .renamed, let previous {
                all[previous] = entry
                live[newPath] = previous
            } else {
                all.append(entry)
                live[newPath] = all.count - 1
            }
        }
        let kept = Set(live.values)
        entries = all.indices.filter(kept.contains).map { all[$0] }
    }

    /// Maps old-version line numbers through `hunks` (in order) to new-version numbers; lines the
    /// hunks remove are dropped.
    static func carry(_ lines: Set<Int>, through hunks: [Hunk]) -> Set<Int> {
        var result = Set<Int>()
        for line in lines {
            var shift = 0
            var mapped: Int? = line
            for hunk in hunks {
                if hunk.oldCount == 0 {
                    // A pure insertion after old line `oldStart`.
                    guard line > hunk.oldStart else { break }
                    shift += hunk.newCount
                } else if line >= hunk.oldStart + hunk.oldCount {
                    shift += hunk.newCount - hunk.oldCount
                } else if line >= hunk.oldStart {
                    mapped = hunk.lines.first { $0.oldLine == line }?.newLine
                    shift = 0
                    break
                } else {
                    break
                }
            }
            if let mapped { result.insert(mapped + shift) }
        }
        return result
    }

    /// Reverses the order of commits, keeping the order of files within each commit.
    private static func reverseCommits(_ files: [FileDiff]) -> [FileDiff] {
        var groups: [[FileDiff]] = []
        for file in files {
            if let last = groups.last?.last, last.commit == file.commit {
                groups[groups.count - 1].append(file)
            } else {
                groups.append([file])
            }
        }
        return groups.reversed().flatMap { $0 }
    }
}
