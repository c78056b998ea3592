// MARK: - HF201: a bound applied to the same query in another statement

extension UnboundedQueryRule {
    /// Methods that bound a query or a session: a limit, a page, a stream in batches.
    static let boundMethods: Set<String> = [
        "limit", "Limit", "take", "Take", "paginate", "Paginate", "simplePaginate", "cursorPaginate", "per",
        "page", "Page", "slice", "setMaxResults", "first", "First", "top", "Top", "chunk", "Chunk",
        "chunkById", "FindInBatches", "find_each", "in_batches", "yield_per", "iterator", "cursor", "lazy",
    ]

    /// How many lines around the query a bound on its variable is looked for.
    static let nearbyLines = 12

    /// The query's variable gets a bound in a statement of its own nearby: `sess.Limit(20)` on the
    /// line before `sess.Find(&users)` (xorm, GORM sessions), or `q = q.limit(20)` after
    /// `q = Post.query.filter(…)`. The variable is the chain's root, or the name it is assigned to.
    static func boundNearby(_ chain: CallChain, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        var names: [String] = []
        if let root = chain.links.first, !root.isCall, tokens[root.token].kind == .identifier,
            root.name.first?.isLowercase == true || root.name.first == "_"
        {
            names.append(root.name)
        }
        var before = chain.start - 1
        while before >= 0, tokens[before].is("await") || tokens[before].is("try") { before -= 1 }
        if before >= 1, tokens[before].is("=") || tokens[before].is(":="),
            tokens[before - 1].kind == .identifier
        {
            names.append(tokens[before - 1].text)
        }
        let line = tokens[chain.start].line
        let lines = (line - nearbyLines)...(line + nearbyLines)
        for name in names {
            for occurrence in file.occurrences[name] ?? []
            where lines.contains(tokens[occurrence].line) && !(chain.start..<chain.end).contains(occurrence) {
                if boundFollows(occurrence, in: file) { return true }
            }
        }
        return false
    }

    /// `name.limit(…)`, `name.Where(…).Limit(…)`: a bound method called on `name` at `occurrence`.
    private static func boundFollows(_ occurrence: Int, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        var cursor = occurrence + 1
        while cursor + 1 < tokens.count, tokens[cursor].is(".") || tokens[cursor].is("->") {
            let name = tokens[cursor + 1]
            guard name.kind == .identifier else { return false }
            if boundMethods.contains(name.text) { return true }
            cursor += 2
            if cursor < tokens.count, tokens[cursor].is("("), let close = file.brackets.partner(of: cursor) {
                cursor = close + 1
            }
        }
        return false
    }
}
