import DiffParsing
import Foundation
import StaticScan

// MARK: - Templates rendered per item

extension ScanJob {
    /// File name endings read to learn which templates are rendered per item: templates, and host
    /// code that may name one in a per-row renderer.
    static let templateContextSuffixes = [
        ".html", ".htm", ".txt", ".xml", ".jinja", ".jinja2", ".j2", ".djhtml", ".erb", ".haml", ".slim",
        ".cshtml", ".razor",
        ".blade.php", ".eex", ".heex", ".leex", ".py", ".rb",
    ]

    /// The per-item templates of the repository in view, when the scanned files hold a template:
    /// from the scanned files themselves for `--all`, else from the repository's tracked files
    /// (at `--head`, or in the working tree).
    func perItemTemplates(for sources: ScanSources) -> PerItemTemplates {
        guard sources.files.contains(where: { TemplateDialect.detect(path: $0.path, text: $0.text) != nil })
        else {
            return PerItemTemplates()
        }
        if case .all = input {
            return PerItemTemplates.find(in: sources.files.map { ($0.path, $0.text) })
        }
        guard let repository = GitRepository.find(containing: directory),
            let tracked = try? repository.trackedFiles()
        else {
            // No repository in view: what renders a partial is unknown; its name may say.
            return PerItemTemplates.byName(in: sources.files.map { ($0.path, $0.text) })
        }
        let trackedSet = Set(tracked)
        var isForeignDiff = false
        if case .diff = input { isForeignDiff = !sources.files.contains { trackedSet.contains($0.path) } }
        guard !isForeignDiff else {
            // The diff is of files this repository does not hold (a diff scanned from elsewhere).
            return PerItemTemplates.byName(in: sources.files.map { ($0.path, $0.text) })
        }
        let globs = configuration.ignore.map(Glob.init)
        let paths = tracked.filter { path in
            Self.templateContextSuffixes.contains { path.hasSuffix($0) } && !Glob.any(globs, match: path)
        }
        var files: [(path: String, text: String)] = []
        if case .refs(_, let head?) = input, let commit = try? repository.resolve(head),
            let blobs = try? repository.contents(of: paths, at: commit)
        {
            for path in paths.sorted() {
                guard let bytes = blobs[path], bytes.count <= SourceText.maximumSize,
                    !SourceText.isBinary(bytes)
                else { continue }
                files.append((path, SourceText.decode(bytes)))
            }
        } else {
            for path in paths.sorted() {
                guard let bytes = repository.workingTreeContents(of: path),
                    bytes.count <= SourceText.maximumSize,
                    !SourceText.isBinary(bytes)
                else { continue }
                files.append((path, SourceText.decode(bytes)))
            }
        }
        return PerItemTemplates.find(in: files)
    }
}
