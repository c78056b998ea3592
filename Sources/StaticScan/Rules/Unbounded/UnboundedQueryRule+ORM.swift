// MARK: - HF201: the ORMs' "all rows" calls, one matcher per ecosystem

extension UnboundedQueryRule {
    /// A chain that loads every row: where the finding lands and what to say.
    struct AllRows {
        var link: Int
        var family: String
    }

    static let familyHints: [String: String] = [
        "django":
            "Slice (`[:100]`) or paginate (`Paginator`, DRF pagination), filter by a key, or stream with `.iterator(chunk_size=2000)`.",
        "sqlalchemy":
            "Add `.limit(n)` with keyset pagination, filter by a key, or stream with `.yield_per(1000)`.",
        "activerecord":
            "Paginate (`limit`/`page`), filter by a key, or walk in batches with `find_each`/`in_batches`.",
        "prisma": "Pass `take` (with `cursor`/`skip` for the next pages) or a `where` on a key.",
        "sequelize": "Pass `limit` (and `offset` or a keyset `where`) or a `where` on a key.",
        "typeorm": "Pass `take` (with `skip` or a keyset `where`) or a `where` on a key.",
        "gorm":
            "Add `Limit(n)` with keyset pagination, a `Where` on a key, or walk in batches with `FindInBatches`.",
        "spring-data": "Pass a `Pageable` (`findAll(PageRequest.of(page, size))`) or query by a key.",
        "jpa": "Call `setMaxResults(n)` (and `setFirstResult` for the next pages), or narrow by a key.",
        "exposed": "Add `.limit(n)` with keyset pagination, or a `where` on a key.",
        "eloquent":
            "Use `paginate()`/`cursorPaginate()`, `limit()`, a `where` on a key, or `chunkById()`/`lazy()` to stream.",
        "efcore":
            "Add `.Take(n)` with keyset pagination (`Where(x => x.Id > last)`), or a `Where` on a key; stream with `AsAsyncEnumerable()`.",
        "grdb": "Add `.limit(n)`, `filter(key:)`, or iterate with `fetchCursor(db)`.",
        "ecto":
            "Add `limit:` with keyset pagination (`where: p.id > ^last_id`), paginate (`Repo.paginate`), narrow it by a key, or stream it with `Repo.stream` in a transaction.",
        "coredata":
            "Set `fetchLimit` (with `fetchOffset` for the next pages), a `predicate` on a key, or `fetchBatchSize` to fault rows in batches.",
        "fluent":
            "Use `.paginate(for: req)`, `.range(..<n)`/`.limit(n)`, or a `filter` on a key; stream with `chunk(max:)`.",
    ]

    func ormFindings(_ file: AnalyzedFile) -> [Finding] {
        file.chains.compactMap { chain -> Finding? in
            guard let match = Self.allRows(chain, in: file), !Self.boundNearby(chain, in: file) else {
                return nil
            }
            let call = chain.text(through: match.link)
            let message =
                "`\(call)` loads every row: nothing limits, paginates or narrows it by a key, so the result grows with the table."
            return file.finding(
                description, at: chain.start, loop: nil, call: call, kind: .dbRead, confidence: .high,
                message: message, hint: Self.familyHints[match.family])
        }
    }

    static func allRows(_ chain: CallChain, in file: AnalyzedFile) -> AllRows? {
        let matcher = ORMMatcher(file: file, chain: chain)
        switch file.language {
        case .python: return matcher.django() ?? matcher.sqlalchemy()
        case .ruby: return matcher.activeRecord()
        case .javascript, .typescript: return matcher.javascript()
        case .go: return matcher.gorm()
        case .java: return matcher.springData() ?? matcher.jpa()
        case .kotlin: return matcher.springData() ?? matcher.jpa() ?? matcher.exposed()
        case .php: return matcher.eloquent()
        case .csharp: return matcher.efCore()
        case .swift: return matcher.grdb() ?? matcher.fluent() ?? matcher.coreData()
        case .elixir: return matcher.ecto()
        case .sql: return nil
        }
    }
}

/// Matches one chain against the "all rows" shapes of each ORM.
struct ORMMatcher {
    let file: AnalyzedFile
    let chain: CallChain

    private var links: [ChainLink] { chain.links }
    private var tokens: [Token] { file.tokens }

    /// The first link named one of `names`.
    private func index(of names: Set<String>) -> Int? { links.firstIndex { names.contains($0.name) } }

    /// Every called link in `range` is one of `allowed`, or a filter (one of `filters`) that does
    /// not narrow the read by a key.
    private func calls(
        _ range: Range<Int>, onlyIn allowed: Set<String>, orFiltersNotByKey filters: Set<String> = []
    )
        -> Bool
    {
        range.clamped(to: links.indices).allSatisfy { index in
            let link = links[index]
            return !link.isCall || allowed.contains(link.name)
                || filters.contains(link.name) && !narrowsByKey(index)
        }
    }

    private func argumentIdentifiers(_ link: Int) -> [String] {
        guard let arguments = links[link].arguments else { return [] }
        return file.identifiers(in: [arguments]).map(\.text)
    }

    private func isEmptyCall(_ link: Int) -> Bool { links[link].arguments?.isEmpty ?? true }

    private var isModelRoot: Bool {
        guard let first = links[0].name.unicodeScalars.first else { return false }
        return first.properties.isUppercase
            && links[0].name.unicodeScalars.contains { $0.properties.isLowercase }
            && !ReceiverContext.notModels.contains(links[0].name)
    }

    private var hasSubscript: Bool { (chain.start..<chain.end).contains { tokens[$0].is("[") } }

    /// The token before the chain, skipping `await`/`try`.
    private var before: Token? {
        var cursor = chain.start - 1
        while cursor >= 0, tokens[cursor].is("await") || tokens[cursor].is("try") { cursor -= 1 }
        return cursor >= 0 ? tokens[cursor] : nil
    }

    // MARK: - Python

    func django() -> UnboundedQueryRule.AllRows? {
        // A string comparison per link: a one-name Set literal was built and hashed per chain.
        guard let objects = links.firstIndex(where: { $0.name == "objects" }), objects + 1 < links.count,
            !hasSubscript
        else { return nil }
        let neutral: Set<String> = [
            "all", "order_by", "select_related", "prefetch_related", "values", "values_list", "only", "defer",
            "distinct", "annotate", "using",
        ]
        guard calls(objects + 1..<links.count, onlyIn: neutral, orFiltersNotByKey: ["filter", "exclude"]),
            links[(objects + 1)...].allSatisfy(\.isCall)
        else {
            return nil
        }
        guard let before else { return nil }
        var consumed = consumes(at: chain.start)
        // `orders = Order.objects.all()` … `return JsonResponse({"orders": list(orders)})`.
        if before.is("="), chain.start >= 2, tokens[chain.start - 2].kind == .identifier {
            consumed = consumedLater(
                tokens[chain.start - 2].text, after: chain.end, indent: tokens[chain.start - 2].indent)
        }
        return consumed ? UnboundedQueryRule.AllRows(link: links.count - 1, family: "django") : nil
    }

    /// The expression at `start` is returned, iterated, listed or serialized.
    private func consumes(at start: Int) -> Bool {
        guard start >= 1 else { return false }
        let previous = tokens[start - 1]
        if previous.kind == .identifier, previous.text == "in" { return true }
        if previous.kind == .identifier, previous.text == "return" || previous.text == "yield" {
            return inView(start)
        }
        guard previous.is("("), start >= 2, tokens[start - 2].kind == .identifier else { return false }
        let callee = tokens[start - 2].text
        return ["list", "tuple", "serialize", "jsonify", "dumps"].contains(callee)
            || callee.hasSuffix("Serializer")
            || callee.hasSuffix("Response")
    }

    /// The function around `token` is a view (`def index(request):`), not a queryset helper that
    /// callers refine (`get_queryset`, a `*_qs` property).
    private func inView(_ token: Int) -> Bool {
        let indent = tokens[token].indent
        guard let def = (0..<token).last(where: { tokens[$0].is("def") && tokens[$0].indent < indent }),
            def + 1 < token
        else {
            return false
        }
        let name = tokens[def + 1].text
        let header = (def + 1)..<min(token, def + 40)
        return name != "get_queryset" && !name.hasSuffix("_qs") && !name.hasSuffix("queryset")
            && header.contains { tokens[$0].is("request") }
    }

    /// The name is consumed whole before it is sliced, refined or reassigned, within its block.
    private func consumedLater(_ name: String, after end: Int, indent: Int) -> Bool {
        var cursor = end
        while cursor < tokens.count {
            let token = tokens[cursor]
            if token.startsLine, token.indent < indent { return false }
            if token.is(name) {
                let next = cursor + 1 < tokens.count ? tokens[cursor + 1] : nil
                if let next, next.is("[") || next.is(".") || next.is("=") { return false }
                if consumes(at: cursor) { return true }
            }
            cursor += 1
        }
        return false
    }

    func sqlalchemy() -> UnboundedQueryRule.AllRows? {
        guard let last = links.last, last.name == "all", last.isCall, isEmptyCall(links.count - 1) else {
            return nil
        }
        let bounders: Set<String> = [
            "where", "filter", "filter_by", "limit", "get", "offset", "slice", "fetch", "yield_per",
        ]
        // `session.query(Product)…`, or Flask-SQLAlchemy's `Product.query…`.
        if let query = index(of: ["query"]), links[query].isCall || query == 1 && isModelRoot {
            let neutral: Set<String> = [
                "join", "outerjoin", "options", "order_by", "distinct", "select_from", "all",
            ]
            guard
                calls(
                    query + 1..<links.count, onlyIn: neutral,
                    orFiltersNotByKey: ["filter", "filter_by", "where"])
            else { return nil }
            return UnboundedQueryRule.AllRows(link: links.count - 1, family: "sqlalchemy")
        }
        guard let run = index(of: ["scalars", "execute"]), links[run].isCall else { return nil }
        let inner = argumentIdentifiers(run)
        guard inner.contains("select"), !inner.contains(where: bounders.contains),
            calls(run + 1..<links.count, onlyIn: ["scalars", "all", "unique"])
        else { return nil }
        return UnboundedQueryRule.AllRows(link: links.count - 1, family: "sqlalchemy")
    }

    // MARK: - Ruby

    func activeRecord() -> UnboundedQueryRule.AllRows? {
        guard isModelRoot, links.count >= 2, links[1].separator == "." else { return nil }
        let neutral: Set<String> = [
            "all", "order", "includes", "preload", "eager_load", "joins", "left_joins", "reorder",
            "references",
            "with_attached_avatar",
        ]
        let consumers: Set<String> = [
            "each", "map", "collect", "to_a", "to_json", "as_json", "each_with_index", "each_with_object",
            "flat_map",
            "pluck", "group_by", "index_by", "sort_by",
        ]
        let filtersNotByKey = links.indices.dropFirst().filter {
            links[$0].name == "where" && !narrowsByKey($0)
        }
        guard
            let consumer = links.indices.dropFirst().first(where: {
                !neutral.contains(links[$0].name) && !filtersNotByKey.contains($0)
            })
        else {
            // `render json: User.all`, `@users = User.where(active: true)`.
            guard links.contains(where: { $0.name == "all" }) || !filtersNotByKey.isEmpty, let before else {
                return nil
            }
            let rendered = before.is(":") && chain.start >= 2 && tokens[chain.start - 2].text == "json"
            let assigned = before.is("=") && chain.start >= 2 && tokens[chain.start - 2].text.hasPrefix("@")
            let returned = before.is("return")
            return rendered || assigned || returned
                ? UnboundedQueryRule.AllRows(link: links.count - 1, family: "activerecord") : nil
        }
        guard consumers.contains(links[consumer].name), consumer >= 2 || links[1].name == "all" else {
            return nil
        }
        return UnboundedQueryRule.AllRows(link: consumer - 1, family: "activerecord")
    }

    // MARK: - JavaScript and TypeScript

    func javascript() -> UnboundedQueryRule.AllRows? {
        guard let last = links.indices.last(where: { links[$0].isCall }) else { return nil }
        let name = links[last].name
        let receivers = links.prefix(last).map(\.name)
        let family: String
        let bound: String
        switch name {
        case "findMany" where receivers.count >= 2:
            (family, bound) = ("prisma", "take")
        case "findAll" where isModelRoot && last == 1:
            (family, bound) = ("sequelize", "limit")
        case "find"
        where receivers.last.map({ $0.lowercased().contains("repo") }) == true
            || receivers.contains("getRepository"):
            (family, bound) = ("typeorm", "take")
        default:
            return nil
        }
        guard last == links.count - 1 || links[(last + 1)...].allSatisfy({ !$0.isCall }) else { return nil }
        if let arguments = links[last].arguments, !arguments.isEmpty {
            if tokens[arguments.lowerBound].kind != .punctuation || !tokens[arguments.lowerBound].is("{") {
                return nil
            }
            // `findAll({ where, ...options })`: the caller's options may carry the limit, and a
            // `where` built elsewhere cannot be read (it counts as narrowing, as in other ORMs).
            if arguments.contains(where: { tokens[$0].is("...") }) { return nil }
            let shorthandWhere = arguments.contains { index in
                tokens[index].is("where") && index + 1 < tokens.count
                    && (tokens[index + 1].is(",") || tokens[index + 1].is("}"))
            }
            if shorthandWhere { return nil }
            let names = file.identifiers(in: [arguments]).map(\.text)
            if names.contains(bound) || names.contains("cursor") || whereHasKey(arguments) { return nil }
        }
        return UnboundedQueryRule.AllRows(link: last, family: family)
    }
}
