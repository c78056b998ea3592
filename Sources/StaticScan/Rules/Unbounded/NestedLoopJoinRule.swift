/// HF205: two query results joined in memory by nested loops: quadratic in the data.
public struct NestedLoopJoinRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF205",
        name: "nested-loop-join",
        severity: .warning,
        summary: "Two query results are joined in memory by nested loops: the work is quadratic in the data.",
        explanation: """
            Matching the rows of one query against the rows of another by scanning the second list for every \
            element of the first costs rows(A) × rows(B) comparisons: 400 on a fixture, 10 billion when both \
            tables hold 100,000 rows. Reported: a loop (statement, comprehension or `filter`/`find`/`where` \
            callback) over a query result, inside a loop over another query result, whose body compares a key of \
            the inner element with the outer one (`==`, `===`, `equals`). Both results must have been read \
            before the outer loop (a query run inside it is an N+1, HF101). Silent: inner lookups in a \
            dict/map/index (`by_order[o.id]`), inner loops over literals or small constants, and nested loops \
            that do not compare keys.
            """,
        hint:
            "Index the inner rows once by the join key (a dict/map, `groupBy`, `index_by`, `ToLookup`) and look each one up, or let the database join the two tables.",
        languages: [.python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift],
        examples: NestedLoopJoinRule.examples
    )

    /// Method names of repositories that return lists.
    static let finderPrefixes = [
        "findBy", "findAll", "getAll", "fetchAll", "FindAll", "GetAll", "ListAll", "listAll", "loadAll",
    ]

    static let comparisons: Set<String> = ["==", "===", "equals", "Equals", "eq", "eql?"]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        let results = Self.queryResults(in: file)
        var findings: [Finding] = []
        for inner in file.loops.indices {
            let loop = file.loops[inner]
            guard loop.kind != .whileLoop, loop.kind != .doWhile, loop.kind != .infinite,
                loop.kind != .counting,
                let innerName = Self.iteratedName(loop, in: file),
                let innerAssigned = results[Bindings.key(innerName)]
            else { continue }
            var outer = file.loopFacts[inner].parent
            var steps = 0
            while let candidate = outer, steps < 16 {
                defer {
                    outer = file.loopFacts[candidate].parent
                    steps += 1
                }
                let outerLoop = file.loops[candidate]
                guard innerAssigned < outerLoop.header, iteratesQuery(outerLoop, results: results, in: file),
                    comparesKeys(inner: loop, outer: candidate, in: file)
                else { continue }
                let at = loop.kind == .callback ? (loop.iterable?.lowerBound ?? loop.header) : loop.header
                let message =
                    "This loop scans `\(innerName)` (a query result) for every element of the `\(outerLoop.keyword)` loop over another query result on line \(outerLoop.line), matching keys: an in-memory join whose cost grows with the product of both tables."
                findings.append(
                    file.finding(
                        description, at: at, loop: candidate, call: innerName, kind: nil,
                        confidence: .high, message: message))
                break
            }
        }
        return findings
    }

    // MARK: - Query results

    /// Names assigned from a statement that runs a query, with the token of their assignment.
    static func queryResults(in file: AnalyzedFile) -> [String: Int] {
        var names: [String: Int] = [:]
        let tokens = file.tokens
        var starts: [Int] = []
        for call in file.calls where call.kind == .dbRead {
            // GORM and sqlx fill a pointer: `db.Find(&orders)`, `db.Select(&rows, q)`.
            if let arguments = call.chain.links[call.link].arguments, arguments.count >= 2,
                tokens[arguments.lowerBound].is("&"), tokens[arguments.lowerBound + 1].kind == .identifier
            {
                let name = Bindings.key(tokens[arguments.lowerBound + 1].text)
                if names[name] == nil { names[name] = arguments.lowerBound + 1 }
                continue
            }
            starts.append(call.startToken)
        }
        // Repository finders the catalog cannot bind (`invoices.findByAccountId(id)`).
        for chain in file.chains
        where chain.links.count >= 2
            && chain.links.dropFirst().contains(where: { link in
                link.isCall && finderPrefixes.contains { link.name.hasPrefix($0) }
            })
        {
            starts.append(chain.start)
        }
        for start in starts {
            let line = tokens[start].line
            var cursor = start - 1
            while cursor > 0, tokens[cursor].line == line,
                !(tokens[cursor].is("=") || tokens[cursor].is(":="))
            {
                cursor -= 1
            }
            guard cursor > 0, tokens[cursor].line == line, tokens[cursor].is("=") || tokens[cursor].is(":=")
            else { continue }
            var target = cursor - 1
            // `val rows: List<Row> =`, `const rows: Row[] =`, `let rows: [Row] =`: the name before `:`.
            if tokens[target].kind != .identifier
                || target >= 1 && tokens[target - 1].is(":") && tokens[target - 1].line == line
            {
                var colon = target
                while colon > 0, tokens[colon].line == line, !tokens[colon].is(":") { colon -= 1 }
                guard colon >= 1, tokens[colon].is(":"), tokens[colon].line == line else { continue }
                target = colon - 1
            }
            // `rows, err := db.Query(…)`.
            if target >= 2, tokens[target].text == "err", tokens[target - 1].is(",") { target -= 2 }
            guard tokens[target].kind == .identifier else { continue }
            let key = Bindings.key(tokens[target].text)
            if names[key] == nil { names[key] = target }
        }
        return names
    }

    /// The one name a loop iterates (`orders`, `self.orders`, `$orders`, `@orders`).
    static func iteratedName(_ loop: Loop, in file: AnalyzedFile) -> String? {
        guard let iterable = loop.iterable else { return nil }
        let parts = iterable.clamped(to: 0..<file.tokens.count).map { file.tokens[$0] }
        let ignored: Set<String> = [
            "self", "this", "$this", "range", "_", "await", "stream", "asSequence", "lazy", "iter",
        ]
        let names = parts.filter { $0.kind == .identifier && !ignored.contains($0.text) }
        let calls = parts.indices.dropFirst().filter { parts[$0].is("(") }.map { parts[$0 - 1].text }
        guard names.count == 1, calls.allSatisfy(ignored.contains),
            parts.allSatisfy({ $0.kind == .identifier || [".", "->", "&", "(", ")"].contains($0.text) })
        else { return nil }
        return names[0].text
    }

    private func iteratesQuery(_ loop: Loop, results: [String: Int], in file: AnalyzedFile) -> Bool {
        if let name = Self.iteratedName(loop, in: file), results[Bindings.key(name)] != nil { return true }
        guard let iterable = loop.iterable else { return false }
        return file.calls.contains { $0.kind == .dbRead && iterable.contains($0.nameToken) }
    }

    /// A line of the inner body compares with both loops' variables.
    private func comparesKeys(inner: Loop, outer: Int, in file: AnalyzedFile) -> Bool {
        let outerNames = Set(file.loops[outer].variables)
        var innerNames = Set(inner.variables)
        if inner.kind == .callback { innerNames.formUnion(["it", "$0", "_1"]) }
        guard !outerNames.isEmpty else { return false }
        let tokens = file.tokens
        var ranges = inner.body
        // Swift `for x in xs where x.id == y.id`: the filter sits between the collection and the body.
        if let iterable = inner.iterable, let first = inner.body.first, first.lowerBound > iterable.upperBound
        {
            ranges.append(iterable.upperBound..<first.lowerBound)
        }
        for range in ranges {
            for token in range.clamped(to: 0..<tokens.count)
            where Self.comparisons.contains(tokens[token].text)
                && tokens[token].kind != .string
            {
                let clamped = range.clamped(to: 0..<tokens.count)
                var first = token
                var last = token
                while first > clamped.lowerBound, tokens[first - 1].line == tokens[token].line { first -= 1 }
                while last + 1 < clamped.upperBound, tokens[last + 1].line == tokens[token].line { last += 1 }
                let words = Set(
                    (first...last).filter { tokens[$0].kind == .identifier }.map {
                        Bindings.key(tokens[$0].text)
                    })
                if !words.isDisjoint(with: outerNames.map(Bindings.key)),
                    !words.isDisjoint(with: innerNames.map(Bindings.key))
                {
                    return true
                }
            }
        }
        return false
    }
}
