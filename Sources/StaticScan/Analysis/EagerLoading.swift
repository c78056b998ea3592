/// Relations a query loads up front (`prefetch_related("items")`, `includes(:items)`,
/// `Include(o => o.Items)`, `include: { items: true }`), so that reading `order.items` in a loop
/// over that query reads memory, not the database.
public enum EagerLoading {
    /// Methods whose arguments name relations loaded with the query.
    static let methods: Set<String> = [
        "prefetch_related", "select_related", "includes", "preload", "eager_load", "Include", "ThenInclude",
        "Preload", "Joins", "with", "load", "eagerLoad", "leftJoinAndSelect", "innerJoinAndSelect", "eager",
        "eager_graph", "prefetch", "includes_all",
    ]
    /// SQLAlchemy loader options that load a relation with the query.
    static let loaderOptions: Set<String> = [
        "selectinload", "joinedload", "subqueryload", "contains_eager", "immediateload",
    ]
    /// Keys of an options object that list relations (Prisma `include:`, TypeORM `relations:`,
    /// Rails finder options `includes: [:author]` and `:include => [:author]`).
    static let optionKeys: Set<String> = [
        "include", "relations", "with", "includes", "preload", "eager_load",
    ]

    /// The token after an option key at `index` (`include:` or Ruby's `:include =>`), nil when
    /// `index` is no option key.
    static func optionValue(at index: Int, in tokens: [Token]) -> Int? {
        let token = tokens[index]
        guard token.kind == .identifier, optionKeys.contains(token.text), index + 2 < tokens.count else {
            return nil
        }
        if tokens[index + 1].is(":") { return index + 2 }
        if index > 0, tokens[index - 1].is(":"), tokens[index + 1].is("=>") { return index + 2 }
        return nil
    }
    /// Calls that ask whether a row's relation is loaded, the relation named by their first
    /// argument (Laravel `$page->relationLoaded('book')`, Rails `post.association(:author).loaded?`):
    /// code that reads the relation under such a check is written for rows that loaded it.
    static let loadedChecks: Set<String> = ["relationLoaded", "association"]

    /// Whether `relation` of `root` is checked for being loaded in `range` before `token` or on
    /// its line: `$e->relationLoaded('book') && $e->book->name`, `if post.association(:author).loaded?`,
    /// Ruby's `post.author.name if post.association(:author).loaded?`.
    static func isCheckedLoaded(
        _ relation: String, of root: String, before token: Int, in range: Range<Int>, file: AnalyzedFile
    ) -> Bool {
        let tokens = file.tokens
        for check in loadedChecks {
            for index in file.occurrences[check] ?? []
            where range.contains(index) && (index < token || tokens[index].line == tokens[token].line) {
                guard index >= 2, index + 3 < tokens.count, tokens[index + 1].is("("),
                    tokens[index - 2].text.drop(while: { $0 == "$" }) == root
                else { continue }
                // `('book')` or Ruby's `(:author)`.
                let argument = tokens[index + 2].is(":") ? tokens[index + 3] : tokens[index + 2]
                guard argument.text == relation, argument.kind == .string || tokens[index + 2].is(":")
                else { continue }
                if check == "association" {
                    guard let close = file.brackets.partner(of: index + 1), close + 2 < tokens.count,
                        tokens[close + 2].text.hasPrefix("loaded")
                    else { continue }
                }
                return true
            }
        }
        return false
    }

    /// Properties of a fetch request assigned the relations it prefetches (Core Data and
    /// SwiftData `relationshipKeyPathsForPrefetching = ["items"]`).
    static let prefetchProperties: Set<String> = ["relationshipKeyPathsForPrefetching"]

    /// Whether `call` reads `variable.relation` where `variable` is bound by a loop over a query
    /// that loads `relation` up front.
    static func readsPreloadedRelation(_ call: CallSite, in file: AnalyzedFile) -> Bool {
        let links = call.chain.links
        // Only reads are served from the loaded rows; a write through the relation still runs.
        guard call.kind == .dbRead, links.count >= 2, call.link >= 1,
            !asksDatabaseWhenLoaded(call, in: file)
        else { return false }
        let variable = links[0].name
        let relation = links[1].name.lowercased()
        var current = file.loop(containing: call.nameToken)
        var steps = 0
        while let index = current, steps < 64 {
            let loop = file.loops[index]
            if loop.variables.contains(variable) {
                guard let iterable = loop.iterable else { return false }
                return contains(relation, in: relations(loadedBy: iterable, in: file))
            }
            current = file.loopFacts[index].parent
            steps += 1
        }
        return false
    }

    /// ActiveRecord calculations that run SQL even on a loaded association
    /// (`payment.refunds.sum(:amount)`, `post.comments.count`, `tags.exists?`).
    static let loadedRelationCalculations: Set<String> = [
        "count", "sum", "average", "minimum", "maximum", "calculate", "exists?",
    ]

    /// Whether `call` is a Ruby calculation that asks the database although its relation is
    /// loaded: one without a block (`sum(&:amount)` and `count { … }` work in memory).
    static func asksDatabaseWhenLoaded(_ call: CallSite, in file: AnalyzedFile) -> Bool {
        let link = call.chain.links[call.link]
        guard file.language == .ruby, loadedRelationCalculations.contains(link.name) else { return false }
        let tokens = file.tokens
        if let arguments = link.arguments, tokens.indices.contains(arguments.lowerBound),
            tokens[arguments.lowerBound].is("&")
        {
            return false
        }
        var after = link.token + 1
        if let arguments = link.arguments { after = arguments.upperBound + 1 }
        guard tokens.indices.contains(after) else { return true }
        return !(tokens[after].is("{") || tokens[after].is("do"))
    }

    // MARK: - The query a loop iterates

    /// Assignments followed back from a loop's rows to where they were built.
    static let reassignmentReach = 8

    /// The relations loaded by the query in `iterable`, or by the query a name there was assigned
    /// from: a single name, or one narrowed by a call (`changesets.limit(100)`), followed back
    /// through its reassignments from itself (`changesets = changesets.preload(:user)`).
    static func relations(loadedBy iterable: Range<Int>, in file: AnalyzedFile) -> Set<String> {
        let tokens = file.tokens
        var result = relations(in: iterable, file: file)
        let root = iterable.lowerBound
        let narrowed = file.chain(withLinkAt: root).map({
            $0.links.count >= 2 && $0.links[1].arguments != nil
        })
        guard tokens.indices.contains(root), tokens[root].kind == .identifier,
            iterable.count == 1 || narrowed == true
        else { return result }
        var current = root
        for _ in 0..<reassignmentReach {
            guard let assigned = assignedExpression(of: current, in: file, spanningBrackets: true) else {
                break
            }
            result.formUnion(relations(in: assigned, file: file))
            guard tokens[assigned.lowerBound].is(tokens[root].text), assigned.lowerBound >= 2 else { break }
            current = assigned.lowerBound - 2
        }
        return result
    }

    /// Relations prefetched by assigning a property of a request the rows come from, before
    /// `header`: `request.relationshipKeyPathsForPrefetching = ["customer"]` then
    /// `let orders = try context.fetch(request)` and a loop over `orders` (or over the fetch).
    static func prefetched(for iterable: Range<Int>, before header: Int, in file: AnalyzedFile) -> Set<String>
    {
        let tokens = file.tokens
        var expression = iterable.clamped(to: 0..<tokens.count)
        if expression.count == 1, tokens[expression.lowerBound].kind == .identifier,
            let assigned = assignedExpression(of: expression.lowerBound, in: file, spanningBrackets: true)
        {
            expression = assigned
        }
        let requests = Set(expression.filter { tokens[$0].kind == .identifier }.map { tokens[$0].text })
        var result: Set<String> = []
        let start = max(0, header - reassignmentReach * 50)
        for index in start..<min(header, tokens.count) where index + 4 < tokens.count {
            guard requests.contains(tokens[index].text),
                tokens.isMemberAccess(at: index + 1, in: file.language),
                prefetchProperties.contains(tokens[index + 2].text), tokens[index + 3].is("="),
                tokens[index + 4].is("["), let close = file.brackets.partner(of: index + 4)
            else { continue }
            result.formUnion(names(in: (index + 5)..<close, tokens: tokens, allSegments: true))
        }
        return result
    }

    /// The relations the query written in `expression` loads.
    private static func relations(in expression: Range<Int>, file: AnalyzedFile) -> Set<String> {
        let tokens = file.tokens
        var result: Set<String> = []
        // Chains are ordered by their start: find the first one in the expression.
        var low = 0
        var high = file.chains.count
        while low < high {
            let middle = (low + high) / 2
            if file.chains[middle].start < expression.lowerBound { low = middle + 1 } else { high = middle }
        }
        for chain in file.chains[low...] {
            guard chain.start < expression.upperBound else { break }
            for (position, link) in chain.links.enumerated() {
                guard let arguments = link.arguments else { continue }
                if methods.contains(link.name) || loaderOptions.contains(link.name) {
                    let named = names(in: arguments, tokens: tokens)
                    result.formUnion(named)
                    if named.isEmpty, position > 0, loadsUnnamedRelations(arguments, of: link, in: file) {
                        result.insert(anyRelation)
                    }
                } else if link.name == "scope" {
                    result.formUnion(scopedRelations(in: arguments, tokens: tokens))
                }
            }
        }
        for token in expression.clamped(to: 0..<tokens.count) {
            // JPQL/HQL `JOIN FETCH o.customer`, written in the call or in a name it is given.
            if tokens[token].kind == .string, let fetched = joinFetch(in: tokens[token].text) {
                result.formUnion(fetched)
            } else if tokens[token].kind == .identifier,
                let sql = file.bindings.sql(of: tokens[token].text, at: token),
                let fetched = joinFetch(in: sql)
            {
                result.formUnion(fetched)
            }
        }
        for token in expression.clamped(to: 0..<max(0, tokens.count - 2)) {
            guard let open = optionValue(at: token, in: tokens) else { continue }
            if tokens[open].is("{") || tokens[open].is("["), let close = file.brackets.partner(of: open) {
                result.formUnion(names(in: (open + 1)..<close, tokens: tokens))
            } else if tokens[open].is(":") || tokens[open].kind == .string {
                result.formUnion(names(in: open..<min(open + 2, tokens.count), tokens: tokens))
            }
        }
        return result
    }

    /// Stands in a set of loaded relations for relations a query loads that the code does not name
    /// (`prefetch_related(*lookups)`, `includes(associations)`, `with($relations)`, Django's bare
    /// `select_related()`): any association may be among them.
    static let anyRelation = "*"

    /// Whether `relation` (lowercased) is among `loaded`, or may be.
    static func contains(_ relation: String, in loaded: Set<String>) -> Bool {
        loaded.contains(relation) || loaded.contains(anyRelation)
    }

    /// Eager-load calls whose relations come from a variable (`prefetch_related(*prefetch)`,
    /// `->with($relations)`) or, in Django, from every foreign key (`select_related()`), in the
    /// languages whose ORMs take them so.
    private static func loadsUnnamedRelations(
        _ arguments: Range<Int>, of link: ChainLink, in file: AnalyzedFile
    )
        -> Bool
    {
        guard [.ruby, .python, .php].contains(file.language) else { return false }
        let tokens = file.tokens
        if arguments.isEmpty { return file.language == .python && link.name == "select_related" }
        return arguments.clamped(to: 0..<tokens.count).allSatisfy {
            tokens[$0].kind == .identifier || ["*", "**", "..."].contains(tokens[$0].text)
        }
    }

    /// The tokens of the value last assigned to the name at `token` (`orders = (…)`).
    /// With `spanningBrackets`, a call's arguments written over several lines belong to it (for the
    /// relations its options load); without, the expression ends with its first line.
    public static func assignedExpression(
        of token: Int, in file: AnalyzedFile, spanningBrackets: Bool = false
    )
        -> Range<Int>?
    {
        let tokens = file.tokens
        let name = tokens[token].text
        guard
            let assignment = stride(from: token - 1, to: max(0, token - 4096), by: -1).first(where: {
                tokens[$0].kind == .punctuation && ["=", ":="].contains(tokens[$0].text)
                    && tokens[$0 - 1].text == name
            }), assignment + 1 < token
        else { return nil }
        let start = assignment + 1
        if tokens[start].is("("), let close = file.brackets.partner(of: start) { return start..<close }
        var end = start + 1
        while end < token, !tokens[end].startsLine || tokens[end].is(".") {
            // `(issues = grouped[version]) && issues.size > 0`: the bracket around the assignment ends it.
            if tokens[end].kind == .punctuation, [")", "]", "}"].contains(tokens[end].text),
                (file.brackets.partner(of: end) ?? start) < start
            {
                break
            }
            // `Comment.findAll({` … `})` over several lines: the options object is part of the call.
            if spanningBrackets, ["(", "[", "{"].contains(tokens[end].text), tokens[end].kind == .punctuation,
                let close = file.brackets.partner(of: end), close > end, close < token
            {
                end = close
            }
            end += 1
        }
        return start..<end
    }

    // MARK: - Eager loads in a token run

    /// The association names eager-load calls in `tokens` load (every segment of a nested path),
    /// and the first such call's name.
    public static func loads(in tokens: [Token]) -> (names: Set<String>, call: String) {
        var names: Set<String> = []
        var call = ""
        let brackets = BracketMap(tokens: tokens)
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .identifier,
                methods.contains(token.text) || loaderOptions.contains(token.text),
                index + 1 < tokens.count, tokens[index + 1].is("("),
                let close = brackets.partner(of: index + 1)
            {
                names.formUnion(Self.names(in: (index + 2)..<close, tokens: tokens, allSegments: true))
                if call.isEmpty { call = token.text }
            } else if let open = optionValue(at: index, in: tokens) {
                if tokens[open].is("[") || tokens[open].is("{"), let close = brackets.partner(of: open) {
                    names.formUnion(Self.names(in: (open + 1)..<close, tokens: tokens, allSegments: true))
                } else if tokens[open].kind == .string || tokens[open].kind == .identifier {
                    names.formUnion(Self.names(in: open..<(open + 1), tokens: tokens, allSegments: true))
                } else if tokens[open].is(":") {
                    // Ruby `preload: :author`.
                    names.formUnion(Self.names(in: open..<min(open + 2, tokens.count), tokens: tokens))
                }
                if call.isEmpty { call = token.text }
            } else if token.kind == .identifier, prefetchProperties.contains(token.text),
                index + 2 < tokens.count, tokens[index + 1].is("="), tokens[index + 2].is("["),
                let close = brackets.partner(of: index + 2)
            {
                names.formUnion(Self.names(in: (index + 3)..<close, tokens: tokens, allSegments: true))
                if call.isEmpty { call = token.text }
            } else if token.kind == .string, let fetched = joinFetch(in: token.text) {
                names.formUnion(fetched)
                if call.isEmpty { call = "JOIN FETCH" }
            } else if token.kind == .identifier, token.text == "@EntityGraph" || token.text == "EntityGraph",
                index + 1 < tokens.count,
                tokens[index + 1].is("("), let close = brackets.partner(of: index + 1)
            {
                for inner in (index + 2)..<close where tokens[inner].kind == .string {
                    names.formUnion(tokens[inner].text.split(separator: ".").map { $0.lowercased() })
                }
                if call.isEmpty { call = "@EntityGraph" }
            }
        }
        names.remove("")
        return (names, call)
    }

    // MARK: - Relation names in arguments

    /// Sequelize named scopes that include a relation by convention: `GroupUser.scope("withUser")`,
    /// `scope(["withCollection", "withUser"])` → user, collection.
    static func scopedRelations(in range: Range<Int>, tokens: [Token]) -> Set<String> {
        var result: Set<String> = []
        for index in range.clamped(to: 0..<tokens.count) where tokens[index].kind == .string {
            let text = tokens[index].text
            guard text.hasPrefix("with"), text.count > 4,
                text.dropFirst(4).first?.isUppercase == true
            else { continue }
            result.insert(text.dropFirst(4).lowercased())
        }
        return result
    }

    /// `… LEFT JOIN FETCH o.referenceRange …` → referencerange.
    static func joinFetch(in text: String) -> Set<String>? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var result: Set<String> = []
        for (index, word) in words.enumerated()
        where word.uppercased() == "FETCH" && index > 0 && words[index - 1].uppercased() == "JOIN"
            && index + 1 < words.count
        {
            if let member = words[index + 1].split(separator: ".").last { result.insert(member.lowercased()) }
        }
        return result.isEmpty ? nil : result
    }

    /// `"items__product"` → items; `:items`, `shipment:`, `o => o.Items`, `Order.items` → the name.
    /// With `allSegments`, every relation of a path: `"items__product"` → items and product.
    static func names(in range: Range<Int>, tokens: [Token], allSegments: Bool = false) -> Set<String> {
        var result: Set<String> = []
        for index in range.clamped(to: 0..<tokens.count) {
            let token = tokens[index]
            switch token.kind {
            case .string:
                let path = token.text.split(whereSeparator: { $0 == "." || $0 == ":" || $0 == " " })
                for segment in allSegments ? Array(path) : Array(path.prefix(1)) {
                    // Django `items__product`: relations joined by a double underscore.
                    let relations = segment.split(separator: "__")
                    for relation in allSegments ? relations : Array(relations.prefix(1)) {
                        result.insert(relation.lowercased())
                    }
                }
            case .identifier:
                let before = index > 0 ? tokens[index - 1].text : ""
                let after = index + 1 < tokens.count ? tokens[index + 1].text : ""
                if before == "." || before == ":" || before == "$" || after == ":" {
                    result.insert(String(token.text.drop(while: { $0 == ":" || $0 == "$" })).lowercased())
                }
            default: continue
            }
        }
        return result
    }
}
