import DiffParsing
import Foundation
import StaticScan

// MARK: - Whole files

extension ScanJob {
    /// Every tracked file of the repository around ``directory`` (or, outside git, every file
    /// below it, hidden folders excluded), minus ignored, binary and oversized files.
    func allFiles() throws -> ScanSources {
        let globs = configuration.ignore.map(Glob.init)
        let root: URL
        let paths: [String]
        if let repository = GitRepository.find(containing: directory) {
            root = repository.root
            paths = try repository.trackedFiles()
        } else {
            root = directory.resolvingSymlinksInPath()
            paths = Self.walk(root)
        }
        let candidates = paths.sorted().filter { !Glob.any(globs, match: $0) }
        // Reading and decoding is most of the work outside the scanner: one file per core.
        let loaded = ParallelSlots<LoadedFile?>(count: candidates.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            loaded.set(index, Self.load(candidates[index], in: root))
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

    /// Reads `path` below `root`: nil for a path outside it, an unreadable or a binary file.
    static func load(_ path: String, in root: URL) -> LoadedFile? {
        guard let url = RepositoryPath.resolve(path, in: root),
            let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        guard data.count <= SourceText.maximumSize else {
            return .skipped(SkippedFile(path: path, reason: "larger than 2 MB, not scanned"))
        }
        let bytes = [UInt8](data)
        guard !SourceText.isBinary(bytes) else { return nil }
        return .source(SourceFile(path: path, text: SourceText.decode(bytes), changedLines: nil))
    }

    /// Regular files below `root`, relative, skipping hidden files and folders (`.git`, `.build`).
    static func walk(_ root: URL) -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else {
                continue
            }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(base) { paths.append(String(path.dropFirst(base.count))) }
        }
        return paths
    }
}
