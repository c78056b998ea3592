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
        /// The name holding the rows read (`journals` for `journal = journals.detect {…}`), if any.
        var rows: String? = nil
        /// How the change brings the read in, when it does (see ``ChangedReads``).
        var introduced: ChangedReads.Introduction? = nil
        /// Some query of the repository eager-loads the association: the read is reported only
        /// because the change introduces it.
        var loadedElsewhere = false
    }

    static func inLoops(of file: AnalyzedFile, repository: any RepositoryKnowledge) -> [Read] {
        var result: [Read] = []
        // A browser store's models hold what the page fetched; no association loads from there.
        if file.runsInBrowser { return result }
        // A template's loops iterate rows a view or controller supplies.
        let isTemplate = file.template != nil
        for (index, loop) in file.loops.enumerated() {
            let facts = file.loopFacts[index]
            // A template rendered per item: its whole body runs per item, held by the names it is given.
            // A serializer method runs per object of a list: its object parameter is the item.
            let serializer = file.isSerializerLoop(index)
            let perItem = index == file.implicitLoop || serializer
            guard facts.amplifies, let iterable = loop.iterable ?? (perItem ? 0..<0 : nil) else { continue }
            let overRows = !serializer && iteratesQueryRows(loop: index, in: file, repository: repository)
            let itemsAreRows = overRows || isTemplate || serializer || isBoundToQuery(iterable, in: file)
            // `journal = journals.detect { … }`: one row of a query picked per iteration.
            let picked = pickedRows(in: loop, file: file)
            guard itemsAreRows || !picked.isEmpty,
                !PlainObjects.holds(iterable, in: file, repository: repository)
            else { continue }
            let loaded = EagerLoading.relations(loadedBy: iterable, in: file)
                .union(eagerLoadsOfCalls(in: iterable, file: file, repository: repository))
                .union(preloaded(iterable, before: loop.header, in: file))
                .union(EagerLoading.prefetched(for: iterable, before: loop.header, in: file))
            let variables = Set(loop.variables.map { String($0.drop(while: { $0 == "$" })) })
                .union(perItem ? file.template?.itemNames ?? [] : [])
            let owner = ownerOfAssociation(iterated: iterable, in: file, repository: repository)
            for chain in loop.body.flatMap(file.chains(startingIn:)) where chain.links.count >= 2 {
                let root = String(chain.links[0].name.drop(while: { $0 == "$" }))
                guard file.loop(containing: chain.start) == index else { continue }
                let loadedHere: Set<String>
                let rows: String?
                if itemsAreRows, variables.contains(root) {
                    loadedHere = loaded
                    rows = iterable.first { file.tokens[$0].kind == .identifier }.map { file.tokens[$0].text }
                } else if let source = picked[root] {
                    loadedHere = EagerLoading.relations(loadedBy: source..<(source + 1), in: file)
                    rows = file.tokens[source].text
                } else {
                    continue
                }
                let fromQuery = overRows || picked[root] != nil
                let association = readName(chain.links[1], in: file)
                let eagerElsewhere =
                    !fromQuery
                    && association.map { repository.isEagerLoadedAnywhere($0, language: file.language) }
                        == true
                let introduced = association.flatMap {
                    eagerElsewhere
                        ? ChangedReads.introduction(
                            of: $0, on: root, at: chain.start, in: loop.span, file: file) : nil
                }
                guard let association,
                    isLoadedOnRead(chain.links[1], association, readOn: root, in: file, repository),
                    !(variables.contains(root) && owner.map { isOwner(association, held: $0) } == true),
                    !EagerLoading.contains(association.lowercased(), in: loadedHere),
                    // Rows that do not come from a query here come from a caller, a view or a
                    // controller: eager loading there counts, also for a partial rendered per item
                    // (judged on real apps, its callers' queries eager-loaded it 9 times in 10),
                    // unless the change brings the read in.
                    !eagerElsewhere || introduced != nil,
                    !file.calls(in: chain.start..<chain.end).contains(where: { $0.chain.start == chain.start }
                    ),
                    // `item.author = x` assigns; `item.tags.add(x)` calls the association (HF101/HF102).
                    !isAssigned(chain, in: file), !isComparedWithConstant(chain, in: file),
                    !EagerLoading.isCheckedLoaded(
                        association, of: root, before: chain.start, in: loop.span, file: file),
                    readsLoaded(chain, in: file)
                        || !chain.links.dropFirst(2).contains(where: { !iteratesInMemory($0, in: file) })
                else {
                    if overRows, variables.contains(root),
                        let model = rowModel(of: iterable, in: file, repository),
                        var read = methodRead(
                            chain, model: model, loop: index, loaded: loadedHere, file, repository)
                    {
                        read.rows = rows
                        result.append(read)
                    }
                    continue
                }
                let deeper = chain.links.count >= 3
                result.append(
                    Read(
                        loop: index, token: chain.start, association: association,
                        text: chain.text(through: 1),
                        confidence: eagerElsewhere ? .low : overRows && deeper ? .high : .medium, rows: rows,
                        introduced: introduced
                            ?? ChangedReads.introduction(
                                of: association, on: root, at: chain.start, in: loop.span, file: file),
                        loadedElsewhere: eagerElsewhere))
            }
            if itemsAreRows {
                let rows = iterable.first { file.tokens[$0].kind == .identifier }.map { file.tokens[$0].text }
                result += interpolatedReads(
                    in: loop, index, of: variables, loaded: loaded, fromQuery: overRows, rows: rows, file,
                    repository)
            }
        }
        return withoutRereads(result, in: file)
    }

    /// Drops a read of an association on rows that an earlier loop over the same name, bound by the
    /// same assignment, already read it on: the rows are the same objects, holding what the first
    /// loop loaded (netbox `all([ct.termination … for ct in terminations])`, then
    /// `[node(ct.termination) for ct in terminations]`). The first loop's read is the N+1.
    private static func withoutRereads(_ reads: [Read], in file: AnalyzedFile) -> [Read] {
        var first: [String: Int] = [:]
        return reads.filter { read in
            guard let iterable = file.loops[read.loop].iterable, iterable.count == 1,
                file.tokens[iterable.lowerBound].kind == .identifier,
                let binding = EagerLoading.assignedExpression(of: iterable.lowerBound, in: file)
            else { return true }
            let key = "\(binding.lowerBound):\(read.association.lowercased())"
            let loop = first[key, default: read.loop]
            first[key] = loop
            return loop == read.loop
        }
    }

    /// Association reads written in the interpolations of the strings of loop `index`
    /// (`"${book.series?.title}"`, `` `${(await post.author).name}` ``) on its item.
    private static func interpolatedReads(
        in loop: Loop, _ index: Int, of variables: Set<String>, loaded: Set<String>, fromQuery: Bool,
        rows: String?, _ file: AnalyzedFile, _ repository: any RepositoryKnowledge
    ) -> [Read] {
        var reads: [Read] = []
        for range in loop.body {
            for token in range.clamped(to: 0..<file.tokens.count)
            where file.tokens[token].kind == .string && file.loop(containing: token) == index {
                for (receiver, member) in Interpolation.memberReads(in: file.tokens[token].text)
                where variables.contains(receiver) && !EagerLoading.contains(member.lowercased(), in: loaded)
                    && repository.isLazyAssociation(member, readOn: receiver, language: file.language)
                {
                    let eagerElsewhere =
                        !fromQuery && repository.isEagerLoadedAnywhere(member, language: file.language)
                    let introduced =
                        eagerElsewhere
                        ? ChangedReads.introduction(
                            of: member, on: receiver, at: token, in: loop.span, file: file)
                        : nil
                    guard !eagerElsewhere || introduced != nil else { continue }
                    reads.append(
                        Read(
                            loop: index, token: token, association: member, text: "\(receiver).\(member)",
                            confidence: eagerElsewhere ? .low : .medium, rows: rows, introduced: introduced,
                            loadedElsewhere: eagerElsewhere))
                }
            }
        }
        return reads
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

    /// The model whose rows `iterable` holds: a model named in it (`Changeset.where(…)`), or in
    /// what its first name was assigned from (`changesets = Changeset.all`, then
    /// `changesets = narrow(changesets)`), followed back a few assignments.
    private static func rowModel(
        of iterable: Range<Int>, in file: AnalyzedFile, _ repository: any RepositoryKnowledge
    ) -> String? {
        let tokens = file.tokens
        // `project.attachments`: rows of the association's model, not of the receiver's.
        if let last = iterable.last(where: { tokens[$0].kind == .identifier }), last > iterable.lowerBound,
            repository.isAssociation(tokens[last].text, language: file.language)
        {
            return repository.model(ofAssociation: tokens[last].text, language: file.language)
        }
        var expression = iterable
        var name = expression.first(where: { tokens[$0].kind == .identifier })
        for _ in 0..<8 {
            for token in expression.clamped(to: 0..<tokens.count)
            where tokens[token].kind == .identifier && tokens[token].text.first?.isUppercase == true
                && repository.declaresModel(tokens[token].text, language: file.language) == true
            {
                return tokens[token].text
            }
            guard let current = name, let assigned = EagerLoading.assignedExpression(of: current, in: file)
            else {
                return nil
            }
            expression = assigned
            // `changesets = narrow(changesets)`: look further back from this assignment's own name.
            let reassigned = assigned.contains { tokens[$0].is(tokens[current].text) }
            name =
                reassigned
                ? assigned.lowerBound - 2 : assigned.first(where: { tokens[$0].kind == .identifier })
        }
        return nil
    }

    /// Languages whose ORMs hand the rows of `owner.items` their owner in memory: Rails' automatic
    /// `inverse_of`, Django's related managers, SQLAlchemy's and JPA's identity maps, EF Core's
    /// fix-up, Core Data's inverse relationships. Eloquent, Sequelize, TypeORM, GORM and Ecto do not.
    static let ownerSetInMemory: Set<Language> = [.ruby, .python, .java, .kotlin, .csharp, .swift]

    /// The name holding the owner of the association a loop iterates (`project` in
    /// `@project.issues.each`, `author` in `author.book_set.all()`), where the ORM sets each row's
    /// reference back to it without a query.
    private static func ownerOfAssociation(
        iterated iterable: Range<Int>, in file: AnalyzedFile, repository: any RepositoryKnowledge
    ) -> String? {
        guard ownerSetInMemory.contains(file.language) else { return nil }
        for chain in file.chains(startingIn: iterable) {
            for link in chain.links.indices.dropFirst() {
                guard let association = associationName(chain.links[link], language: file.language),
                    repository.isAssociation(association, language: file.language)
                else { continue }
                let receiver = chain.links[link - 1].name.drop(while: { $0 == "@" || $0 == "$" })
                return receiver == "self" || receiver == "this" ? nil : String(receiver)
            }
        }
        return nil
    }

    /// Whether an association read on a row is the owner the rows were read from, held by `owner`:
    /// `project` on `@project.issues` or `@source_project.issues`, `order` on `order.getItems()`.
    private static func isOwner(_ association: String, held owner: String) -> Bool {
        let read = association.lowercased()
        let holder = owner.lowercased()
        return holder == read || holder.hasSuffix("_" + read)
            || (owner.hasSuffix(association.prefix(1).uppercased() + association.dropFirst())
                && owner.count > association.count)
    }

    /// `item.to_xml_node` whose method on the rows' model reads a lazy association on its own
    /// object (`user`, `tags`) that the rows were not loaded with: one query per item, one hop away.
    private static func methodRead(
        _ chain: CallChain, model: String, loop: Int, loaded: Set<String>, _ file: AnalyzedFile,
        _ repository: any RepositoryKnowledge
    ) -> Read? {
        let link = chain.links[1]
        guard file.language == .ruby, link.isCall, chain.links.count == 2,
            !repository.isAssociation(link.name, language: file.language),
            !file.calls(in: chain.start..<chain.end).contains(where: { $0.chain.start == chain.start }),
            let association = repository.associationsRead(
                byMethod: link.name, of: model, language: file.language
            )
            .first(where: { !EagerLoading.contains($0.lowercased(), in: loaded) })
        else { return nil }
        return Read(
            loop: loop, token: chain.start, association: association,
            text: chain.text(through: 1) + " → " + association, confidence: .medium)
    }

    /// A link that runs a Ruby enumerable on loaded rows with a block argument
    /// (`item.adjustments.select(&:promotion?)`): the association before it is loaded whole.
    /// A link without arguments counts too (`item.tags.first`).
    private static func iteratesInMemory(_ link: ChainLink, in file: AnalyzedFile) -> Bool {
        guard let arguments = link.arguments, !arguments.isEmpty else { return true }
        return file.language == .ruby && file.tokens.indices.contains(arguments.lowerBound)
            && file.tokens[arguments.lowerBound].is("&")
    }

    /// Ruby methods picking one element of rows (`rows.detect { … }`, `rows.first`).
    static let pickingMethods: Set<String> = ["detect", "find", "first", "last", "min_by", "max_by"]

    /// Names a loop body assigns one element of a query's rows to (`journal = journals.detect {…}`
    /// where `journals = Journal.where(…).to_a`), with the token naming those rows.
    private static func pickedRows(in loop: Loop, file: AnalyzedFile) -> [String: Int] {
        guard file.language == .ruby else { return [:] }
        let tokens = file.tokens
        var result: [String: Int] = [:]
        for range in loop.body {
            for index in range.clamped(to: 0..<max(0, tokens.count - 4))
            where tokens[index].kind == .identifier && tokens[index + 1].is("=")
                && tokens[index + 2].kind == .identifier && tokens[index + 3].is(".")
                && pickingMethods.contains(tokens[index + 4].text)
                && isBoundToQuery((index + 2)..<(index + 3), in: file)
            {
                result[tokens[index].text] = index + 2
            }
        }
        return result
    }

    /// Tokens looked back from a loop for a preloader call on its rows.
    static let preloaderReach = 400

    /// What a Ruby `ActiveRecord::Associations::Preloader.new(records: items, associations: …)`
    /// shortly before the loop loads on the rows of the name it iterates.
    private static func preloaded(_ iterable: Range<Int>, before header: Int, in file: AnalyzedFile)
        -> Set<String>
    {
        let tokens = file.tokens
        guard file.language == .ruby, iterable.count == 1, tokens[iterable.lowerBound].kind == .identifier
        else { return [] }
        let rows = tokens[iterable.lowerBound].text
        var result: Set<String> = []
        for index in stride(from: header - 1, to: max(0, header - preloaderReach), by: -1)
        where tokens[index].is("Preloader") && index + 3 < tokens.count && tokens[index + 2].is("new")
            && tokens[index + 3].is("(")
        {
            guard let close = file.brackets.partner(of: index + 3) else { continue }
            let arguments = (index + 4)..<close
            guard
                arguments.contains(where: {
                    tokens[$0].is("records") && $0 + 2 < close && tokens[$0 + 2].is(rows)
                }),
                let key = arguments.first(where: { tokens[$0].is("associations") && tokens[$0 + 1].is(":") })
            else { continue }
            var value = (key + 2)..<min(key + 4, close)
            if tokens[key + 2].is("[") || tokens[key + 2].is("{"),
                let end = file.brackets.partner(of: key + 2)
            {
                value = (key + 3)..<end
            }
            result.formUnion(EagerLoading.names(in: value, tokens: tokens, allSegments: true))
        }
        return result
    }

    /// An Eloquent relation read as a property (`$entity->book->getShortName(42)`) loads it
    /// whatever is called on it next; only the method (`$entity->book()->…`) builds a query.
    private static func readsLoaded(_ chain: CallChain, in file: AnalyzedFile) -> Bool {
        file.language == .php && !chain.links[1].isCall
    }

    /// Whether `chain` is the target of an assignment (`item.author = user`).
    private static func isAssigned(_ chain: CallChain, in file: AnalyzedFile) -> Bool {
        chain.end < file.tokens.count && file.tokens[chain.end].is("=")
    }

    /// The association a link reads, also through Ruby's `try(:user)` and `public_send(:user)`.
    static func readName(_ link: ChainLink, in file: AnalyzedFile) -> String? {
        if file.language == .ruby, link.name == "try" || link.name == "public_send",
            let arguments = link.arguments, arguments.count == 2, file.tokens[arguments.lowerBound].is(":")
        {
            return file.tokens[arguments.lowerBound + 1].text
        }
        return associationName(link, language: file.language)
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
        return symbol || IdentifierShape.isConstant(word)
    }

    /// Whether reading `link` (named for `association`) on `receiver` loads the association: an
    /// attribute of a lazily loaded association, or a JavaScript ORM's getter (Sequelize
    /// `post.getAuthor()`), which loads whatever the association's attribute holds.
    private static func isLoadedOnRead(
        _ link: ChainLink, _ association: String, readOn receiver: String, in file: AnalyzedFile,
        _ repository: any RepositoryKnowledge
    ) -> Bool {
        if link.isCall, file.language == .javascript || file.language == .typescript {
            return repository.isAssociation(association, language: file.language)
        }
        return repository.isLazyAssociation(association, readOn: receiver, language: file.language)
    }

    /// The association a link reads: an attribute (`author`), a Ruby call without arguments, or
    /// a getter (`getPayer()` → payer) in Java, Kotlin and JavaScript; nil for other calls.
    static func associationName(_ link: ChainLink, language: Language) -> String? {
        guard link.isCall else { return link.name }
        let noArguments = link.arguments?.isEmpty ?? true
        guard noArguments else { return nil }
        if language == .ruby { return link.name }
        let getters: Set<Language> = [.java, .kotlin, .javascript, .typescript]
        if getters.contains(language), link.name.hasPrefix("get"), link.name.count > 3 {
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
        if last > iterable.lowerBound {
            // `issue.journals`, not a key named like one (`assoc[:journals]`, `opts.fetch(:journals)`).
            return file.tokens.isMemberAccess(at: last - 1, in: file.language)
                && repository.isLazyAssociation(file.tokens[last].text, language: file.language)
                && !isFieldOfPlainClass(iterable, in: file, repository: repository)
        }
        // Ruby `all_items = line_items + shipments`: a name assigned from associations.
        guard file.language == .ruby, iterable.count == 1,
            let assigned = EagerLoading.assignedExpression(of: iterable.lowerBound, in: file)
        else { return false }
        return assigned.contains { token in
            file.tokens[token].kind == .identifier
                && repository.isLazyAssociation(file.tokens[token].text, language: file.language)
                && !(token > 0 && file.tokens[token - 1].is(":"))
                && !(token + 1 < file.tokens.count && file.tokens[token + 1].is("("))
        }
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
            for link in chain.links.indices
            where chain.links[link].isCall && chain.links[link].token < expression.upperBound {
                let name = chain.links[link].name.lowercased()
                // A bare call's name says little (`list(…)`, `filter(…)`): only what it reaches counts.
                if link > 0, finderPrefixes.contains(where: { name.hasPrefix($0) }) { return true }
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
            for link in chain.links.indices where chain.links[link].isCall || link > 0 {
                let loads = repository.eagerLoads(of: chain, link: link, in: file)
                result.formUnion(loads)
                // A Ruby named scope the resolution could not place (`scope :sorted, -> { includes(
                // :principal) }`): on an association's rows (`@project.memberships.preload(…).sorted`)
                // the scope of the association's model (`Member.sorted`), else by its name when every
                // scope or method so named loads the same associations.
                if loads.isEmpty, file.language == .ruby, link > 0,
                    !repository.isAssociation(chain.links[link].name, language: .ruby)
                {
                    let name = chain.links[link].name
                    let owned = rowModel(ofLinksBefore: link, in: chain, repository).map {
                        repository.eagerLoads(ofFunctionNamed: name, owner: $0, language: .ruby)
                    }
                    result.formUnion(
                        owned.flatMap { $0.isEmpty ? nil : $0 }
                            ?? repository.eagerLoads(ofFunctionNamed: name, owner: nil, language: .ruby))
                }
            }
        }
        return result
    }

    /// The model whose rows the links of `chain` before `link` hold: the model an association
    /// among them is named after (`memberships` → Member), else a model named at its root.
    private static func rowModel(
        ofLinksBefore link: Int, in chain: CallChain, _ repository: any RepositoryKnowledge
    ) -> String? {
        for earlier in stride(from: link - 1, through: 0, by: -1) {
            let name = chain.links[earlier].name
            if earlier > 0, repository.isAssociation(name, language: .ruby) {
                return repository.model(ofAssociation: name, language: .ruby)
            }
            if earlier == 0, repository.declaresModel(name, language: .ruby) == true { return name }
        }
        return nil
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
