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
        var sources = ScanSources()
        for path in paths.sorted() where !Glob.any(globs, match: path) {
            guard let url = RepositoryPath.resolve(path, in: root),
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            guard data.count <= SourceText.maximumSize else {
                sources.skipped.append(SkippedFile(path: path, reason: "larger than 2 MB, not scanned"))
                continue
            }
            let bytes = [UInt8](data)
            guard !SourceText.isBinary(bytes) else { continue }
            sources.files.append(SourceFile(path: path, text: SourceText.decode(bytes), changedLines: nil))
        }
        return sources
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
