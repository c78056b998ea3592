/// Reads one SQL statement as far as HF201 needs: is it a list read with no bound?
///
/// A `SELECT … FROM` is bounded when it has a `LIMIT`/`TOP`/`FETCH FIRST`/`OFFSET`, when its
/// result is aggregates only (`SELECT count(*) FROM …`), or when its `WHERE` compares a key
/// (`id`, `*_id`, `uuid`, `email`, `slug`, `key`, `token`) with `=` or `IN`.
enum SQLListRead {
    /// What makes a statement unbounded.
    struct Verdict: Equatable {
        /// The first table after `FROM`.
        var table: String
        /// True when the statement has a `WHERE` (on columns that are not keys).
        var filtered: Bool
    }

    static let boundingWords: Set<String> = ["LIMIT", "TOP", "FETCH", "OFFSET", "ROWNUM"]
    static let aggregates: Set<String> = [
        "COUNT", "SUM", "MIN", "MAX", "AVG", "TOTAL", "GROUP_CONCAT", "STRING_AGG", "ARRAY_AGG", "EXISTS",
        "BOOL_OR",
        "BOOL_AND", "JSON_AGG",
    ]
    static let clauseEnds: Set<String> = [
        "GROUP", "ORDER", "LIMIT", "HAVING", "UNION", "WINDOW", "FOR", "RETURNING",
    ]

    /// The verdict when `sql` is an unbounded list read; nil when it is bounded or not a `SELECT`.
    /// `uniqueColumns` (uppercased) are columns a `UNIQUE` constraint or index makes keys.
    static func unbounded(_ sql: String, uniqueColumns: Set<String> = []) -> Verdict? {
        let words = Self.words(of: sql)
        guard let first = words.first, first.text == "SELECT" else { return nil }
        let top = words.filter { $0.depth == 0 }
        if top.contains(where: { boundingWords.contains($0.text) }) { return nil }
        guard let from = top.firstIndex(where: { $0.text == "FROM" }), from + 1 < top.count else {
            return nil
        }
        let selectList = top[1..<from]
        if isAggregateOnly(Array(selectList)) { return nil }
        // `SELECT @max = MAX(id) FROM …` (T-SQL) and `SELECT … INTO v FROM …` set variables or
        // fill a table in the database: nothing is returned to the application.
        if selectList.first.map({ $0.text.hasPrefix("@") }) == true
            || selectList.contains(where: { $0.text == "INTO" })
        {
            return nil
        }
        let table = top[from + 1].original
        if !isPlainTable(table) { return nil }
        guard let whereIndex = top.firstIndex(where: { $0.text == "WHERE" }) else {
            return Verdict(table: table, filtered: false)
        }
        let clause = top[(whereIndex + 1)...].prefix { !clauseEnds.contains($0.text) }
        let items = Array(clause)
        for (offset, item) in items.enumerated() where offset + 1 < items.count {
            let next = items[offset + 1].text
            let column = item.text.split(separator: ".").last.map(String.init) ?? item.text
            if isKey(item.text) || uniqueColumns.contains(column), next == "=" || next == "IN" || next == "=="
            {
                return nil
            }
        }
        if comparesWithParameterList(words) { return nil }
        return Verdict(table: table, filtered: true)
    }

    /// `sku IN ($1, $2)`, `sku = ANY($1)`, `sku IN (:skus)`: a filter by a list the caller passes
    /// is bounded by that list (a batched read). A list of literals (`status IN ('a', 'b')`) or a
    /// sub-query is not.
    private static func comparesWithParameterList(_ words: [Word]) -> Bool {
        guard var cursor = words.firstIndex(where: { $0.depth == 0 && $0.text == "WHERE" }) else {
            return false
        }
        cursor += 1
        let isParameter = { (text: String) in text.first.map { "$?:%@{".contains($0) } ?? false }
        while cursor + 1 < words.count {
            let word = words[cursor]
            if word.depth == 0, clauseEnds.contains(word.text) { return false }
            let following = words[(cursor + 1)...].prefix(2).map(\.text)
            // `sku IN ?` (GORM, sqlx expands the slice).
            if word.text == "IN", isParameter(following[0]) { return true }
            let listStart: Int? =
                word.text == "IN" && following.first == "("
                ? cursor + 2
                : word.text == "=" && following == ["ANY", "("] ? cursor + 3 : nil
            if let listStart, listStart < words.count {
                let depth = words[listStart - 1].depth + 1
                let inside = words[listStart...].prefix { $0.depth >= depth }
                if !inside.contains(where: { $0.text == "SELECT" }),
                    inside.contains(where: { isParameter($0.text) })
                {
                    return true
                }
            }
            cursor += 1
        }
        return false
    }

    /// Catalog tables of the database itself: small, and read by tools, not by list endpoints.
    static let systemPrefixes = [
        "information_schema", "pg_", "sqlite_", "user_", "all_", "dba_", "sys.", "mysql.", "dual", "v$",
    ]

    /// A table name written out: not a derived table `(…)`, a placeholder (`%s`, `{table}`, `:t`,
    /// `$1`) or a system catalog.
    static func isPlainTable(_ name: String) -> Bool {
        let lower = name.lowercased().filter { $0 != "\"" && $0 != "`" && $0 != "[" && $0 != "]" }
        guard !lower.isEmpty, lower != "(", !lower.contains(where: { "%{}:$?@".contains($0) }) else {
            return false
        }
        let bare = lower.split(separator: ".").last.map(String.init) ?? lower
        return !systemPrefixes.contains { lower.hasPrefix($0) || bare.hasPrefix($0) }
    }

    /// `id`, `user_id`, `o.userId`, `uuid`, `email`, `slug`.
    static func isKey(_ upper: String) -> Bool {
        let name = upper.split(separator: ".").last.map(String.init) ?? upper
        let cleaned = name.filter { $0 != "\"" && $0 != "`" && $0 != "[" && $0 != "]" }
        return cleaned == "ID" || cleaned.hasSuffix("ID") || cleaned.hasSuffix("UUID")
            || cleaned.hasSuffix("KEY")
            || ["EMAIL", "SLUG", "TOKEN", "USERNAME", "PK"].contains(cleaned)
    }

    private static func isAggregateOnly(_ list: [Word]) -> Bool {
        guard !list.isEmpty else { return false }
        var expectItem = true
        for word in list {
            if word.text == "," {
                expectItem = true
                continue
            }
            if expectItem {
                guard aggregates.contains(word.text) || word.text == "DISTINCT" && list.count == 1 else {
                    return false
                }
                expectItem = false
            }
        }
        return true
    }

    // MARK: - Words

    struct Word {
        /// Uppercased.
        var text: String
        var original: String
        /// Parenthesis depth; words inside sub-queries and calls are deeper than 0.
        var depth: Int
    }

    /// The statement's words and `=`/`,` signs, string literals dropped, with their depth.
    static func words(of sql: String) -> [Word] {
        var result: [Word] = []
        var depth = 0
        var current = ""
        var quote: Character? = nil
        var previous: Character = " "
        func flush() {
            if !current.isEmpty {
                result.append(Word(text: current.uppercased(), original: current, depth: depth))
            }
            current = ""
        }
        for character in sql {
            defer { previous = character }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'":
                flush()
                quote = "'"
            case "(":
                flush()
                // The parenthesis itself sits at the outer depth: `FROM (` is a derived table.
                result.append(Word(text: "(", original: "(", depth: depth))
                depth += 1
            case ")":
                flush()
                depth = max(0, depth - 1)
            case "=", ",":
                flush()
                // `<=`, `>=`, `!=` compare ranges, not one key.
                let sign = character == "=" && "<>!".contains(previous) ? "<>" : String(character)
                result.append(Word(text: sign, original: sign, depth: depth))
            case _ where character.isLetter || character.isNumber || "_.\"`[]$%{}:?@".contains(character):
                current.append(character)
            default:
                flush()
            }
        }
        flush()
        return result
    }
}
