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

    static func find(in file: AnalyzedFile) -> [LoopCall] {
        var result: [LoopCall] = []
        if file.loops.isEmpty { return result }
        let executed = file.calls.filter(\.executes) + iteratedBuilders(in: file)
        for call in executed
        where !EagerLoading.readsPreloadedRelation(call, in: file)
            && !insideTranslatedQuery(call.nameToken, in: file)
        {
            guard let loop = amplifyingLoop(for: call.nameToken, in: file) else { continue }
            let facts = file.loopFacts[loop]
            let flows = variableFlows(into: call, names: facts.taintedNames, file: file)
            let confidence = Self.confidence(
                strong: flows || facts.iteratesCallResult, kind: file.loops[loop].kind,
                weakCall: call.knownByMethodNameOnly)
            result.append(
                LoopCall(
                    call: call, loop: loop, confidence: confidence, loopVariableFlows: flows,
                    runByIteration: !call.executesWhereWritten))
        }
        return result
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

    private static func variableFlows(into call: CallSite, names: Set<String>, file: AnalyzedFile) -> Bool {
        guard !names.isEmpty else { return false }
        for link in call.chain.links.prefix(call.link) where names.contains(link.name) { return true }
        for range in call.argumentRanges {
            for token in range.clamped(to: 0..<file.tokens.count)
            where LoopFacts.mentions(file.tokens[token], names) {
                return true
            }
        }
        return false
    }
}
