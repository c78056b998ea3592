// MARK: - HF201 matchers for Go, the JVM, PHP, C# and Swift

extension ORMMatcher {
    private var names: [String] { chain.links.map(\.name) }

    private func lastCall() -> Int? { chain.links.indices.last { chain.links[$0].isCall } }

    private func calledLinks(_ range: Range<Int>) -> [String] {
        chain.links[range.clamped(to: chain.links.indices)].filter(\.isCall).map(\.name)
    }

    /// The called links of `range`, less the filters named `filter` that narrow by no key.
    private func calledLinks(_ range: Range<Int>, droppingFiltersNotByKey filter: String) -> [String] {
        range.clamped(to: chain.links.indices).filter { index in
            chain.links[index].isCall && !(chain.links[index].name == filter && !narrowsByKey(index))
        }.map { chain.links[$0].name }
    }

    private func arguments(_ link: Int) -> Range<Int> { chain.links[link].arguments ?? 0..<0 }

    private func argumentNames(_ link: Int) -> [String] {
        file.identifiers(in: [arguments(link)]).map(\.text)
    }

    private var rootIsModel: Bool {
        let root = names[0]
        guard let first = root.unicodeScalars.first else { return false }
        return first.properties.isUppercase && root.unicodeScalars.contains { $0.properties.isLowercase }
            && !ReceiverContext.notModels.contains(root)
    }

    // MARK: - Go

    /// `db.Find(&users)` with no `Where`, `Limit` or inline condition.
    func gorm() -> UnboundedQueryRule.AllRows? {
        guard let find = names.firstIndex(of: "Find"), find >= 1, chain.links[find].isCall else { return nil }
        let range = arguments(find)
        guard range.count >= 2, file.tokens[range.lowerBound].is("&"),
            !(range.clamped(to: 0..<file.tokens.count)).contains(where: { file.tokens[$0].is(",") })
        else { return nil }
        let neutral: Set<String> = [
            "Model", "Order", "Preload", "Select", "Table", "Debug", "WithContext", "Unscoped", "Session",
            "Joins",
        ]
        guard calledLinks(1..<find, droppingFiltersNotByKey: "Where").allSatisfy(neutral.contains) else {
            return nil
        }
        return UnboundedQueryRule.AllRows(link: find, family: "gorm")
    }

    // MARK: - JVM

    /// `orderRepository.findAll()` or `findAll(Sort.by(…))`: no `Pageable`.
    func springData() -> UnboundedQueryRule.AllRows? {
        guard let find = names.firstIndex(of: "findAll"), find >= 1, chain.links[find].isCall,
            names[find - 1].lowercased().contains("repo")
        else { return nil }
        let passed = argumentNames(find)
        guard passed.isEmpty || passed.contains(where: { $0 == "Sort" || $0.lowercased() == "sort" }) else {
            return nil
        }
        return UnboundedQueryRule.AllRows(link: find, family: "spring-data")
    }

    /// `em.createQuery("SELECT u FROM User u").getResultList()` with no `setMaxResults`.
    func jpa() -> UnboundedQueryRule.AllRows? {
        guard let list = names.firstIndex(of: "getResultList") ?? names.firstIndex(of: "resultList"),
            let create = names.firstIndex(where: { $0 == "createQuery" || $0 == "createNativeQuery" }),
            create < list,
            !names.contains("setMaxResults") && !names.contains("setFirstResult")
                && !names.contains("maxResults")
        else { return nil }
        let range = arguments(create).clamped(to: 0..<file.tokens.count)
        guard let literal = range.first(where: { file.tokens[$0].kind == .string }),
            SQLListRead.unbounded(file.tokens[literal].text) != nil
        else { return nil }
        return UnboundedQueryRule.AllRows(link: list, family: "jpa")
    }

    /// Exposed `Orders.selectAll()` with no `where`/`limit` after it.
    func exposed() -> UnboundedQueryRule.AllRows? {
        guard rootIsModel, let select = names.firstIndex(of: "selectAll"), select == 1 else { return nil }
        let bounders: Set<String> = [
            "where", "andWhere", "orWhere", "adjustWhere", "limit", "first", "firstOrNull", "single",
            "singleOrNull", "count", "empty", "fetchBatchedResults",
        ]
        guard !names.contains(where: bounders.contains) else { return nil }
        return UnboundedQueryRule.AllRows(link: select, family: "exposed")
    }

    // MARK: - PHP

    /// `User::all()`, `User::orderBy('name')->get()`, `DB::table('users')->get()`.
    func eloquent() -> UnboundedQueryRule.AllRows? {
        guard names.count >= 2, chain.links[1].separator == "::", rootIsModel || names[0] == "DB" else {
            return nil
        }
        if names[1] == "all", names[0] != "DB" {
            return UnboundedQueryRule.AllRows(link: 1, family: "eloquent")
        }
        guard let get = names.firstIndex(of: "get"), get >= 2 else { return nil }
        let neutral: Set<String> = [
            "query", "orderBy", "orderByDesc", "latest", "oldest", "with", "withCount", "select", "join",
            "leftJoin",
            "distinct", "table", "withTrashed", "addSelect",
        ]
        guard calledLinks(1..<get, droppingFiltersNotByKey: "where").allSatisfy(neutral.contains),
            names[0] != "DB" || names[1] == "table"
        else { return nil }
        return UnboundedQueryRule.AllRows(link: get, family: "eloquent")
    }

    // MARK: - C#

    /// `_db.Orders.ToList()`, `context.Set<Order>().Include(…).ToListAsync()`.
    func efCore() -> UnboundedQueryRule.AllRows? {
        let terminals: Set<String> = [
            "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToDictionary", "ToDictionaryAsync",
            "ToHashSet", "ToHashSetAsync",
        ]
        guard let terminal = names.firstIndex(where: terminals.contains), terminal >= 2 else { return nil }
        var start = 0
        if names[0] == "this" { start = 1 }
        let root = names[start].lowercased()
        guard root.contains("db") || root.contains("context") || root.contains("ctx") else { return nil }
        let set = start + 1
        guard set < terminal,
            names[set] == "Set" || !chain.links[set].isCall && names[set].first?.isUppercase == true
        else { return nil }
        let neutral: Set<String> = [
            "Set", "Include", "ThenInclude", "AsNoTracking", "AsNoTrackingWithIdentityResolution", "OrderBy",
            "OrderByDescending", "ThenBy", "ThenByDescending", "Select", "AsSplitQuery", "AsQueryable",
            "IgnoreQueryFilters",
        ]
        guard calledLinks(set..<terminal, droppingFiltersNotByKey: "Where").allSatisfy(neutral.contains)
        else { return nil }
        return UnboundedQueryRule.AllRows(link: terminal, family: "efcore")
    }

    // MARK: - Swift

    /// GRDB `Player.fetchAll(db)`, `Player.order(…).fetchAll(db)`.
    func grdb() -> UnboundedQueryRule.AllRows? {
        guard rootIsModel, let fetch = names.firstIndex(of: "fetchAll"), fetch >= 1 else { return nil }
        let passed = argumentNames(fetch)
        guard
            passed.count == 1
                || passed.first == "db"
                    && !passed.contains(where: { ["keys", "key", "sql", "arguments"].contains($0) }),
            passed.count <= 2
        else { return nil }
        guard
            calledLinks(1..<fetch).allSatisfy(
                ["all", "order", "including", "select", "annotated", "joining"].contains)
        else { return nil }
        return UnboundedQueryRule.AllRows(link: fetch, family: "grdb")
    }

    /// Fluent `Todo.query(on: db).all()` with no `filter`/`limit`/`range`/`paginate`.
    func fluent() -> UnboundedQueryRule.AllRows? {
        guard let query = names.firstIndex(of: "query"), argumentNames(query).first == "on",
            let all = names.lastIndex(of: "all"), all == names.count - 1, all > query,
            calledLinks(query + 1..<all).allSatisfy(
                ["sort", "with", "join", "field", "unique", "withDeleted"].contains)
        else { return nil }
        return UnboundedQueryRule.AllRows(link: all, family: "fluent")
    }
}
