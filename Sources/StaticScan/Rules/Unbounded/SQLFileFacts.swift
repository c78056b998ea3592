/// What a `.sql` file says about its own statements beyond their text: query annotations
/// (sqlc, HugSQL) and the columns its DDL makes unique.
struct SQLFileFacts {
    let file: AnalyzedFile
    /// Lines of comments annotating a query as returning one row or none.
    private let singleResultLines: [Int]

    init(file: AnalyzedFile) {
        self.file = file
        singleResultLines = file.comments.filter { comment in
            comment.text.contains("name")
                && comment.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains {
                    Self.singleResultKinds.contains($0.lowercased())
                }
        }.map(\.line)
    }

    private var tokens: [Token] { file.tokens }

    // MARK: - Annotations

    /// Result kinds of a query annotation that return at most one row or none: sqlc
    /// `-- name: GetUser :one` / `:exec` / `:execrows` …, HugSQL `-- :name get-user :? :1`.
    static let singleResultKinds: Set<String> = [
        ":one", ":exec", ":execrows", ":execresult", ":execlastid", ":batchone", ":batchexec", ":1",
    ]

    /// Whether the comments between the previous statement and the one starting at `start` annotate
    /// it as returning one row or none.
    func isAnnotatedSingleResult(statementAt start: Int) -> Bool {
        // Statements start after the previous one's `;`: comments on the lines between belong to this one.
        let firstLine = start > 0 ? tokens[start - 1].line : 0
        let line = tokens[start].line
        // Comments come in line order: a binary search for the first annotation past `firstLine`.
        var low = 0
        var high = singleResultLines.count
        while low < high {
            let middle = (low + high) / 2
            if singleResultLines[middle] <= firstLine { low = middle + 1 } else { high = middle }
        }
        return low < singleResultLines.count && singleResultLines[low] < line
    }

    // MARK: - Unique columns

    /// Uppercased names of the columns made unique on their own: `CREATE UNIQUE INDEX … ON t (col)`,
    /// `col TEXT UNIQUE`, `UNIQUE (col)`, `col … PRIMARY KEY`. Multi-column keys bound nothing alone.
    func uniqueColumns() -> Set<String> {
        var columns: Set<String> = []
        for index in tokens.indices where tokens[index].kind == .identifier {
            let word = tokens[index].text.uppercased()
            if word == "UNIQUE"
                || word == "PRIMARY" && index + 1 < tokens.count
                    && tokens[index + 1].text.uppercased() == "KEY"
            {
                if let column = uniqueColumn(at: index) { columns.insert(column) }
            }
        }
        return columns
    }

    private func uniqueColumn(at keyword: Int) -> String? {
        // `CREATE UNIQUE INDEX name ON table (col)`: the column list after `ON`.
        if keyword + 1 < tokens.count, tokens[keyword + 1].text.uppercased() == "INDEX" {
            var cursor = keyword + 2
            while cursor < tokens.count, !tokens[cursor].is("("), !tokens[cursor].is(";") { cursor += 1 }
            return soleColumn(inParenthesesAt: cursor)
        }
        // `UNIQUE (col)`, `PRIMARY KEY (col)`: a table constraint.
        let after = tokens[keyword].text.uppercased() == "PRIMARY" ? keyword + 2 : keyword + 1
        if after < tokens.count, tokens[after].is("(") { return soleColumn(inParenthesesAt: after) }
        // `col TEXT NOT NULL UNIQUE`: the first word of the column definition, back past types'
        // parentheses (`NUMERIC(10, 2)`) to the `,` or `(` that starts it.
        var cursor = keyword
        while cursor > 0 {
            let previous = tokens[cursor - 1]
            if previous.is(")"), let open = file.brackets.partner(of: cursor - 1), open < cursor - 1 {
                cursor = open
                continue
            }
            if previous.is(",") || previous.is("(") || previous.is(";") { break }
            cursor -= 1
        }
        guard cursor < keyword, tokens[cursor].kind == .identifier else { return nil }
        return Self.bare(tokens[cursor].text)
    }

    private func soleColumn(inParenthesesAt open: Int) -> String? {
        guard open < tokens.count, tokens[open].is("("), let close = file.brackets.partner(of: open),
            close > open + 1
        else { return nil }
        let inside = tokens[(open + 1)..<close]
        guard !inside.contains(where: { $0.is(",") }), let first = inside.first, first.kind == .identifier
        else {
            return nil
        }
        return Self.bare(first.text)
    }

    private static func bare(_ name: String) -> String {
        name.uppercased().filter { $0 != "\"" && $0 != "`" && $0 != "[" && $0 != "]" }
    }
}
