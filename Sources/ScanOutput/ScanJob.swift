import DiffParsing
import Foundation
import StaticScan

/// One `hundredfold scan`: reads the input (a diff, a git range, or every file), honours the
/// configured ignore globs, and produces the ``SourceFile``s the scanner reads.
///
/// A diff names any path; a path outside the repository (`../../etc/passwd`, `/etc/passwd`, a
/// symlink pointing out) is never read but reported in ``ScanSources/skipped``.
public struct ScanJob: Sendable {
    public var input: ScanInput
    public var configuration: ScanConfiguration
    /// The folder the command runs in; git repositories are looked up from here.
    public var directory: URL
    /// Whether the repository index is cached under `.hundredfold/cache/` between scans.
    public var indexCache: Bool

    public init(input: ScanInput, configuration: ScanConfiguration, directory: URL, indexCache: Bool = true) {
        self.input = input
        self.configuration = configuration
        self.directory = directory
        self.indexCache = indexCache
    }

    /// Reads every file the input names.
    public func sources() throws -> ScanSources {
        switch input {
        case .diff(let bytes, let source):
            let changes = try DiffParser(source: source).changeSet(bytes)
            let repository = GitRepository.find(containing: directory)
            return collect(changes) { path, hunks in
                guard let repository, let bytes = repository.workingTreeContents(of: path) else { return nil }
                let text = SourceText.decode(bytes)
                return SourceText.matches(text, hunks: hunks) ? text : nil
            }
        case .refs(let base, let head):
            let repository = try GitRepository(containing: directory)
            let headCommit = try head.map { try repository.resolve($0) }
            let mergeBase = try repository.mergeBase(base, headCommit ?? "HEAD")
            let bytes = try repository.diff(from: mergeBase, to: headCommit)
            let changes = try DiffParser(source: "git diff \(base)...\(head ?? "")").changeSet(bytes)
            if let headCommit {
                let blobs = try repository.contents(of: changes.entries.map(\.path), at: headCommit)
                return collect(changes) { path, _ in blobs[path].map(SourceText.decode) }
            }
            let result = collect(changes) { path, _ in
                repository.workingTreeContents(of: path).map(SourceText.decode)
            }
            return try addingUntrackedFiles(of: repository, to: result)
        case .all:
            return try allFiles()
        }
    }

    // MARK: - Diffs

    /// Adds the working tree's untracked (and not ignored) files, whole: `git diff` does not show
    /// a new file until it is added, but it is part of the change being scanned.
    private func addingUntrackedFiles(of repository: GitRepository, to sources: ScanSources) throws
        -> ScanSources
    {
        var sources = sources
        let globs = configuration.ignore.map(Glob.init)
        for path in try repository.untrackedFiles().sorted() where !Glob.any(globs, match: path) {
            guard let bytes = repository.workingTreeContents(of: path), !SourceText.isBinary(bytes),
                bytes.count <= SourceText.maximumSize
            else { continue }
            sources.files.append(SourceFile(path: path, text: SourceText.decode(bytes), changedLines: nil))
        }
        return sources
    }

    /// The lines the hunks remove, each placed before the new version's next line.
    static func removedLines(of hunks: [Hunk]) -> [RemovedLine] {
        var result: [RemovedLine] = []
        for hunk in hunks {
            var pending: [String] = []
            for line in hunk.lines {
                if line.kind == .removed {
                    pending.append(line.text)
                } else if let anchor = line.newLine {
                    result += pending.map { RemovedLine(anchor: anchor, text: $0) }
                    pending.removeAll()
                }
            }
            result += pending.map { RemovedLine(anchor: hunk.newStart + hunk.newCount, text: $0) }
        }
        return result
    }

    /// Turns each changed file into a source file: its full text when `read` finds the new
    /// version, else the hunks' own lines. (Binary files never get here: the diff marks them.)
    private func collect(_ changes: ChangeSet, read: (String, [Hunk]) -> String?) -> ScanSources {
        var sources = ScanSources()
        let globs = configuration.ignore.map(Glob.init)
        for file in changes.skipped {
            sources.skipped.append(
                SkippedFile(path: file.path, reason: file.skipped?.explanation ?? "not scanned"))
        }
        for entry in changes.entries where !Glob.any(globs, match: entry.path) {
            guard RepositoryPath.isSafeRelative(entry.path) else {
                sources.skipped.append(
                    SkippedFile(path: entry.path, reason: "path outside the repository, not read"))
                continue
            }
            if entry.last.newMode == "120000" {
                sources.skipped.append(SkippedFile(path: entry.path, reason: "symbolic link, not scanned"))
                continue
            }
            // A change that only removes lines (an eager load dropped from a query) is scanned too.
            let removed = Self.removedLines(of: entry.last.hunks)
            guard !entry.changedLines.isEmpty || !removed.isEmpty else { continue }
            if let text = read(entry.path, entry.last.hunks) ?? SourceText.fromHunks(entry.last.hunks) {
                sources.files.append(
                    SourceFile(
                        path: entry.path, text: text, changedLines: entry.changedLines, removedLines: removed))
            } else {
                sources.skipped.append(
                    SkippedFile(
                        path: entry.path,
                        reason: "hunks beyond line 2,000,000 of a file not on disk, not scanned"))
            }
        }
        return sources
    }
}
