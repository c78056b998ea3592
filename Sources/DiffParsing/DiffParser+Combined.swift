// MARK: - Combined diffs

extension DiffCursor {
    /// Reads a `diff --cc`/`diff --combined` section of a merge commit. Its hunks are checked
    /// against their headers like any other, so the section is consumed exactly, and the file is
    /// returned as skipped: a combined diff shows only the hunks where parents disagree, so its
    /// changed lines are not the merge's change.
    mutating func readCombinedFile(commit: Int) throws -> FileDiff {
        let start = lineNumber
        let keyword = current?.starts(with: "diff --cc ") == true ? "diff --cc " : "diff --combined "
        let path = current.flatMap { DiffPath.parse($0.bytes.dropFirst(keyword.utf8.count)) }
        var file = FileDiff(
            oldPath: path, newPath: path, status: .modified, skipped: .combined, diffLine: start,
            commit: commit)
        advance()
        while let line = current, !line.starts(with: "@@@"), !line.starts(with: "diff ") {
            if line.starts(with: "new file mode ") { file.status = .added }
            if line.starts(with: "deleted file mode ") {
                file.status = .deleted
                file.newPath = nil
            }
            let isHeader = [
                "index ", "mode ", "new file mode ", "deleted file mode ", "--- ", "+++ ", "similarity ",
            ]
            .contains { line.starts(with: $0) }
            guard isHeader else { return file }
            advance()
        }
        while let line = current, line.starts(with: "@@@") {
            try skipCombinedHunk()
        }
        return file
    }

    /// Consumes one combined hunk: each body line has one prefix column per parent. A line with a
    /// '-' column is only in the parents marked '-'; any other line is in the merge result and in
    /// the parents marked ' '.
    private mutating func skipCombinedHunk() throws {
        let headerLine = lineNumber
        let markers = current?.bytes.prefix { $0 == UInt8(ascii: "@") }.count ?? 0
        let parents = max(markers - 1, 1)
        var scanner = HunkHeaderScanner(bytes: current?.bytes ?? [], source: source, line: headerLine)
        let ranges = try scanner.scan(parents: parents)
        var oldLeft = ranges.old.map(\.count)
        var newLeft = ranges.new.count
        advance()
        while newLeft > 0 || oldLeft.contains(where: { $0 > 0 }) {
            guard let line = current, line.bytes.count >= parents || line.bytes.isEmpty else {
                throw DiffError.hunkCountMismatch(
                    source: source, line: lineNumber, headerLine: headerLine,
                    detail:
                        "promises more lines than follow (expected \(parents) prefix columns of ' ', '+' or '-')"
                )
            }
            if line.starts(with: "\\") {
                advance()
                continue
            }
            let columns =
                line.bytes.isEmpty
                ? Array(repeating: UInt8(ascii: " "), count: parents) : Array(line.bytes.prefix(parents))
            guard
                columns.allSatisfy({ [UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-")].contains($0) })
            else {
                throw DiffError.malformed(
                    source: source, line: lineNumber, column: 1,
                    expected: "\(parents) prefix columns of ' ', '+' or '-' in a combined hunk")
            }
            let removed = columns.contains(UInt8(ascii: "-"))
            for (parent, column) in columns.enumerated()
            where column == (removed ? UInt8(ascii: "-") : UInt8(ascii: " ")) {
                oldLeft[parent] -= 1
            }
            if !removed { newLeft -= 1 }
            guard newLeft >= 0, oldLeft.allSatisfy({ $0 >= 0 }) else {
                throw DiffError.hunkCountMismatch(
                    source: source, line: lineNumber, headerLine: headerLine,
                    detail: "promises fewer lines than this combined hunk has")
            }
            advance()
        }
        if let line = current, line.starts(with: "\\") { advance() }
    }
}
