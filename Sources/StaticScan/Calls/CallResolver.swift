/// Matches every chain of a file against the catalog, tracking what variables hold.
struct CallResolver {
    let tokens: [Token]
    let language: Language
    let catalog: CallCatalog
    let chains: [CallChain]
    let localValues: LocalValues
    /// Declared models and types of the repository, when the file is read with one.
    let repository: (any RepositoryKnowledge)?
    var bindings = Bindings()
    var calls: [CallSite] = []

    static let preparingMethods: Set<String> = [
        "prepare", "prepareStatement", "prepareCall", "Prepare", "PrepareContext", "SqlCommand",
        "NpgsqlCommand",
        "MySqlCommand", "SqliteCommand", "createNativeQuery", "createQuery", "text",
    ]

    static func resolve(
        tokens: [Token], language: Language, catalog: CallCatalog, chains: [CallChain],
        repository: (any RepositoryKnowledge)? = nil
    ) -> (calls: [CallSite], bindings: Bindings) {
        var resolver = CallResolver(
            tokens: tokens, language: language, catalog: catalog, chains: chains,
            localValues: LocalValues(tokens: tokens, language: language), repository: repository)
        resolver.bindSQLAssignments()
        for chain in chains { resolver.bindDeclaration(chain) }
        for chain in chains {
            let sites = resolver.resolve(chain)
            resolver.calls += sites
            resolver.bindAssignment(chain, sites: sites)
        }
        return (resolver.calls, resolver.bindings)
    }

    // MARK: - One chain

    private func resolve(_ chain: CallChain) -> [CallSite] {
        // `cache = {}; cache.get(key)`: a dictionary, not a client.
        if localValues.holdsInMemoryValue(chain) { return [] }
        var builderFamilies: Set<String> = []
        var lastBuilder: (link: Int, family: String)? = nil
        var builderSQL: String? = nil
        var sites: [CallSite] = []
        let allNames = chain.links.map(\.name)
        let firstCall = chain.links.firstIndex(where: \.isCall) ?? chain.links.count
        for index in chain.links.indices where chain.links[index].isCall {
            let names = chain.receiverNames(of: index, in: allNames)
            var bound: Set<String> = []
            for name in names.suffix(3) {
                switch bindings.value(of: name, at: chain.links[index].token) {
                case .client(let family): bound.insert(family)
                case .builder(let family): builderFamilies.insert(family)
                default: continue
                }
            }
            let context = ReceiverContext(
                names: names, callBefore: firstCall < index, bound: bound,
                builders: builderFamilies,
                declaredModel: declaredModel(names))
            guard let (entry, rank) = bestEntry(for: chain, link: index, context: context) else { continue }
            let nameOnly = rank <= ReceiverContext.anyReceiverRank
            switch entry.role {
            case .builder:
                builderFamilies.insert(entry.family)
                lastBuilder = (index, entry.family)
                // `db.prepare("SELECT …").bind(id).all()`: the statement the builder was given.
                builderSQL = builderSQL ?? sqlLiteral(chain, link: index)
            case .call(let kind):
                let sql =
                    sqlLiteral(chain, link: index)
                    ?? (builderFamilies.contains(entry.family) ? builderSQL : nil)
                let resolved = kind.isDatabase ? sql.flatMap(SQLText.kind(of:)) ?? kind : kind
                sites.append(
                    CallSite(
                        chain: chain, link: index, kind: resolved, family: entry.family, executes: true,
                        sql: sql, knownByMethodNameOnly: nameOnly))
            case .rawSQL:
                guard let sql = sqlLiteral(chain, link: index), let kind = SQLText.kind(of: sql) else {
                    continue
                }
                sites.append(
                    CallSite(
                        chain: chain, link: index, kind: kind, family: entry.family, executes: true,
                        sql: sql))
            case .bind:
                continue
            }
        }
        // One call per family and chain: `find(1).update(…)` is the update.
        var kept: [CallSite] = []
        for site in sites.reversed() where !kept.contains(where: { $0.family == site.family }) {
            kept.insert(site, at: 0)
        }
        // …and one per kind: `db.QueryRow(…).Scan(…)` is one query, whoever else knows `Scan`.
        var kinds: Set<CallKind> = []
        kept = kept.filter { kinds.insert($0.kind).inserted }
        if let lastBuilder, !kept.contains(where: { $0.link > lastBuilder.link && $0.kind.isDatabase }) {
            // `await knex("users").where(…)` runs the query it builds.
            let awaited =
                chain.start > 0 && tokens[chain.start - 1].is("await")
                && (language == .javascript || language == .typescript)
            kept.append(
                CallSite(
                    chain: chain, link: lastBuilder.link, kind: .dbRead, family: lastBuilder.family,
                    executes: awaited, sql: sqlLiteral(chain, link: lastBuilder.link)))
        }
        return kept
    }

    /// What the repository declares the receiver as: its last name's declaration, or a model
    /// when the chain starts at a declared model and goes through scopes (`Account.enabled`).
    private func declaredModel(_ names: ArraySlice<String>) -> Bool? {
        guard let repository, let last = names.last else { return nil }
        if let known = repository.declaresModel(last, language: language) { return known }
        guard names.count > 1, let first = names.first,
            repository.declaresModel(first, language: language) == true,
            names.dropFirst().allSatisfy({ $0.first?.isLowercase ?? false })
        else { return nil }
        return true
    }

    /// The catalog line that matches the call most specifically, with its rank.
    private func bestEntry(for chain: CallChain, link linkIndex: Int, context: ReceiverContext)
        -> (CatalogEntry, Int)?
    {
        let link = chain.links[linkIndex]
        var best: (rank: Int, order: Int, entry: CatalogEntry)? = nil
        let languageBit = language.bit
        lazy var hasSQL = sqlLiteral(chain, link: linkIndex).flatMap(SQLText.kind(of:)) != nil
        for index in catalog.candidates(for: link.name, receiverBound: !context.bound.isEmpty) {
            let compiled = catalog.entries[index]
            let entry = compiled.entry
            guard compiled.languageBits & languageBit != 0 else { continue }
            if !entry.firstArguments.isEmpty, let required = entry.firstArguments[link.name] {
                // `all()` requires no arguments; `insert(db)` requires `db` first.
                let mismatch =
                    required.isEmpty
                    ? !(link.arguments?.isEmpty ?? true) : firstArgument(of: link) != required
                if mismatch { continue }
            }
            if entry.role == .rawSQL, !hasSQL { continue }
            // `img.save("out.png")`: an instance method given a literal string is not an ORM call.
            if case .call(let kind) = entry.role, kind.isDatabase, entry.receivers == [.any],
                let arguments = link.arguments, !arguments.isEmpty,
                tokens[arguments.lowerBound].kind == .string
            {
                continue
            }
            var rank = 0
            for receiver in entry.receivers {
                rank = max(rank, context.rank(of: receiver, family: entry.family))
            }
            guard rank > 0 else { continue }
            if best == nil || rank > best?.rank ?? 0
                || (rank == best?.rank && compiled.order < best?.order ?? 0)
            {
                best = (rank, compiled.order, entry)
            }
        }
        return best.map { ($0.entry, $0.rank) }
    }

    private func firstArgument(of link: ChainLink) -> String? {
        guard let arguments = link.arguments, !arguments.isEmpty else { return nil }
        return tokens[arguments.lowerBound].text
    }

    /// The SQL literal among the link's first arguments, or held by a name passed or called on.
    private func sqlLiteral(_ chain: CallChain, link: Int) -> String? {
        let item = chain.links[link]
        if let arguments = item.arguments {
            for index in arguments.prefix(64) where tokens[index].kind == .string {
                if SQLText.kind(of: tokens[index].text) != nil { return tokens[index].text }
            }
            if let first = arguments.first, tokens[first].kind == .identifier,
                let sql = bindings.sql(of: tokens[first].text, at: first)
            {
                return sql
            }
        }
        for receiver in chain.links[max(0, link - 2)..<link] {
            if let sql = bindings.sql(of: receiver.name, at: item.token) { return sql }
        }
        return nil
    }
}
