/// Reads one loop's header and body for ``LoopFacts``.
struct LoopInspector {
    let file: AnalyzedFile
    let loop: Loop
    let index: Int

    private var tokens: [Token] { file.tokens }

    static let rangeWords: Set<String> = [
        "range", "xrange", "until", "upto", "downto", "step", "Range", "IntStream", "LongStream",
        "rangeClosed",
        "Enumerable", "to", "stride", "from", "through", "by", "repeat", "times", "each", "indices",
        "reversed",
    ]
    /// Python dict views, as many as the dict's keys.
    static let dictionaryViews: Set<String> = ["items", "keys", "values"]
    /// Methods without arguments that keep a collection's elements (order aside).
    static let sameElements: Set<String> = [
        "shuffle", "reverse", "sort", "uniq", "compact", "freeze", "dup", "to_a", "with_index",
        "each_with_index",
    ]
    static let sleepNames: Set<String> = [
        "sleep", "usleep", "Sleep", "setTimeout", "delay", "Delay", "sleepFor",
    ]
    /// Words of an attempt counter's name (`attempt`, `retries`, `max_tries`, `retryCount`); whole
    /// words, so `entries`, `countries` and `retrieved` are not counters.
    static let retryWords: Set<String> = ["attempt", "attempts", "retry", "retries", "tries", "try"]

    // MARK: - Constant size

    func isConstantSize() -> Bool {
        switch loop.kind {
        case .whileLoop, .doWhile, .infinite: return false
        case .counting:
            guard let condition = loop.iterable else { return false }
            return isSmallRange(condition, allowing: Set(loop.variables))
        case .forEach, .callback, .comprehension:
            guard var iterable = loop.iterable, !iterable.isEmpty else { return false }
            // `[1, 2, 3].shuffle`, `%w[a b].freeze`, `[a, b].reverse()`: still the same few elements.
            while iterable.count > 2, tokens[iterable.upperBound - 2].is("."),
                Self.sameElements.contains(tokens[iterable.upperBound - 1].text)
            {
                iterable = iterable.lowerBound..<(iterable.upperBound - 2)
            }
            // Python `forms.items()`: a dict's entries are as many as its keys.
            if file.language == .python, iterable.count > 4, tokens[iterable.upperBound - 1].is(")"),
                tokens[iterable.upperBound - 2].is("("), tokens[iterable.upperBound - 4].is("."),
                Self.dictionaryViews.contains(tokens[iterable.upperBound - 3].text)
            {
                iterable = iterable.lowerBound..<(iterable.upperBound - 4)
            }
            return isLiteralCollection(iterable) || isSmallRange(iterable, allowing: [])
                || isNamedLiteralCollection(iterable) || isEnumCases(iterable) || isFactoryCount(iterable)
                || isInjectedComponents(iterable) || isVariadicParameter(iterable)
                || isConstantReturn(iterable) || isLiteralBounded(iterable) || readsSchema(iterable)
                || skipsOutsideAllowlist()
        }
    }

    func isLiteralCollection(_ range: Range<Int>) -> Bool {
        LiteralCollections(file: file).isLiteral(range)
    }

    /// Only numbers up to ``LoopFacts/smallConstant``, range words, and the loop's own variables.
    private func isSmallRange(_ range: Range<Int>, allowing names: Set<String>) -> Bool {
        var sawNumber = false
        for token in tokens[range] {
            switch token.kind {
            case .number:
                guard let value = Int(token.text.filter { $0 != "_" }), value <= LoopFacts.smallConstant
                else {
                    return false
                }
                sawNumber = true
            case .identifier:
                guard Self.rangeWords.contains(token.text) || names.contains(token.text) else { return false }
            case .punctuation:
                guard
                    [
                        "(", ")", ",", "..", "...", "..<", ".", ":", "<", "<=", ">", ">=", "=", "-", "++",
                        "--",
                        "+=", ";", "::", "$",
                    ].contains(token.text)
                else { return false }
            case .string:
                return false
            }
        }
        return sawNumber
    }

    // MARK: - Batches

    static let batchWords: Set<String> = [
        "each_slice", "in_batches", "find_in_batches", "batched", "chunked", "chunks", "chunk", "batches",
        "in_groups_of", "Chunk", "windowed", "Lists.partition", "partition_all", "slices", "chunk_every",
    ]

    func isBatched() -> Bool {
        if Self.batchWords.contains(loop.keyword) { return true }
        guard let iterable = loop.iterable else { return false }
        let range = iterable.clamped(to: 0..<tokens.count)
        if tokens[range].contains(where: { $0.kind == .identifier && Self.batchWords.contains($0.text) }) {
            return true
        }
        // A batching helper of the project (`queryset_in_batches(qs)`, `chunked_ids(…)`), or a
        // loop whose variable names a batch (`for batch in …`, `|chunk|`): one call per batch.
        if range.contains(where: { index in
            tokens[index].kind == .identifier && index + 1 < tokens.count && tokens[index + 1].is("(")
                && Self.namesBatches(tokens[index].text)
        }) || loop.variables.contains(where: Self.namesBatch) || takesBatchPerTurn(range) {
            return true
        }
        // `range(0, len(ids), 500)`: a step of ten or more walks batches.
        guard range.count > 2, tokens[range.lowerBound].is("range"),
            let close = file.brackets.partner(of: range.lowerBound + 1), close == range.upperBound - 1,
            let lastComma = (range.lowerBound..<close).last(where: { tokens[$0].is(",") }),
            (range.lowerBound..<close).filter({ tokens[$0].is(",") }).count == 2,
            lastComma + 2 == close, tokens[lastComma + 1].kind == .number,
            let step = Int(tokens[lastComma + 1].text.filter { $0 != "_" })
        else { return false }
        return step >= 10
    }

    /// A `while` whose condition takes the next batch (`while pks := list(qs[:BATCH_SIZE])`,
    /// `while (rows = query.limit(CHUNK_SIZE)…)`), or a counting loop stepping by a batch size:
    /// each turn handles one batch.
    private func takesBatchPerTurn(_ range: Range<Int>) -> Bool {
        // `for start := 0; start < len(ids); start += batchSize`: a step of one batch.
        if loop.kind == .counting, let body = loop.body.first?.lowerBound, body > range.upperBound {
            // The step clause sits between the condition (the iterable) and the body.
            let step = range.upperBound..<body
            return step.contains { index in
                index + 1 < step.upperBound && tokens[index].is("+=")
                    && tokens[index + 1].kind == .identifier && Self.namesBatch(tokens[index + 1].text)
            }
        }
        guard loop.kind == .whileLoop || loop.kind == .doWhile else { return false }
        return range.contains { index in
            guard index > 0, tokens[index].kind == .identifier, Self.namesBatch(tokens[index].text),
                Self.words(tokens[index].text).contains("size")
            else { return false }
            let before = tokens[index - 1]
            return before.is(":")
                || (before.is("(") && index > 1 && Self.limitWords.contains(tokens[index - 2].text))
        }
    }

    static let limitWords: Set<String> = ["limit", "Limit", "take", "Take", "first", "LIMIT"]

    // MARK: - Sequential on purpose

    func sequentialReason() -> SequentialReason? {
        if loop.kind == .infinite { return .infinite }
        if loop.kind == .callback, LoopFinder.earlyExitMethods.contains(loop.keyword) { return .earlyExit }
        let words = (loop.variables + iterableNames()).flatMap(Self.words)
        if words.contains(where: Self.retryWords.contains) { return .retry }
        var exits = false
        var sleeps = false
        for range in loop.body {
            for token in range.clamped(to: 0..<tokens.count) where tokens[token].kind == .identifier {
                let name = tokens[token].text
                if Self.sleepNames.contains(name) { sleeps = true }
                if loop.kind != .callback || file.language == .ruby, name == "break" || name == "return",
                    file.loop(containing: token) == index, !returnsError(at: token)
                {
                    exits = true
                }
            }
        }
        if sleeps { return .sleeps }
        if exits { return .earlyExit }
        // A counting loop whose condition also tests a name the body reassigns (`url && page < MAX`)
        // walks a cursor with a page cap: sequential, judged by HF204.
        if loop.kind == .whileLoop || loop.kind == .doWhile || loop.kind == .counting, advancesCondition() {
            return .advancesCondition
        }
        return nil
    }

    /// `return nil, err` / `return fmt.Errorf(…)`: error propagation, not stopping at a hit
    /// (`return err == nil` answers on the first hit).
    private func returnsError(at token: Int) -> Bool {
        guard tokens[token].text == "return" else { return false }
        var cursor = token + 1
        while cursor < tokens.count, !tokens[cursor].startsLine, !tokens[cursor].is(";"),
            !tokens[cursor].is("}")
        {
            if tokens[cursor].kind == .identifier, tokens[cursor].text.lowercased().contains("err"),
                !(cursor + 1 < tokens.count && (tokens[cursor + 1].is("==") || tokens[cursor + 1].is("!=")))
            {
                return true
            }
            cursor += 1
        }
        return false
    }

    private func iterableNames() -> [String] {
        guard let iterable = loop.iterable else { return [] }
        return tokens[iterable.clamped(to: 0..<tokens.count)].filter { $0.kind == .identifier }.map(\.text)
    }

    /// The body assigns a name the condition reads (`cursor = page.next`), other than a counter step.
    private func advancesCondition() -> Bool {
        let names = Set(iterableNames())
        guard !names.isEmpty else { return false }
        for range in loop.body {
            for token in range.clamped(to: 1..<max(1, tokens.count - 1))
            where tokens[token].kind == .punctuation
                && (tokens[token].text == "=" || tokens[token].text == ":=")
            {
                let target = tokens[token - 1]
                guard target.kind == .identifier, names.contains(target.text) else { continue }
                let step =
                    token + 3 < tokens.count && tokens[token + 1].text == target.text
                    && (tokens[token + 2].is("+") || tokens[token + 2].is("-"))
                    && tokens[token + 3].kind == .number
                if !step { return true }
            }
        }
        return false
    }

    // MARK: - Data flow

    func iteratesCallResult() -> Bool {
        guard let iterable = loop.iterable else { return false }
        if !file.calls(in: iterable).isEmpty { return true }
        for token in iterable.clamped(to: 0..<tokens.count) where tokens[token].kind == .identifier {
            switch file.bindings.value(of: tokens[token].text, at: token) {
            case .result, .builder: return true
            default: continue
            }
        }
        return false
    }

    /// The loop variables and every name assigned from an expression using one, in body order.
    func taintedNames() -> Set<String> {
        var names = Set(loop.variables)
        for range in loop.body {
            let clamped = range.clamped(to: 1..<max(1, tokens.count))
            for token in clamped
            where tokens[token].kind == .punctuation
                && (tokens[token].text == "=" || tokens[token].text == ":=")
            {
                guard tokens[token - 1].kind == .identifier else { continue }
                var cursor = token + 1
                while cursor < clamped.upperBound, !tokens[cursor].startsLine, !tokens[cursor].is(";") {
                    if LoopFacts.mentions(tokens[cursor], names) {
                        names.insert(tokens[token - 1].text)
                        break
                    }
                    cursor += 1
                }
            }
        }
        return names
    }
}
