import Foundation
import StaticScan

/// Builds a ``RepositoryIndex`` from source files, one file per core, each summarised once.
public enum IndexBuilder {
    /// The index of `files` (each file's text as the head has it). Files of no known language
    /// are passed over; `cache`, when given, returns the summary of a file it has seen with the
    /// same content and keeps new ones.
    public static func build(_ files: [SourceFile], cache: IndexCache? = nil) -> RepositoryIndex {
        let summaries = Summaries(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { position in
            summaries.set(position, summary(of: files[position], cache: cache))
        }
        // Partials included in a template loop read per item whatever they read.
        let templates = files.filter { TemplateDialect.detect(path: $0.path, text: $0.text) != nil }
        let perItem =
            templates.isEmpty
            ? PerItemTemplates() : PerItemTemplates.find(in: templates.map { ($0.path, $0.text) })
        return RepositoryIndex(
            files: summaries.all.compactMap { $0 }, perItemTemplates: Set(perItem.sites.keys))
    }

    /// The symbols of one file, from the cache when it has them.
    static func summary(of file: SourceFile, cache: IndexCache?) -> FileSymbols? {
        let template = TemplateDialect.detect(path: file.path, text: file.text)
        let firstLine = file.text.prefix(200).split(separator: "\n", maxSplits: 1).first.map(String.init)
        guard let language = template?.host ?? Language.detect(path: file.path, firstLine: firstLine),
            language != .sql
        else { return nil }
        if let cached = cache?.symbols(for: file) { return cached }
        // A template is read through its projection onto its host language: its loops and
        // member reads count, at the template's own lines.
        let projection = template.map { TemplateProjection.project(file.text, dialect: $0) }
        let analyzed = AnalyzedFile(
            path: file.path, text: projection?.text ?? file.text, language: language, template: projection)
        // A file that does not lex (a string that never closes) teaches nothing reliable.
        guard analyzed.unterminatedString == nil else { return nil }
        let symbols = FileIndexer.index(analyzed)
        cache?.store(symbols, for: file)
        return symbols
    }

    /// Results written by concurrent workers, one slot each.
    private final class Summaries: @unchecked Sendable {
        private var slots: [FileSymbols?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: FileSymbols?) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var all: [FileSymbols?] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }
}
