import DiffParsing
import Foundation
import RepositoryIndex
import StaticScan

// MARK: - The repository in view

extension ScanJob {
    /// The index of the repository the change is read in: the head version of every tracked
    /// source file (the commit's with `--head`, else the working tree's, untracked scanned files
    /// included). Nil outside a git repository, for a diff scanned outside one.
    func repositoryIndex(for sources: ScanSources) throws -> RepositoryIndex? {
        let globs = configuration.ignore.map(Glob.init)
        let indexable = { (path: String) in
            (Language.detect(path: path, firstLine: nil) != nil
                || Self.templateContextSuffixes.contains { path.hasSuffix($0) })
                && !Glob.any(globs, match: path)
        }
        switch input {
        case .all:
            let root = GitRepository.find(containing: directory)?.root ?? directory.resolvingSymlinksInPath()
            return IndexBuilder.build(sources.files, cache: cache(root))
        case .refs(_, let head):
            let repository = try GitRepository(containing: directory)
            if let head {
                let files = try repository.files(at: head, include: indexable).compactMap { path, bytes in
                    SourceText.isBinary(bytes) || bytes.count > SourceText.maximumSize
                        ? nil : SourceFile(path: path, text: SourceText.decode(bytes), changedLines: nil)
                }
                return IndexBuilder.build(files, cache: cache(repository.root))
            }
            return try workingTreeIndex(repository, sources: sources, indexable: indexable)
        case .diff:
            guard let repository = GitRepository.find(containing: directory) else { return nil }
            return try workingTreeIndex(repository, sources: sources, indexable: indexable)
        }
    }

    /// The working tree's tracked source files, with the scanned files (untracked ones too) as
    /// the scan read them; the others are read only when the index cache cannot vouch for them.
    private func workingTreeIndex(
        _ repository: GitRepository, sources: ScanSources, indexable: (String) -> Bool
    ) throws -> RepositoryIndex {
        let scanned = Set(sources.files.map(\.path))
        let tracked = try repository.trackedFiles().filter { indexable($0) && !scanned.contains($0) }
        let root = repository.root
        let workingTree = IndexBuilder.WorkingTree(root: root, paths: tracked.sorted()) { path in
            guard case .source(let file) = Self.load(path, in: root, walked: false) else { return nil }
            return file
        }
        return IndexBuilder.build(sources.files, workingTree: workingTree, cache: cache(root))
    }

    private func cache(_ root: URL) -> IndexCache? {
        indexCache ? IndexCache(root: root) : nil
    }
}
