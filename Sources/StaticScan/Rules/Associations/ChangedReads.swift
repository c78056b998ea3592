/// How a change brings in an association read that was not there, or not lazy, before: the change
/// writes the read itself, or removes the check that kept it to rows that had loaded the
/// association (`@if($entity->relationLoaded('book') && $entity->book)` → `@if($entity->book_id)`).
///
/// A read on rows a caller supplies is silent when some query of the repository eager-loads the
/// association (the rows most likely come from there). That evidence holds for reads that were
/// already there, not for a read a change adds: every list that reaches it must then load the
/// association, and nothing shows that they all do.
enum ChangedReads {
    enum Introduction {
        /// The change writes the read's line.
        case writtenLine
        /// The change removed a loaded-check of the association on the same name, written in this
        /// removed line (`relationLoaded('book')`).
        case removedCheck(RemovedLine, call: String)
    }

    /// How the change introduces the read of `association` on `root` at token `read`, within the
    /// tokens `span` of its loop; nil when it does not (and always for a whole-file scan).
    static func introduction(
        of association: String, on root: String, at read: Int, in span: Range<Int>, file: AnalyzedFile
    ) -> Introduction? {
        let line = file.tokens[read].line
        if file.changedLines?.contains(line) == true { return .writtenLine }
        guard !file.removedLines.isEmpty, span.lowerBound < file.tokens.count else { return nil }
        let first = file.tokens[span.lowerBound].line
        for removed in file.removedLines where (first...line).contains(removed.anchor) {
            if let call = loadedCheck(of: association, on: root, in: removed.text, like: file) {
                return .removedCheck(removed, call: call)
            }
        }
        return nil
    }

    /// The loaded-check of `association` on `root` that `text` (a removed line of `file`) makes,
    /// as written (`relationLoaded('book')`), read the way the file's own code is read.
    private static func loadedCheck(
        of association: String, on root: String, in text: String, like file: AnalyzedFile
    ) -> String? {
        guard EagerLoading.loadedChecks.contains(where: text.contains) else { return nil }
        let line = AnalyzedFile(
            path: file.path,
            text: file.template.map { TemplateProjection.project(text, dialect: $0.dialect).text } ?? text,
            language: file.language, catalog: file.catalog, template: nil)
        guard let last = line.tokens.indices.last,
            EagerLoading.isCheckedLoaded(
                association, of: root, before: last, in: line.tokens.indices, file: line),
            let check = line.tokens.firstIndex(where: { EagerLoading.loadedChecks.contains($0.text) }),
            let close = line.brackets.partner(of: check + 1)
        else { return nil }
        // The projection keeps every byte offset: the check as written is the same bytes of `text`.
        let bytes = Array(text.utf8)
        return String(decoding: bytes[line.tokens[check].offset...line.tokens[close].offset], as: UTF8.self)
    }
}
