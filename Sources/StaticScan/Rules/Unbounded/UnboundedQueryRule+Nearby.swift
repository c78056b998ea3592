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

    /// Filters that narrow a query to rows named by a key when their condition compares one.
    static let keyFilterMethods: Set<String> = [
        "Where", "where", "And", "filter", "filter_by", "In", "whereIn", "WhereIn",
    ]

    /// The query's variable gets a bound in a statement of its own nearby: `sess.Limit(20)` on the
    /// line before `sess.Find(&users)` (xorm, GORM sessions), `sess.And("repo_id=?", id)`, or
    /// `q = q.limit(20)` after `q = Post.query.filter(…)`; or the session was made bounded
    /// (`sess := x.Limit(20, 0).Where(…)`). The variable is the chain's root, or the name it is
    /// assigned to.
    static func boundNearby(_ chain: CallChain, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        var names: [(name: String, isRoot: Bool)] = []
        if let root = chain.links.first, !root.isCall, tokens[root.token].kind == .identifier,
            root.name.first?.isLowercase == true || root.name.first == "_"
        {
            names.append((root.name, true))
        }
        var before = chain.start - 1
        while before >= 0, tokens[before].is("await") || tokens[before].is("try") { before -= 1 }
        if before >= 1, tokens[before].is("=") || tokens[before].is(":="),
            tokens[before - 1].kind == .identifier
        {
            names.append((tokens[before - 1].text, false))
        }
        let line = tokens[chain.start].line
        let lines = (line - nearbyLines)...(line + nearbyLines)
        for (name, isRoot) in names {
            for occurrence in file.occurrences[name] ?? []
            where lines.contains(tokens[occurrence].line) && !(chain.start..<chain.end).contains(occurrence) {
                let assigned =
                    isRoot && occurrence < chain.start && occurrence + 2 < tokens.count
                    && (tokens[occurrence + 1].is("=") || tokens[occurrence + 1].is(":="))
                if bounds(at: assigned ? occurrence + 2 : occurrence, in: file) { return true }
            }
        }
        return false
    }

    /// The chain at `start` calls a bound (`name.limit(…)`, `x.Limit(20).Where(…)`) or a filter
    /// on a key (`name.And("repo_id=?", id)`) and runs no statement of its own: `e.Where("id = ?",
    /// id).Find(&repo)` on the same engine is another query.
    private static func bounds(at start: Int, in file: AnalyzedFile) -> Bool {
        guard let chain = file.chains(startingIn: start..<(start + 1)).first,
            !file.calls.contains(where: {
                $0.chain.start == start && $0.executes && ($0.kind == .dbRead || $0.kind == .dbWrite)
            })
        else { return false }
        let matcher = ORMMatcher(file: file, chain: chain)
        return chain.links.indices.dropFirst().contains { index in
            let name = chain.links[index].name
            return boundMethods.contains(name)
                || keyFilterMethods.contains(name) && chain.links[index].isCall
                    && matcher.keyFilter(index) == .key
        }
    }
}
