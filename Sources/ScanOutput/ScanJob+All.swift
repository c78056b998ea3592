import DiffParsing
import Foundation
import StaticScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Whole files

extension ScanJob {
    /// Every tracked file of the repository around ``directory`` (or, outside git, every file
    /// below it, hidden folders excluded), minus ignored, binary and oversized files.
    func allFiles() throws -> ScanSources {
        let globs = configuration.ignore.map(Glob.init)
        let root: URL
        let paths: [String]
        // Walked paths name regular files reached without following a symlink below a root whose
        // symlinks are resolved: they cannot escape it, so they skip `RepositoryPath.resolve`.
        let walked: Bool
        if let repository = GitRepository.find(containing: directory) {
            root = repository.root
            paths = try repository.trackedFiles()
            walked = false
        } else {
            root = directory.resolvingSymlinksInPath()
            paths = Self.walk(root)
            walked = true
        }
        return Self.load(paths.sorted().filter { !Glob.any(globs, match: $0) }, in: root, walked: walked)
    }

    /// Reads `candidates` below `root` in parallel, one file per core (reading and decoding is
    /// most of the work outside the scanner).
    static func load(_ candidates: [String], in root: URL, walked: Bool) -> ScanSources {
        let loaded = ParallelSlots<LoadedFile?>(count: candidates.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            loaded.set(index, load(candidates[index], in: root, walked: walked))
        }
        var sources = ScanSources()
        for file in loaded.all {
            switch file {
            case .source(let source): sources.files.append(source)
            case .skipped(let skipped): sources.skipped.append(skipped)
            case nil: continue
            }
        }
        return sources
    }

    /// A file read for `--all`: its text, or why it was skipped.
    enum LoadedFile {
        case source(SourceFile)
        case skipped(SkippedFile)
    }

    /// Reads `path` below `root`: nil for a path outside it, an unreadable or a binary file; a
    /// tracked source file missing from the work tree (a sparse checkout, a deleted file) is
    /// skipped with that reason, never dropped in silence.
    /// `walked` paths came from ``walk(_:)`` and are known to be regular files inside `root`.
    static func load(_ path: String, in root: URL, walked: Bool) -> LoadedFile? {
        let location: String
        if walked {
            location = root.path.hasSuffix("/") ? root.path + path : root.path + "/" + path
        } else {
            guard let url = RepositoryPath.resolve(path, in: root) else {
                return missing(path, in: root)
            }
            location = url.path
        }
        let bytes: [UInt8]
        switch FileBytes.contents(of: location, limit: SourceText.maximumSize) {
        case .unreadable: return nil
        case .tooLarge: return .skipped(SkippedFile(path: path, reason: "larger than 2 MB, not scanned"))
        case .bytes(let read): bytes = read
        }
        guard !SourceText.isBinary(bytes) else {
            // A source file's name on bytes that are no text: say so rather than pass it silently.
            guard Language.detect(path: path, firstLine: nil) != nil else { return nil }
            return .skipped(
                SkippedFile(path: path, reason: "binary content (a NUL byte) in a source file, not scanned"))
        }
        return .source(SourceFile(path: path, text: SourceText.decode(bytes), changedLines: nil))
    }

    /// The skip entry for a tracked `path` that ``RepositoryPath/resolve(_:in:)`` refused because
    /// nothing is there (neither a file nor a dangling link): only for files the scanner would
    /// read, so a sparse checkout of a large repository does not list its images and fixtures.
    static func missing(_ path: String, in root: URL) -> LoadedFile? {
        guard Language.detect(path: path, firstLine: nil) != nil else { return nil }
        var status = stat()
        let location = root.appendingPathComponent(path).path
        guard lstat(location, &status) != 0, errno == ENOENT else { return nil }
        return .skipped(
            SkippedFile(
                path: path,
                reason: "tracked but missing from the work tree (sparse checkout or deleted), not scanned"))
    }
}
