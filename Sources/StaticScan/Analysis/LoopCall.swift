/// A call that runs once per iteration of a loop whose size grows with the data: the input of
/// the HF1xx rules.
public struct LoopCall: Sendable {
    public var call: CallSite
    /// Index in ``AnalyzedFile/loops`` of the loop that amplifies the call (the innermost one
    /// that is neither constant-size nor sequential on purpose).
    public var loop: Int
    public var confidence: Confidence
    /// Whether a loop variable (or a name derived from one) reaches the call's arguments or receiver.
    public var loopVariableFlows: Bool
    /// True when a lazy query is run by being iterated (`for o in Order.objects.filter(…)`).
    public var runByIteration: Bool
    /// When the call is a function of the same file that reaches the I/O: what it reaches.
    var via: LocalFunctions.Reach? = nil

    static func find(in file: AnalyzedFile) -> [LoopCall] {
        var result: [LoopCall] = []
        if file.loops.isEmpty { return result }
        let executed = file.calls.filter(\.executes) + iteratedBuilders(in: file)
        var repositoryPaths: [Int: IOPath] = [:]
        let throughRepository = repositoryCalls(in: file, excluding: executed, paths: &repositoryPaths)
        for call in executed + throughRepository
        where !EagerLoading.readsPreloadedRelation(call, in: file)
            && !insideTranslatedQuery(call.nameToken, in: file)
        {
            guard let loop = amplifyingLoop(for: call.nameToken, in: file),
                !isBatchWritePerGroup(call, loop: loop, in: file),
                !BufferFlush.flushes(call, loop: loop, in: file),
                !handlesEvent(call.nameToken, registeredIn: loop, in: file)
            else { continue }
            let facts = file.loopFacts[loop]
            let flows = variableFlows(into: call, names: facts.taintedNames, file: file)
            var confidence = Self.confidence(
                strong: flows || facts.iteratesCallResult, kind: file.loops[loop].kind,
                weakCall: call.knownByMethodNameOnly || call.family == "phoenix-context")
            if let path = repositoryPaths[call.nameToken] { confidence = min(confidence, path.confidence) }
            result.append(
                LoopCall(
                    call: call, loop: loop, confidence: confidence, loopVariableFlows: flows,
                    runByIteration: !call.executesWhereWritten))
        }
        if file.language == .elixir { result += localFunctionCalls(in: file) }
        return result
    }

    /// Calls inside loops that reach I/O through the repository's own functions, as call sites
    /// carrying the path (`via`); `paths` receives each one's resolution by method-name token.
    static func repositoryCalls(
        in file: AnalyzedFile, excluding known: [CallSite], paths: inout [Int: IOPath]
    )
        -> [CallSite]
    {
        guard let repository = file.repository else { return [] }
        let knownChains = Set(known.map(\.chain.start))
        var result: [CallSite] = []
        for chain in file.chains where !knownChains.contains(chain.start) {
            // Work started per element of a fan-out is concurrent: HF202 judges it.
            guard let loop = amplifyingLoop(for: chain.start, in: file), !file.fanOutLoops.contains(loop)
            else {
                continue
            }
            for link in chain.links.indices where chain.links[link].isCall {
                if !file.runsInBrowser,
                    let kind = RowCalls.kind(of: chain, link: link, in: file, repository: repository)
                {
                    result.append(
                        CallSite(
                            chain: chain, link: link, kind: kind, family: "model", executes: true, sql: nil))
                    break
                }
                guard !turnsIOOff(chain.links[link], in: file),
                    let path = repository.ioPath(of: chain, link: link, in: file),
                    !(file.runsInBrowser && path.kind.isDatabase),
                    path.kind != .dbRead || !prefetches(loop: loop, in: file)
                else { continue }
                paths[chain.links[link].token] = path
                var site = CallSite(
                    chain: chain, link: link, kind: path.kind, family: path.family, executes: true, sql: nil)
                site.via = path.hops
                site.viaCaveat = path.caveat
                result.append(site)
                break
            }
        }
        return result
    }

    /// The loop iterates rows fetched with their relations (`lines =
    /// fulfillment.lines.prefetch_related("order_line__variant")`): a helper given each row reads
    /// what the caller loaded, which cannot be told through the call, so its reads are not reported.
    static func prefetches(loop: Int, in file: AnalyzedFile) -> Bool {
        guard let iterable = file.loops[loop].iterable else { return false }
        return !EagerLoading.relations(loadedBy: iterable, in: file).isEmpty
    }

    /// Keyword arguments that switch a helper's own I/O off when false: `update_search_vector(user,
    /// save=False)` leaves the write to a batch after the loop.
    static let ioSwitches: Set<String> = ["save", "commit", "persist", "flush", "write", "store", "sync"]

    /// The call passes `save=False` (`commit: false`, …): the helper's write is not reached.
    static func turnsIOOff(_ link: ChainLink, in file: AnalyzedFile) -> Bool {
        guard let arguments = link.arguments?.clamped(to: 0..<file.tokens.count), arguments.count >= 3 else {
            return false
        }
        let tokens = file.tokens
        return arguments.dropLast(2).contains { index in
            tokens[index].kind == .identifier && ioSwitches.contains(tokens[index].text)
                && (tokens[index + 1].is("=") || tokens[index + 1].is(":"))
                && ["False", "false"].contains(tokens[index + 2].text)
        }
    }

    /// Calls in loops of functions this file defines that reach I/O (`Enum.map(posts,
    /// &post_json/1)` where `post_json` runs `Repo.preload`), and Phoenix `render_many` over a
    /// view clause of this file that does.
    static func localFunctionCalls(in file: AnalyzedFile) -> [LoopCall] {
        let local = LocalFunctions(file: file)
        guard !local.reach.isEmpty else { return [] }
        var result: [LoopCall] = []
        for chain in file.chains where chain.links.count == 1 && chain.links[0].isCall {
            guard let reach = local.reach[chain.links[0].name],
                let loop = amplifyingLoop(for: chain.links[0].token, in: file)
            else { continue }
            let facts = file.loopFacts[loop]
            let site = CallSite(
                chain: chain, link: 0, kind: reach.kind, family: reach.family, executes: true, sql: nil)
            let flows = variableFlows(into: site, names: facts.taintedNames, file: file)
            result.append(
                LoopCall(
                    call: site, loop: loop, confidence: flows || facts.iteratesCallResult ? .high : .medium,
                    loopVariableFlows: flows, runByIteration: false, via: reach))
        }
        for (index, loop) in file.loops.enumerated() where loop.keyword == "render_many" {
            guard let body = loop.body.first, file.loopFacts[index].amplifies,
                let view = file.tokens[body].first,
                view.is("__MODULE__") || local.modules.contains(view.text),
                let template = file.tokens[body].last(where: { $0.kind == .string }),
                let reach = local.reach["render:" + template.text]
            else { continue }
            let link = ChainLink(
                name: "render_many", token: loop.header, separator: "", arguments: body, isCall: true,
                isConstructor: false)
            let site = CallSite(
                chain: CallChain(links: [link], start: loop.header, end: loop.header + 1), link: 0,
                kind: reach.kind, family: reach.family, executes: true, sql: nil)
            result.append(
                LoopCall(
                    call: site, loop: index, confidence: .high, loopVariableFlows: true,
                    runByIteration: false,
                    via: reach))
        }
        return result
    }

    /// Elixir `Repo.update_all`/`insert_all`/`delete_all` per group of a `group_by`/`chunk_by`
    /// result: one batch write per distinct value, the fix rather than the problem.
    static func isBatchWritePerGroup(_ call: CallSite, loop: Int, in file: AnalyzedFile) -> Bool {
        guard file.language == .elixir, call.kind == .dbWrite,
            call.chain.links[call.link].name.hasSuffix("_all"),
            let iterable = file.loops[loop].iterable
        else { return false }
        return file.tokens[iterable.clamped(to: 0..<file.tokens.count)].contains {
            $0.kind == .identifier && ["group_by", "chunk_by", "chunk_every", "split_with"].contains($0.text)
        }
    }

    /// The call runs in an event handler the loop registers: once per event, not per iteration.
    static func handlesEvent(_ token: Int, registeredIn loop: Int, in file: AnalyzedFile) -> Bool {
        guard let registration = EventHandlers.registration(around: token, in: file) else { return false }
        return file.loops[loop].contains(registration)
    }

    /// How sure a per-iteration finding is (README, "Confidence"):
    /// - high: strong evidence — the loop variable reaches the call's arguments or receiver, or
    ///   the loop iterates a query result or a lazy query — in a `for`/`each`/callback loop;
    /// - medium: a loop over data of unknown size and a call that does not use its variable; or
    ///   strong evidence in a `while` loop;
    /// - low: a `while` loop without strong evidence, or a call known only by its method name
    ///   on any receiver (`x.save()`) that the loop's variable does not reach.
    static func confidence(strong: Bool, kind: Loop.Kind, weakCall: Bool) -> Confidence {
        let whileLoop = kind == .whileLoop || kind == .doWhile
        if strong { return whileLoop ? .medium : .high }
        return whileLoop || weakCall ? .low : .medium
    }

    /// Whether `token` lies in a lambda a query provider translates (``LoopFacts/translatedQuery``):
    /// `db.Leases.Any(…)` inside `db.Rentals.Where(r => …)` is part of one SQL statement.
    static func insideTranslatedQuery(_ token: Int, in file: AnalyzedFile) -> Bool {
        guard file.language == .csharp, let loop = file.loop(containing: token) else { return false }
        return file.loopFacts[loop].translatedQuery
    }

    /// Walks outward from the innermost loop around `token` to the first loop that amplifies.
    static func amplifyingLoop(for token: Int, in file: AnalyzedFile) -> Int? {
        var current = file.loop(containing: token)
        var steps = 0
        while let loop = current, steps < 256 {
            if file.loopFacts[loop].amplifies { return loop }
            current = file.loopFacts[loop].parent
            steps += 1
        }
        return nil
    }

    /// Python functions that evaluate a lazy query passed to them: `list(qs)`, `len(qs)`.
    static let evaluators: Set<String> = [
        "list", "len", "sorted", "tuple", "set", "bool", "sum", "max", "min", "dict",
    ]

    /// Lazy queries run by the loop that iterates them (`for o in qs`, `Order.where(…).each do`),
    /// or by a Python evaluator around them (`list(Order.objects.filter(…))`).
    static func iteratedBuilders(in file: AnalyzedFile) -> [CallSite] {
        var result: [CallSite] = []
        if file.language == .python {
            for call in file.calls where !call.executes {
                let open = call.chain.start - 1
                guard open >= 1, file.tokens[open].is("("), file.brackets.partner(of: open) == call.chain.end,
                    evaluators.contains(file.tokens[open - 1].text), file.tokens[open - 1].kind == .identifier
                else { continue }
                var run = call
                run.executes = true
                result.append(run)
            }
        }
        for (index, loop) in file.loops.enumerated() where !file.loopFacts[index].translatedQuery {
            guard let iterable = loop.iterable,
                loop.kind == .forEach || loop.kind == .callback
                    || loop.kind == .comprehension
            else { continue }
            if let builder = file.calls(in: iterable).last(where: { !$0.executes }) {
                var run = builder
                run.executes = true
                run.executesWhereWritten = false
                result.append(run)
                continue
            }
            guard iterable.count == 1, file.tokens[iterable.lowerBound].kind == .identifier else { continue }
            let token = iterable.lowerBound
            let name = file.tokens[token].text
            guard let binding = file.bindings.binding(of: name, at: token),
                case .builder(let family) = binding.value
            else { continue }
            // A lazy query made outside the amplifying loop is evaluated once and cached (Django,
            // ActiveRecord); only one made anew in each iteration runs each time.
            guard let outer = amplifyingLoop(for: token, in: file), file.loops[outer].contains(binding.token)
            else {
                continue
            }
            let link = ChainLink(
                name: name, token: token, separator: "", arguments: nil, isCall: false,
                isConstructor: false)
            result.append(
                CallSite(
                    chain: CallChain(links: [link], start: token, end: token + 1), link: 0,
                    kind: .dbRead, family: family, executes: true, sql: nil,
                    executesWhereWritten: false))
        }
        return result
    }

    static func variableFlows(into call: CallSite, names: Set<String>, file: AnalyzedFile) -> Bool {
        guard !names.isEmpty else { return false }
        for link in call.chain.links.prefix(call.link) where names.contains(link.name) { return true }
        for range in call.argumentRanges {
            for token in range.clamped(to: 0..<file.tokens.count)
            where LoopFacts.mentions(file.tokens[token], names) {
                return true
            }
            // An Elixir capture's `&1` is the element.
            if names.contains("&1"),
                range.clamped(to: 0..<max(0, file.tokens.count - 1)).contains(where: {
                    file.tokens[$0].is("&") && file.tokens[$0 + 1].kind == .number
                })
            {
                return true
            }
        }
        return false
    }
}
