import StaticScan

/// Turns one analysed file into the ``FileSymbols`` the repository index keeps.
enum FileIndexer {
    /// Calls kept per function; a longer body's remaining calls are not followed.
    static let maximumCallsPerFunction = 400
    /// Lines kept per member name read per item in one file.
    static let maximumReadsPerName = 4

    static func index(_ file: AnalyzedFile) -> FileSymbols {
        var symbols = FileSymbols(path: file.path, language: file.language)
        guard file.language != .sql else { return symbols }
        let definitions = Definitions.find(in: file)
        let chainStarts = file.chains.map(\.start)
        let mayDefer = EventHandlers.mayDefer(file)
        // A helper that returns a lazy query (`return Tag.objects.filter(…)`) runs it where the
        // caller evaluates it: its builder counts as the function's query.
        // …unless it is embedded in another query (`Subquery(Tag.objects.filter(…))`).
        let executed = file.calls.filter {
            ($0.executes || ($0.kind == .dbRead && !EmbeddedQueries.isWrittenEmbedded($0, in: file)))
                && !(mayDefer && EventHandlers.deferred($0.nameToken, in: file))
        }.sorted { $0.nameToken < $1.nameToken }
        let memoized = definitions.functions.map { isMemoized($0, in: file) }
        let memoizedRecords = MemoizedRecords(
            file: file,
            memoizedFunctions: Set(zip(definitions.functions, memoized).filter(\.1).map(\.0.name)))
        for (function, memoized) in zip(definitions.functions, memoized) {
            let owner = function.receiverType ?? definitions.owner(of: function.nameToken)?.name
            let body = function.body
            let lastLine =
                body.isEmpty
                ? file.tokens[function.nameToken].line
                : file.tokens[min(body.upperBound, file.tokens.count) - 1].line
            symbols.functions.append(
                FunctionSymbol(
                    name: function.name, owner: owner, line: file.tokens[function.nameToken].line,
                    endLine: lastLine,
                    hasBody: function.hasBody, annotations: function.annotations,
                    directIO: directIO(in: body, executed: executed, file: file) {
                        !memoizedRecords.isCachedRead($0, in: body, file: file)
                    },
                    memoizedIO: directIO(in: body, executed: executed, file: file) {
                        memoizedRecords.isCachedRead($0, in: body, file: file)
                    },
                    calls: calls(
                        in: body, chainStarts: chainStarts, file: file, definition: function.nameToken,
                        mayDefer: mayDefer),
                    memoized: memoized, selfReads: selfReads(of: function, file: file),
                    eagerLoads: eagerLoads(of: function, in: file),
                    returnsConstantCollection: ConstantReturns.returnsSmallLiteral(body, in: file)))
        }
        symbols.types = definitions.types.map { type in
            TypeSymbol(
                name: type.name, kind: type.kind, line: file.tokens[type.nameToken].line,
                supertypes: type.supertypes.map {
                    String($0.split(whereSeparator: { $0 == "." || $0 == ":" }).last ?? "")
                },
                qualifiedSupertypes: type.supertypes, annotations: type.annotations)
        }
        symbols.variableTypes = DeclaredTypes.find(in: file)
        let associations = Associations(
            file: file, definitions: definitions, frameworks: ModelFramework.of(file.language))
        let found = associations.find()
        symbols.associations = found.associations
        symbols.columns = associations.columns()
        if let switches = ModelFramework.lazyLoadingSwitches(of: file.language) {
            symbols.enablesLazyLoading = file.tokens.contains {
                $0.kind == .identifier && switches.contains($0.text)
            }
        }
        symbols.modelsByCall = found.modelsByCall
        symbols.perItemReads = perItemReads(in: file)
        if file.template != nil { symbols.templateReads = memberReads(in: file) { _ in true } }
        symbols.perItemCalls = perItemCalls(in: file)
        symbols.eagerLoadsOutsideFunctions = eagerLoadsOutside(definitions.functions, in: file)
        return symbols
    }

    /// Names read per function on its own object, at most this many.
    static let maximumSelfReads = 64

    /// What a body reads on its own object: `self.x`/`this.x`/`$this->x`, and in Ruby a bare name
    /// (an attribute or association of the model read without `self.`, not one of its locals).
    private static func selfReads(of function: FunctionSpan, file: AnalyzedFile) -> [String] {
        var names: Set<String> = []
        let tokens = file.tokens
        let locals = file.language == .ruby ? RubyLocalNames.of(function, in: file) : []
        for index in function.body.clamped(to: 0..<tokens.count) where tokens[index].kind == .identifier {
            guard names.count < maximumSelfReads else { break }
            if selfNames.contains(tokens[index].text),
                tokens.isMemberAccess(at: index + 1, in: file.language),
                index + 2 < tokens.count, tokens[index + 2].kind == .identifier
            {
                names.insert(tokens[index + 2].text)
            } else if file.language == .ruby, !tokens.isMemberAccess(at: index - 1, in: .ruby),
                !file.isPunctuation(index - 1, ":"), !file.isPunctuation(index + 1, "="),
                tokens[index].text.first?.isLowercase ?? false, !locals.contains(tokens[index].text)
            {
                names.insert(tokens[index].text)
            }
        }
        return names.sorted()
    }

    /// Decorators and idioms that cache a function's result.
    static let memoizingAnnotations: Set<String> = [
        "cached_property", "lru_cache", "cache", "memoize", "memoized", "cached", "Cacheable", "reify",
    ]

    /// Whether `function` caches its result: a memoizing decorator, a Ruby body that assigns
    /// with `||=` (`@current ||= User.find(…)`, `RequestStore.store[:user] ||= …`), or a body that
    /// returns a member of its object before computing and storing it
    /// (`if (isset($this->map)) { return $this->map; } … $this->map = …`, `this.map ??= …`).
    private static func isMemoized(_ function: FunctionSpan, in file: AnalyzedFile) -> Bool {
        if !memoizingAnnotations.isDisjoint(with: function.annotations) { return true }
        let body = function.body.clamped(to: 0..<file.tokens.count)
        guard file.language == .ruby else { return returnsCachedMember(body, in: file) }
        return body.contains {
            file.tokens[$0].is("||=") || (file.tokens[$0].is("||") && file.isPunctuation($0 + 1, "="))
        }
    }

    /// A body that stores `self.x`/`this.x`/`$this->x` with `??=`, or returns it as is before it
    /// first assigns it: the value is computed once per object. A keyed cache
    /// (`$this->map[$key]`) is not, nor a body that assigns the member and then returns it.
    private static func returnsCachedMember(_ body: Range<Int>, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        var returnedEarly: Set<String> = []
        for index in body where index + 2 < body.upperBound && selfNames.contains(tokens[index].text) {
            guard tokens.isMemberAccess(at: index + 1, in: file.language), tokens[index + 2].kind == .identifier
            else { continue }
            let name = tokens[index + 2].text
            let next = index + 3 < tokens.count ? tokens[index + 3] : nil
            if next?.is("??=") == true { return true }
            if next?.is("=") == true, returnedEarly.contains(name) { return true }
            if index > body.lowerBound, tokens[index - 1].is("return"),
                next.map { $0.is(";") || $0.is("}") || $0.startsLine } ?? true
            {
                returnedEarly.insert(name)
            }
        }
        return false
    }

    /// What the file eager-loads outside the bodies of its functions (class-level querysets).
    private static func eagerLoadsOutside(_ functions: [FunctionSpan], in file: AnalyzedFile) -> [String] {
        var inside = [Bool](repeating: false, count: file.tokens.count)
        for function in functions {
            for index in function.body.clamped(to: 0..<file.tokens.count) { inside[index] = true }
        }
        let outside = file.tokens.indices.filter { !inside[$0] }.map { file.tokens[$0] }
        return EagerLoading.loads(in: outside).names.sorted()
    }

    /// What a function's annotations and body eager-load (brace languages: from its first
    /// annotation; others: its body).
    private static func eagerLoads(of function: FunctionSpan, in file: AnalyzedFile) -> [String] {
        var start = function.body.lowerBound
        if !function.annotations.isEmpty, file.language != .python, file.language != .ruby {
            start = function.nameToken
            let line = file.tokens[function.nameToken].line
            while start > 0, file.tokens[start - 1].line >= line - 12,
                !["{", "}", ";"].contains(file.tokens[start - 1].text)
                    || file.tokens[start - 1].kind != .punctuation
            {
                start -= 1
            }
        }
        let end = max(start, min(function.body.upperBound, file.tokens.count))
        guard start < end else { return [] }
        return EagerLoading.loads(in: Array(file.tokens[start..<end])).names.sorted()
    }

    /// The first executed catalog call in `body` that `included` accepts.
    private static func directIO(
        in body: Range<Int>, executed: [CallSite], file: AnalyzedFile, where included: (CallSite) -> Bool
    ) -> IOCall? {
        guard !body.isEmpty else { return nil }
        var low = 0
        var high = executed.count
        while low < high {
            let middle = (low + high) / 2
            if executed[middle].nameToken < body.lowerBound { low = middle + 1 } else { high = middle }
        }
        while low < executed.count, executed[low].nameToken < body.upperBound,
            !included(executed[low])
                || EmbeddedQueries.isHeldForEmbedding(executed[low], in: body, file: file)
        {
            low += 1
        }
        guard low < executed.count, executed[low].nameToken < body.upperBound else { return nil }
        let call = executed[low]
        return IOCall(
            kind: call.kind, family: call.family, name: call.chain.links[call.link].name,
            line: file.tokens[call.nameToken].line)
    }

    /// Every called link of the chains starting in `body`, with its receiver.
    /// Calls in functions handed to a cache factory or an event registration are left out
    /// (``EventHandlers/deferred(_:in:)``) when `mayDefer`.
    private static func calls(
        in body: Range<Int>, chainStarts: [Int], file: AnalyzedFile, definition: Int, mayDefer: Bool
    ) -> [CallReference] {
        var result: [CallReference] = []
        var low = 0
        var high = chainStarts.count
        while low < high {
            let middle = (low + high) / 2
            if chainStarts[middle] < body.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < chainStarts.count, chainStarts[index] < body.upperBound,
            result.count < maximumCallsPerFunction
        {
            let chain = file.chains[index]
            index += 1
            if chain.start == definition || (mayDefer && EventHandlers.deferred(chain.start, in: file)) {
                continue
            }
            result += references(in: chain, file: file)
        }
        return result
    }

    /// The calls of one chain as references: name, receiver's last name, and whether it is on self.
    static func references(in chain: CallChain, file: AnalyzedFile) -> [CallReference] {
        var result: [CallReference] = []
        for (position, link) in chain.links.enumerated() where link.isCall && !link.isConstructor {
            let receiver = receiverName(of: chain, link: position)
            result.append(
                CallReference(
                    name: link.name, receiver: receiver.name, onSelf: receiver.onSelf,
                    line: file.tokens[link.token].line))
        }
        return result
    }

    /// The receiver's last name (`$`/`@` dropped) and whether the receiver is the object itself.
    static func receiverName(of chain: CallChain, link: Int) -> (name: String?, onSelf: Bool) {
        guard link > 0 else { return (nil, false) }
        let previous = chain.links[link - 1]
        if selfNames.contains(previous.name) { return (nil, true) }
        // `self.repo.find` / `$this->repo->find`: the field is the receiver.
        return (DeclaredTypes.plain(previous.name), false)
    }

    static let selfNames: Set<String> = ["self", "this", "$this", "@", "Self", "static", "cls"]

    /// Member names read inside the body of a loop over data (`order.customer` → customer;
    /// `invoice.getPayer()` → payer), with their lines.
    private static func perItemReads(in file: AnalyzedFile) -> [String: [Int]] {
        guard !file.loops.isEmpty else { return [:] }
        var result = memberReads(in: file) { chain in
            file.loop(containing: chain.start).map { file.loopFacts[$0].amplifies } ?? false
        }
        // Interpolations: `f"{service.team.name}"`, `"#{order.customer.name}"`, `` `${post.author}` ``.
        for (index, loop) in file.loops.enumerated() where file.loopFacts[index].amplifies {
            let variables = Set(loop.variables)
            for range in loop.body {
                for token in range.clamped(to: 0..<file.tokens.count) where file.tokens[token].kind == .string
                {
                    for (receiver, member) in Interpolation.memberReads(in: file.tokens[token].text)
                    where variables.contains(receiver) {
                        var lines = result[member, default: []]
                        let line = file.tokens[token].line
                        if lines.count < maximumReadsPerName, lines.last != line {
                            lines.append(line)
                            result[member] = lines
                        }
                    }
                }
            }
        }
        return result
    }

    /// Member names read by the chains `included` accepts (`order.customer` → customer;
    /// `invoice.getPayer()` → payer), with their lines.
    private static func memberReads(in file: AnalyzedFile, where included: (CallChain) -> Bool) -> [String:
        [Int]]
    {
        var result: [String: [Int]] = [:]
        for chain in file.chains where chain.links.count >= 2 && included(chain) {
            for link in chain.links.dropFirst() {
                var name = link.name
                if link.isCall {
                    let noArguments = link.arguments?.isEmpty ?? true
                    if file.language == .java || file.language == .kotlin, name.hasPrefix("get"),
                        name.count > 3,
                        noArguments
                    {
                        name = lowercasingFirst(String(name.dropFirst(3)))
                    } else if file.language != .ruby || !noArguments {
                        // Ruby reads an attribute with a call's syntax; elsewhere a call is no read.
                        continue
                    }
                }
                let line = file.tokens[link.token].line
                var lines = result[name, default: []]
                if lines.count < maximumReadsPerName, lines.last != line {
                    lines.append(line)
                    result[name] = lines
                }
            }
        }
        return result
    }

    /// Methods called directly on the item of an amplifying loop (`record.to_dict()` where
    /// `record` is the loop's variable), with their lines.
    private static func perItemCalls(in file: AnalyzedFile) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        guard !file.loops.isEmpty else { return result }
        for chain in file.chains where chain.links.count >= 2 && chain.links[1].isCall {
            guard let loop = file.loop(containing: chain.start), file.loopFacts[loop].amplifies,
                isItem(chain.links[0].name, of: loop, in: file)
            else { continue }
            let name = chain.links[1].name
            let line = file.tokens[chain.links[1].token].line
            var lines = result[name, default: []]
            if lines.count < maximumReadsPerName, lines.last != line {
                lines.append(line)
                result[name] = lines
            }
        }
        return result
    }

    /// Whether `name` is the variable of loop `index` or of a loop around it.
    static func isItem(_ name: String, of index: Int, in file: AnalyzedFile) -> Bool {
        var current: Int? = index
        var steps = 0
        while let loop = current, steps < 64 {
            if file.loops[loop].variables.contains(name) { return true }
            current = file.loopFacts[loop].parent
            steps += 1
        }
        return false
    }

    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
