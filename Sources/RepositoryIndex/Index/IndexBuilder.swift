import Foundation
import HundredfoldCore
import StaticScan

/// Builds a ``RepositoryIndex`` from source files, one file per core, each summarised once.
public enum IndexBuilder {
    /// Tracked files of a working tree that the scan has not read: read only when the cache
    /// cannot vouch for them by their status.
    public struct WorkingTree: Sendable {
        public let root: URL
        public let paths: [String]
        /// Reads one file: nil for one that is unreadable, binary, too large or outside `root`.
        public let read: @Sendable (String) -> SourceFile?

        public init(root: URL, paths: [String], read: @escaping @Sendable (String) -> SourceFile?) {
            self.root = root
            self.paths = paths
            self.read = read
            location = root.path.hasSuffix("/") ? root.path : root.path + "/"
        }

        /// The root's path ending in `/`.
        fileprivate let location: String
    }

    /// The index of `files` (each file's text as the head has it) and of the `workingTree`'s
    /// files. Files of no known language are passed over; `cache`, when given, returns the
    /// summary of a file it has seen with the same content (or status) and keeps new ones.
    public static func build(_ files: [SourceFile], workingTree: WorkingTree? = nil, cache: IndexCache? = nil)
        -> RepositoryIndex
    {
        build(files, workingTree: workingTree, cache: cache, readAt: FileStatus.now())
    }

    /// `readAt`: when the scan reads the files (nanoseconds since the epoch), which decides
    /// whose status is settled enough to be kept.
    static func build(_ files: [SourceFile], workingTree: WorkingTree?, cache: IndexCache?, readAt: Int64)
        -> RepositoryIndex
    {
        let known = cache?.load() ?? IndexCache.Contents()
        let onDisk = workingTree?.paths ?? []
        let learned = Slots(count: files.count + onDisk.count)
        DispatchQueue.concurrentPerform(iterations: files.count + onDisk.count) { position in
            if position < files.count {
                learned.set(position, entry(for: files[position], status: nil, readAt: readAt, known: known))
            } else if let workingTree {
                learned.set(
                    position,
                    entry(at: onDisk[position - files.count], in: workingTree, readAt: readAt, known: known))
            }
        }
        var contents = IndexCache.Contents()
        contents.entries.reserveCapacity(files.count + onDisk.count)
        var changed = false
        for (entry, isNew) in learned.all {
            guard let entry else { continue }
            contents.entries[entry.path] = entry
            changed = changed || isNew
        }
        changed = changed || contents.entries.count != known.entries.count
        // Partials included in a template loop read per item whatever they read.
        let templates = contents.entries.values.filter(\.isTemplate).sorted { $0.path < $1.path }
        var perItem: [String] = []
        if !templates.isEmpty {
            let key = FNV1a.hash(
                templates.map { "\($0.path)\0\($0.contentHash)\0\($0.contentLength)" }.joined(separator: "\n")
            )
            if let cached = known.perItemTemplates, cached.templates == key {
                perItem = cached.paths
            } else {
                let texts = Dictionary(files.map { ($0.path, $0.text) }) { first, _ in first }
                let read = templates.compactMap { template in
                    (texts[template.path] ?? workingTree?.read(template.path)?.text).map {
                        (path: template.path, text: $0)
                    }
                }
                perItem = PerItemTemplates.find(in: read).sites.keys.sorted()
                changed = true
            }
            contents.perItemTemplates = IndexCache.PerItemEntry(templates: key, paths: perItem)
        }
        if changed { cache?.store(contents) }
        let symbols = contents.entries.values.compactMap(\.symbols)
        return RepositoryIndex(files: symbols, perItemTemplates: Set(perItem))
    }

    /// The entry of the working-tree file at `path`: the cached one when the file's status is
    /// the one recorded, else learned from the file read again. True when it is new.
    private static func entry(
        at path: String, in workingTree: WorkingTree, readAt: Int64, known: IndexCache.Contents
    )
        -> (IndexCache.Entry?, Bool)
    {
        // The status is taken before the file is read: a write after it changes the status. A
        // path that might climb out (any `..`) is only read, by `read`, which keeps it inside.
        let inside = !path.isEmpty && !path.hasPrefix("/") && !path.contains("..")
        let status = inside ? FileStatus(path: workingTree.location + path) : nil
        if let status, let cached = known.entries[path], cached.status == status { return (cached, false) }
        guard let file = workingTree.read(path) else { return (nil, false) }
        return entry(for: file, status: status, readAt: readAt, known: known)
    }

    /// The entry of `file` (read with `status`, if from the working tree): the cached one for the
    /// same content, else learned. True when it is new.
    private static func entry(
        for file: SourceFile, status: FileStatus?, readAt: Int64, known: IndexCache.Contents
    )
        -> (IndexCache.Entry?, Bool)
    {
        let hash = FNV1a.hash(file.text)
        let length = file.text.utf8.count
        let settled = status.flatMap { $0.isSettled(readAt: readAt) ? $0 : nil }
        if var cached = known.entries[file.path], cached.contentHash == hash, cached.contentLength == length {
            // A status recorded with the same content still vouches for it.
            guard let settled, settled != cached.status else { return (cached, false) }
            cached.status = settled
            return (cached, true)
        }
        let entry = IndexCache.Entry(
            path: file.path, contentHash: hash, contentLength: length, status: settled,
            isTemplate: TemplateDialect.detect(path: file.path, text: file.text) != nil,
            symbols: summary(of: file))
        return (entry, true)
    }

    /// The symbols of one file.
    static func summary(of file: SourceFile) -> FileSymbols? {
        let template = TemplateDialect.detect(path: file.path, text: file.text)
        let firstLine = file.text.prefix(200).split(separator: "\n", maxSplits: 1).first.map(String.init)
        guard let language = template?.host ?? Language.detect(path: file.path, firstLine: firstLine),
            language != .sql
        else { return nil }
        // A template is read through its projection onto its host language: its loops and
        // member reads count, at the template's own lines.
        let projection = template.map { TemplateProjection.project(file.text, dialect: $0) }
        let analyzed = AnalyzedFile(
            path: file.path, text: projection?.text ?? file.text, language: language, template: projection)
        // A file that does not lex (a string that never closes) teaches nothing reliable.
        guard analyzed.unterminatedString == nil else { return nil }
        return FileIndexer.index(analyzed)
    }

    /// Results written by concurrent workers, one slot each.
    private final class Slots: @unchecked Sendable {
        private var slots: [(IndexCache.Entry?, Bool)]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: (nil, false), count: count) }

        func set(_ index: Int, _ value: (IndexCache.Entry?, Bool)) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var all: [(IndexCache.Entry?, Bool)] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }
}
