/// One file as the rules see it: tokens, comments, brackets, loops, calls and what variables
/// hold, each computed once on first use.
///
/// Rules receive an `AnalyzedFile` and read what they need; nothing here is specific to a rule.
public final class AnalyzedFile {
    public let path: String
    public let language: Language
    public let tokens: [Token]
    public let comments: [Comment]
    public let brackets: BracketMap
    let catalog: CallCatalog
    /// For a template: its projection onto ``language`` (the text the tokens come from).
    public let template: TemplateProjection?
    /// For a template rendered once per item by another file: where (its whole body then runs
    /// once per item, as the body of an implicit loop).
    public let renderedPerItem: TemplateRenderSite?
    /// What the repository around the file knows; nil when the file is read alone.
    public let repository: (any RepositoryKnowledge)?
    /// The lines the change removed from this file (empty for whole files).
    public let removedLines: [RemovedLine]
    /// The lines the change adds or modifies; nil when the whole file is read (`scan --all`).
    public let changedLines: Set<Int>?
    /// Where a string opens that never closes; such a file does not lex and is not scanned.
    public let unterminatedString: (line: Int, column: Int)?
    /// Set by the scanner after the code rules ran: which suppressions were used.
    var suppressionUse: [Bool] = []

    /// Analyzes `text` as `language`; for a template, `text` is its projection's text and
    /// `template` the projection.
    public init(
        path: String, text: String, language: Language, catalog: CallCatalog = .standard,
        repository: (any RepositoryKnowledge)? = nil, removedLines: [RemovedLine] = [],
        changedLines: Set<Int>? = nil, template: TemplateProjection? = nil,
        renderedPerItem: TemplateRenderSite? = nil
    ) {
        self.path = path
        self.language = language
        self.repository = repository
        self.removedLines = removedLines
        self.changedLines = changedLines
        self.template = template
        self.renderedPerItem = renderedPerItem
        var source = text
        if language == .elixir {
            source =
                EExProjection.isTemplate(path)
                ? EExProjection.project(text, heex: path.hasSuffix(".heex"))
                : EExProjection.projectSigils(in: text)
        }
        let lexed = Lexer.lex(source, language: language)
        tokens = lexed.tokens
        comments =
            template.map { (lexed.comments + $0.comments).sorted { $0.offset < $1.offset } } ?? lexed.comments
        unterminatedString = lexed.unterminatedString
        brackets = BracketMap(tokens: lexed.tokens)
        self.catalog = catalog
    }

    // MARK: - Structure

    /// Every loop, ordered by header token: the host language's loops, a template's loop tags,
    /// and for a template rendered per item an implicit loop around the whole file (first).
    public private(set) lazy var loops: [Loop] = {
        var found = LoopFinder.loops(in: tokens, brackets: brackets, language: language)
        if language == .python, case let serializers = SerializerMethods.loops(in: tokens),
            !serializers.isEmpty
        {
            found = (found + serializers).sorted { $0.header < $1.header }
        }
        guard let template else { return found }
        let tagged = TemplateLoops.loops(of: template, tokens: tokens)
        let headers = Set(tagged.map(\.header))
        var result = (found.filter { !headers.contains($0.header) } + tagged).sorted { $0.header < $1.header }
        if renderedPerItem != nil, let first = tokens.first {
            result.insert(
                Loop(
                    kind: .forEach, keyword: "render", header: 0, line: first.line, column: first.column,
                    iterable: nil, variables: [], body: [0..<tokens.count]), at: 0)
        }
        return result
    }()

    /// Index in ``loops`` of the implicit loop of a template rendered per item.
    var implicitLoop: Int? { renderedPerItem != nil && !tokens.isEmpty ? 0 : nil }

    /// Whether loop `index` is a serializer method run once per object serialized (``SerializerMethods``).
    func isSerializerLoop(_ index: Int) -> Bool {
        language == .python && loops[index].keyword == SerializerMethods.keyword
            && loops[index].iterable == nil
    }

    /// For each token, the index in ``loops`` of the innermost loop whose body holds it (-1: none).
    public private(set) lazy var innermostLoop: [Int32] = {
        var map = Array(repeating: Int32(-1), count: tokens.count)
        let order = loops.indices.sorted { loops[$0].span.count > loops[$1].span.count }
        for index in order {
            for range in loops[index].body {
                let clamped = range.clamped(to: 0..<tokens.count)
                for token in clamped { map[token] = Int32(index) }
            }
        }
        return map
    }()

    /// Ruby: each block opener (`def`, `class`, `module`, `do`, `if`, …) paired with its `end`;
    /// empty for other languages.
    public private(set) lazy var rubyBlockEnds: [Int: Int] =
        language == .ruby ? LoopFinder.rubyBlockEnds(in: tokens, brackets: brackets) : [:]

    /// The innermost loop running `token` once per iteration.
    public func loop(containing token: Int) -> Int? {
        guard token >= 0, token < innermostLoop.count, innermostLoop[token] >= 0 else { return nil }
        return Int(innermostLoop[token])
    }

    /// The loop around loop `index` (the one running its header), if any.
    public func parent(ofLoop index: Int) -> Int? {
        let parent = loop(containing: loops[index].header)
        return parent == index ? nil : parent
    }

    // MARK: - Calls

    public private(set) lazy var chains: [CallChain] = {
        let chains = ChainExtractor.chains(in: tokens, brackets: brackets, language: language)
        guard let template else { return chains }
        return TemplateQueries.markImplicitCalls(chains, tokens: tokens, implicit: template.implicitCalls)
    }()

    /// The file runs in the browser (``BrowserCode``): no database call is made from it.
    public private(set) lazy var runsInBrowser: Bool = BrowserCode.isBrowserCode(
        tokens, language: language, path: path)

    private lazy var resolved: (calls: [CallSite], bindings: Bindings) = {
        var resolved = CallResolver.resolve(
            tokens: tokens, language: language, catalog: catalog, chains: chains, repository: repository)
        if runsInBrowser { resolved.calls.removeAll { $0.kind.isDatabase } }
        if let template {
            resolved.calls += TemplateQueries.calls(
                dialect: template.dialect, chains: chains, known: resolved.calls, tokens: tokens,
                loops: loops,
                associations: template.associations)
            resolved.calls.sort { $0.nameToken < $1.nameToken }
        }
        return resolved
    }()

    /// Every recognised call and lazy builder, in token order.
    public var calls: [CallSite] { resolved.calls }

    /// Every (chain, link) called with arguments, ordered by where the arguments start.
    private lazy var argumentLists: [(range: Range<Int>, chain: Int, link: Int)] = {
        var lists: [(range: Range<Int>, chain: Int, link: Int)] = []
        for (chainIndex, chain) in chains.enumerated() {
            for (linkIndex, link) in chain.links.enumerated() {
                if let arguments = link.arguments { lists.append((arguments, chainIndex, linkIndex)) }
            }
        }
        return lists.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }()

    /// The innermost call whose arguments hold `token`, as (chain, link index): what receives
    /// `xs.map(…)` in `Promise.all(xs.map(…))`, or a comprehension in `asyncio.gather(*[…])`.
    public func enclosingCall(of token: Int) -> (chain: CallChain, link: Int)? {
        var best: (range: Range<Int>, chain: Int, link: Int)? = nil
        var low = 0
        var high = argumentLists.count
        while low < high {
            let middle = (low + high) / 2
            if argumentLists[middle].range.lowerBound <= token { low = middle + 1 } else { high = middle }
        }
        // Candidates start at or before `token`; the innermost is the latest-starting one that holds it.
        var index = low - 1
        while index >= 0 {
            let item = argumentLists[index]
            if item.range.contains(token), best == nil || item.range.lowerBound > best?.range.lowerBound ?? 0
            {
                best = item
                break
            }
            index -= 1
        }
        return best.map { (chains[$0.chain], $0.link) }
    }

    /// Indices into ``calls`` ordered by method-name token, for range lookups.
    private lazy var callOrder: [Int] = calls.indices.sorted { calls[$0].nameToken < calls[$1].nameToken }

    /// The calls whose method name lies in `range`, in token order.
    public func calls(in range: Range<Int>) -> [CallSite] {
        var low = 0
        var high = callOrder.count
        while low < high {
            let middle = (low + high) / 2
            if calls[callOrder[middle]].nameToken < range.lowerBound {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var result: [CallSite] = []
        while low < callOrder.count, calls[callOrder[low]].nameToken < range.upperBound {
            result.append(calls[callOrder[low]])
            low += 1
        }
        return result
    }

    /// Whether a call whose method name lies in one of `ranges` is executed there: a binary
    /// search per range instead of a pass over every call of the file.
    public func executesCall(in ranges: [Range<Int>]) -> Bool {
        ranges.contains { range in calls(in: range).contains(where: \.executes) }
    }

    /// Indices into ``chains`` ordered by first token, for range lookups.
    private lazy var chainOrder: [Int] = chains.indices.sorted {
        (chains[$0].start, $0) < (chains[$1].start, $1)
    }

    /// Whether a chain starting in one of `ranges` satisfies `predicate` (a binary search per
    /// range instead of a pass over every chain of the file).
    public func hasChain(startingIn ranges: [Range<Int>], where predicate: (CallChain) -> Bool) -> Bool {
        for range in ranges {
            var low = 0
            var high = chainOrder.count
            while low < high {
                let middle = (low + high) / 2
                if chains[chainOrder[middle]].start < range.lowerBound {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            while low < chainOrder.count, chains[chainOrder[low]].start < range.upperBound {
                if predicate(chains[chainOrder[low]]) { return true }
                low += 1
            }
        }
        return false
    }

    /// The chains whose first token lies in `range`, in order of their start.
    public func chains(startingIn range: Range<Int>) -> [CallChain] {
        var low = 0
        var high = chainOrder.count
        while low < high {
            let middle = (low + high) / 2
            if chains[chainOrder[middle]].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [CallChain] = []
        while low < chainOrder.count, chains[chainOrder[low]].start < range.upperBound {
            result.append(chains[chainOrder[low]])
            low += 1
        }
        return result
    }

    /// The chain one of whose links is the name token `token` (`Where` in `db.Rentals.Where(…)`).
    public func chain(withLinkAt token: Int) -> CallChain? {
        var low = 0
        var high = chainOrder.count
        while low < high {
            let middle = (low + high) / 2
            if chains[chainOrder[middle]].start <= token { low = middle + 1 } else { high = middle }
        }
        // Chains starting at or before `token`; a nested chain (in arguments) starts later than
        // its outer one, so the holder is among the last few.
        var index = low - 1
        while index >= 0, low - index <= 64 {
            let chain = chains[chainOrder[index]]
            if chain.end > token, chain.links.contains(where: { $0.token == token }) { return chain }
            index -= 1
        }
        return nil
    }

    /// What the file's variables hold.
    public var bindings: Bindings { resolved.bindings }

    /// Per iterated name, its bindings and whether each is a small literal collection, filled by
    /// the loop inspector on first use.
    var literalBindings: [String: NamedBindings] = [:]

    /// The token indices of each identifier, in order: where a name is bound, used or grown.
    public private(set) lazy var occurrences: [String: [Int]] = {
        var result: [String: [Int]] = [:]
        for index in tokens.indices where tokens[index].kind == .identifier {
            result[tokens[index].text, default: []].append(index)
        }
        return result
    }()

    /// Every `hundredfold:ignore` comment of the file, in order.
    public private(set) lazy var suppressions: [Suppression] = Self.findSuppressions(in: comments)

    /// Facts per loop (same indices as ``loops``).
    public private(set) lazy var loopFacts: [LoopFacts] = loops.indices.map {
        LoopFacts.compute(for: $0, in: self)
    }

    /// Loops whose elements each start concurrent work (`Promise.all(xs.map(…))`, a spawn per
    /// item): unbounded fan-out, judged by HF202.
    public private(set) lazy var fanOutLoops: Set<Int> = Set(FanOutSites(file: self).all().compactMap(\.loop))

    /// Calls that run once per iteration of a loop whose size grows with the data.
    public private(set) lazy var loopCalls: [LoopCall] = LoopCall.find(in: self)

    // MARK: - Findings

    /// A finding of `rule` at `token`, with the loop's line when there is one. `new` is set by the
    /// scanner from the changed lines.
    public func finding(
        _ rule: RuleDescription, at token: Int, loop: Int?, call: String, kind: CallKind?,
        confidence: Confidence,
        message: String, hint: String? = nil, sql: String? = nil, via: [RelatedLocation]? = nil
    ) -> Finding {
        let place = tokens[token]
        return Finding(
            rule: rule.id, severity: rule.severity, path: path, line: place.line, column: place.column,
            // The loop around a template rendered per item is in another file: no line here.
            loop_line: loop.flatMap { $0 == implicitLoop ? nil : loops[$0].line }, call: call,
            kind: kind?.rawValue,
            confidence: confidence, new: true, message: message, hint: hint ?? rule.hint, sql: sql,
            via: via)
    }
}
