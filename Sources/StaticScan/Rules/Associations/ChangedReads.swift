/// How a change makes an association read lazy that was not before: it removes the check that
/// kept the read to rows that had loaded the association
/// (`@if($entity->relationLoaded('book') && $entity->book)` → `@if($entity->book_id)`), or it
/// replaces a read of the foreign-key column with the association (`page.locale_id` →
/// `page.locale.language_code`).
///
/// A read on rows a caller supplies is silent when some query of the repository eager-loads the
/// association (the rows most likely come from there). That evidence holds for code that already
/// read the association, not for code a change turns from the column or a loaded-check to the
/// association: every list that reaches it must then load it, and nothing shows they all do.
enum ChangedReads {
    enum Introduction {
        /// The change removed a loaded-check of the association on the same name, written in this
        /// removed line (`relationLoaded('book')`).
        case removedCheck(RemovedLine, call: String)
        /// The change rewrote the read's line, which read the association's foreign-key column
        /// (`page.locale_id`) on the same name.
        case replacedColumn(RemovedLine, column: String)

        var removed: RemovedLine {
            switch self {
            case .removedCheck(let line, _), .replacedColumn(let line, _): line
            }
        }
    }

    /// How the change introduces the read of `association` on `root` at token `read`, within the
    /// tokens `span` of its loop; nil when it does not (and always for a whole-file scan).
    static func introduction(
        of association: String, on root: String, at read: Int, in span: Range<Int>, file: AnalyzedFile
    ) -> Introduction? {
        guard !file.removedLines.isEmpty, span.lowerBound < file.tokens.count else { return nil }
        let line = file.tokens[read].line
        let first = file.tokens[span.lowerBound].line
        for removed in file.removedLines where (first...line).contains(removed.anchor) {
            if let call = loadedCheck(of: association, on: root, in: removed.text, like: file) {
                return .removedCheck(removed, call: call)
            }
            if removed.anchor == line, file.changedLines?.contains(line) == true,
                let column = columnRead(of: association, on: root, in: removed.text)
            {
                return .replacedColumn(removed, column: column)
            }
        }
        return nil
    }

    /// The read of `association`'s foreign-key column on `root` in `text`, as written
    /// (`page.locale_id`, `$entity->book_id`, `post.authorId`).
    private static func columnRead(of association: String, on root: String, in text: String) -> String? {
        for separator in [".", "->", "?.", "?->"] {
            for suffix in ["_id", "Id", "_ID"] {
                let column = root + separator + association + suffix
                if let range = text.range(of: column) {
                    let after = text[range.upperBound...].first
                    guard !(after?.isLetter == true || after?.isNumber == true || after == "_") else {
                        continue
                    }
                    return column
                }
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
