/// Association reads (`item.author`, `$reply->user`, `invoice.getPayer()`) per item of loops over
/// rows, where the rows were not eager-loaded with that association.
struct AssociationReads {
    struct Read {
        var loop: Int
        var token: Int
        var association: String
        /// The chain as written up to the association (`comment.author`).
        var text: String
        var confidence: Confidence
    }

    static func inLoops(of file: AnalyzedFile, repository: any RepositoryKnowledge) -> [Read] {
        var result: [Read] = []
        // A browser store's models hold what the page fetched; no association loads from there.
        if file.runsInBrowser { return result }
        // A template's loops iterate rows a view or controller supplies.
        let isTemplate = file.template != nil
        for (index, loop) in file.loops.enumerated() {
            let facts = file.loopFacts[index]
            guard facts.amplifies, let iterable = loop.iterable else { continue }
            let overRows = iteratesQueryRows(loop: index, in: file, repository: repository)
            guard overRows || isTemplate || isBoundToQuery(iterable, in: file) else { continue }
            let loaded = EagerLoading.relations(loadedBy: iterable, in: file)
                .union(eagerLoadsOfCalls(in: iterable, file: file, repository: repository))
            let variables = Set(loop.variables.map { String($0.drop(while: { $0 == "$" })) })
            for chain in loop.body.flatMap(file.chains(startingIn:)) where chain.links.count >= 2 {
                guard file.loop(containing: chain.start) == index,
                    variables.contains(String(chain.links[0].name.drop(while: { $0 == "$" }))),
                    let association = associationName(chain.links[1], language: file.language),
                    repository.isLazyAssociation(association, language: file.language),
                    !loaded.contains(association.lowercased()),
                    // A template's rows come from a view or controller: eager loading there counts.
                    overRows || !repository.isEagerLoadedAnywhere(association, language: file.language),
                    !file.calls(in: chain.start..<chain.end).contains(where: { $0.chain.start == chain.start }
                    ),
                    // `item.author = x` assigns; `item.tags.add(x)` calls the association (HF101/HF102).
                    !isAssigned(chain, in: file), !isComparedWithConstant(chain, in: file),
                    !chain.links.dropFirst(2).contains(where: { !($0.arguments?.isEmpty ?? true) })
                else { continue }
                let deeper = chain.links.count >= 3
                result.append(
                    Read(
                        loop: index, token: chain.start, association: association,
                        text: chain.text(through: 1),
                        confidence: overRows && deeper ? .high : .medium))
            }
        }
        return result
    }

    /// Whether loop `index` iterates rows: a query's result, an association, what a finder or a
    /// repository query function returns, or a name bound to a query.
    static func iteratesRows(loop index: Int, in file: AnalyzedFile, repository: any RepositoryKnowledge)
        -> Bool
    {
        guard let iterable = file.loops[index].iterable else { return false }
        return iteratesQueryRows(loop: index, in: file, repository: repository)
            || isBoundToQuery(iterable, in: file)
    }

    private static func iteratesQueryRows(
        loop index: Int, in file: AnalyzedFile, repository: any RepositoryKnowledge
    )
        -> Bool
    {
        guard let iterable = file.loops[index].iterable else { return false }
        return file.loopFacts[index].iteratesCallResult
            || iteratesAssociation(iterable, in: file, repository: repository)
            || iteratesFinder(iterable, in: file, repository: repository)
    }

    /// Whether `chain` is the target of an assignment (`item.author = user`).
    private static func isAssigned(_ chain: CallChain, in file: AnalyzedFile) -> Bool {
        chain.end < file.tokens.count && file.tokens[chain.end].is("=")
    }

    /// `u.status == User::STATUS_ACTIVE`, `o.kind === "gift"`, `t.state != 3`: a value compared with
    /// a literal or a constant is a column, whatever another model calls an association of that name.
    static func isComparedWithConstant(_ chain: CallChain, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        guard chain.links.count == 2, chain.end + 1 < tokens.count,
            ["==", "!=", "===", "!==", "<>"].contains(tokens[chain.end].text),
            tokens[chain.end].kind == .punctuation
        else { return false }
        var cursor = chain.end + 1
        if tokens[cursor].kind == .string || tokens[cursor].kind == .number { return true }
        // `User::STATUS_ACTIVE`, `Status.ACTIVE`, `:active`: the last name of a constant path.
        while cursor + 2 < tokens.count, tokens[cursor].kind == .identifier,
            tokens[cursor + 1].is("::") || tokens[cursor + 1].is("."),
            tokens[cursor + 2].kind == .identifier
        {
            cursor += 2
        }
        let word = tokens[cursor].text.drop(while: { $0 == ":" })
        guard tokens[cursor].kind == .identifier, word.count >= 2 else { return false }
        let symbol = tokens[cursor].text.hasPrefix(":") && file.language == .ruby
        let constant = word.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
        return symbol || constant
    }

    /// The association a link reads: an attribute (`author`), a Ruby call without arguments, or
    /// a Java/Kotlin getter (`getPayer()` → payer); nil for other calls.
    static func associationName(_ link: ChainLink, language: Language) -> String? {
        guard link.isCall else { return link.name }
        let noArguments = link.arguments?.isEmpty ?? true
        guard noArguments else { return nil }
        if language == .ruby { return link.name }
        if language == .java || language == .kotlin, link.name.hasPrefix("get"), link.name.count > 3 {
            let rest = link.name.dropFirst(3)
            return rest.prefix(1).lowercased() + rest.dropFirst()
        }
        return nil
    }

    /// `order.line_items.each`, `project.members`: the loop iterates an association's rows.
    private static func iteratesAssociation(
        _ iterable: Range<Int>, in file: AnalyzedFile, repository: any RepositoryKnowledge
    ) -> Bool {
        guard let last = iterable.last(where: { file.tokens[$0].kind == .identifier }) else { return false }
        return last > iterable.lowerBound
            && repository.isLazyAssociation(file.tokens[last].text, language: file.language)
            && !isFieldOfPlainClass(iterable, in: file, repository: repository)
    }

    /// `self.fulfillments` in a Python class the repository declares and that is no model (a
    /// dataclass, a mutation's working state): a list field holding objects in memory, whatever a
    /// model elsewhere calls an association of that name.
    private static func isFieldOfPlainClass(
        _ iterable: Range<Int>, in file: AnalyzedFile, repository: any RepositoryKnowledge
    ) -> Bool {
        let tokens = file.tokens
        guard file.language == .python, iterable.count == 3, tokens[iterable.lowerBound].is("self"),
            tokens[iterable.lowerBound + 1].is(".")
        else { return false }
        var indent = Int.max
        var cursor = iterable.lowerBound
        while cursor > 0 {
            cursor -= 1
            let token = tokens[cursor]
            guard token.startsLine, token.indent < indent else { continue }
            indent = token.indent
            if token.is("class"), cursor + 1 < tokens.count {
                return repository.declaresModel(tokens[cursor + 1].text, language: file.language) == false
            }
            if indent == 0 { return false }
        }
        return false
    }

    /// Method names that return rows (`findAll`, `getVisits`, `list_orders`, `search`).
    static let finderPrefixes = [
        "find", "get", "list", "fetch", "load", "all", "search", "query", "select", "where",
    ]

    /// `invoices.findAll()`, `repo.findByVetId(vet)`: the loop iterates what a finder method or a
    /// repository function doing a query returns.
    private static func iteratesFinder(
        _ iterable: Range<Int>, in file: AnalyzedFile, repository: any RepositoryKnowledge
    ) -> Bool {
        var expression = iterable
        if iterable.count == 1, file.tokens[iterable.lowerBound].kind == .identifier,
            let assigned = EagerLoading.assignedExpression(of: iterable.lowerBound, in: file)
        {
            expression = assigned
        }
        // Any call inside the expression (`findAll` in `pets.findAll().forEach`).
        for chain in file.chains(startingIn: expression) {
            for link in chain.links.indices.dropFirst()
            where chain.links[link].isCall && chain.links[link].token < expression.upperBound {
                let name = chain.links[link].name.lowercased()
                if finderPrefixes.contains(where: { name.hasPrefix($0) }) { return true }
                if repository.ioPath(of: chain, link: link, in: file)?.kind == .dbRead { return true }
            }
        }
        return false
    }

    /// What the repository functions called in `iterable` (or in the expression a single name
    /// there was assigned from) eager-load with the rows they return.
    private static func eagerLoadsOfCalls(
        in iterable: Range<Int>, file: AnalyzedFile, repository: any RepositoryKnowledge
    ) -> Set<String> {
        var expression = iterable
        if iterable.count == 1, file.tokens[iterable.lowerBound].kind == .identifier,
            let assigned = EagerLoading.assignedExpression(of: iterable.lowerBound, in: file)
        {
            expression = assigned
        }
        var result: Set<String> = []
        for chain in file.chains(startingIn: expression) {
            for link in chain.links.indices where chain.links[link].isCall {
                result.formUnion(repository.eagerLoads(of: chain, link: link, in: file))
            }
        }
        return result
    }

    /// A loop over a name the file bound to a query or its result.
    private static func isBoundToQuery(_ iterable: Range<Int>, in file: AnalyzedFile) -> Bool {
        guard iterable.count == 1, file.tokens[iterable.lowerBound].kind == .identifier else { return false }
        let token = iterable.lowerBound
        switch file.bindings.value(of: file.tokens[token].text, at: token) {
        case .builder: return true
        case .result(let kind): return kind == .dbRead
        default: return false
        }
    }
}
