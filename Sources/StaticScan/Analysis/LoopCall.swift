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
        let executed = file.calls.filter(\.executes) + iteratedBuilders(in: file)
        for call in executed {
            guard let loop = amplifyingLoop(for: call.nameToken, in: file) else { continue }
            let facts = file.loopFacts[loop]
            let flows = variableFlows(into: call, names: facts.taintedNames, file: file)
            let kind = file.loops[loop].kind
            let confidence: Confidence
            if flows || facts.iteratesCallResult {
                confidence = .high
            } else if kind == .whileLoop || kind == .doWhile {
                confidence = .low
            } else {
                confidence = .medium
            }
            result.append(LoopCall(call: call, loop: loop, confidence: confidence, loopVariableFlows: flows,
                                   runByIteration: !call.executesWhereWritten))
        }
        return result
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

    /// Lazy queries run by the loop that iterates them (`for o in qs`, `Order.where(…).each do`).
    static func iteratedBuilders(in file: AnalyzedFile) -> [CallSite] {
        var result: [CallSite] = []
        for loop in file.loops {
            guard let iterable = loop.iterable, loop.kind == .forEach || loop.kind == .callback
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
            guard case .builder(let family) = file.bindings.value(of: name, at: token) else { continue }
            let link = ChainLink(name: name, token: token, separator: "", arguments: nil, isCall: false,
                                 isConstructor: false)
            result.append(CallSite(chain: CallChain(links: [link], start: token, end: token + 1), link: 0,
                                   kind: .dbRead, family: family, executes: true, sql: nil,
                                   executesWhereWritten: false))
        }
        return result
    }

    private static func variableFlows(into call: CallSite, names: Set<String>, file: AnalyzedFile) -> Bool {
        guard !names.isEmpty else { return false }
        for link in call.chain.links.prefix(call.link) where names.contains(link.name) { return true }
        for range in call.argumentRanges {
            for token in range.clamped(to: 0..<file.tokens.count) where file.tokens[token].kind == .identifier {
                if names.contains(file.tokens[token].text) { return true }
            }
        }
        return false
    }
}
