// MARK: - LINQ lambdas that a query provider translates

extension LoopInspector {
    /// LINQ operators whose lambda EF Core (any `IQueryable` provider) translates into the one SQL
    /// statement of the query: the lambda never runs per row in the application.
    static let queryableOperators: Set<String> = [
        "Where", "Select", "SelectMany", "Any", "All", "OrderBy", "OrderByDescending", "ThenBy",
        "ThenByDescending", "GroupBy", "Join", "GroupJoin", "Count", "LongCount", "Sum", "Min", "Max",
        "Average", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault",
        "TakeWhile", "SkipWhile", "Include", "ThenInclude", "DistinctBy", "MinBy", "MaxBy", "AnyAsync",
        "AllAsync", "CountAsync", "LongCountAsync", "SumAsync", "MinAsync", "MaxAsync", "AverageAsync",
        "FirstAsync", "FirstOrDefaultAsync", "SingleAsync", "SingleOrDefaultAsync", "ExecuteUpdate",
        "ExecuteUpdateAsync", "SetProperty", "ToDictionaryAsync",
    ]

    /// Calls after which LINQ runs in memory, per element (`ToList()`, `AsEnumerable()`).
    static let materializers: Set<String> = [
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "AsEnumerable", "AsAsyncEnumerable",
        "ToDictionary", "ToHashSet", "ToLookup", "GetAwaiter", "Result",
    ]

    /// Declared types of query values: a name declared as one is an `IQueryable`.
    static let queryableTypes: Set<String> = [
        "IQueryable", "IOrderedQueryable", "DbSet", "IIncludableQueryable", "IMongoQueryable",
    ]

    /// Whether this loop is the lambda of a LINQ operator on an `IQueryable` (`db.Rentals.Where(r
    /// => …)`, `query.Select(x => new { x.Id, Count = x.Items.Count() })`), or a lambda nested in
    /// one: the provider turns it into SQL, so it is not a loop. A lambda over a materialized list
    /// (`orders.ToList().Select(o => …)`) or a plain collection stays a loop.
    func isTranslatedQuery() -> Bool {
        guard file.language == .csharp else { return false }
        var current: Int? = index
        var steps = 0
        while let candidate = current, steps < 32 {
            if Self.isQueryableLambda(file.loops[candidate], in: file) { return true }
            current = file.parent(ofLoop: candidate)
            steps += 1
        }
        return false
    }

    static func isQueryableLambda(_ loop: Loop, in file: AnalyzedFile) -> Bool {
        guard loop.kind == .callback, queryableOperators.contains(loop.keyword),
            let chain = file.chain(withLinkAt: loop.header),
            let position = chain.links.firstIndex(where: { $0.token == loop.header })
        else { return false }
        let before = chain.links.prefix(position)
        if before.contains(where: { materializers.contains($0.name) }) { return false }
        if file.calls(in: loop.header..<(loop.header + 1)).contains(where: { $0.family == "efcore" }) {
            return true
        }
        if before.contains(where: { link in
            file.calls(in: link.token..<(link.token + 1)).contains { $0.family == "efcore" && !$0.executes }
        }) {
            return true
        }
        let receivers = before.drop(while: { ["this", "base"].contains($0.name) })
        guard let root = receivers.first else { return false }
        // `db.Rentals`, `_context.Set<Order>()`: a DbSet of a context, as HF201 reads EF Core.
        let context = root.name.lowercased()
        if context.contains("db") || context.contains("context") || context.contains("ctx"),
            receivers.count >= 2, let set = receivers.dropFirst().first,
            set.name == "Set" || !set.isCall && set.name.first?.isUppercase == true
        {
            return true
        }
        if case .builder(let family) = file.bindings.value(of: root.name, at: root.token), family == "efcore"
        {
            return true
        }
        return isDeclaredQueryable(root.name, in: file)
    }

    /// `IQueryable<Order> query` (a parameter, field or local) or `DbSet<Order> Orders`.
    static func isDeclaredQueryable(_ name: String, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        for occurrence in file.occurrences[name] ?? [] where occurrence > 0 && tokens[occurrence - 1].is(">")
        {
            var cursor = occurrence - 2
            var depth = 1
            while cursor > 0, occurrence - cursor < 40 {
                if tokens[cursor].is(">") { depth += 1 }
                if tokens[cursor].is(">>") { depth += 2 }
                if tokens[cursor].is("<") {
                    depth -= 1
                    if depth == 0 { return queryableTypes.contains(tokens[cursor - 1].text) }
                }
                cursor -= 1
            }
        }
        return false
    }
}
