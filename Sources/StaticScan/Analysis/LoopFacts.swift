/// Why a loop is sequential on purpose, and so not an N+1 (the issue-4 rules judge these).
public enum SequentialReason: String, Sendable {
    /// `break`/`return` on the first hit, or `find`/`some`/`any?`.
    case earlyExit
    /// Sleeps between iterations: polling or backoff.
    case sleeps
    /// A `while` whose condition the body advances: a cursor, a next link, a page token.
    case advancesCondition
    /// An attempt counter: a retry loop.
    case retry
    /// `while True`, `loop do`, `for {}`: a worker or polling loop.
    case infinite
}

/// What the scanner knows about one loop.
public struct LoopFacts: Sendable {
    /// The loop running this loop's header, if any.
    public var parent: Int?
    /// Iterates a literal collection or a small constant range (`[a, b]`, `range(3)`, `1...3`).
    public var isConstantSize: Bool
    /// Set when the loop is sequential on purpose.
    public var sequential: SequentialReason?
    /// Iterates batches (`each_slice(500)`, `in_batches`, `batched(ids, 100)`, `range(0, n, 500)`):
    /// one call per batch is the fix, not the problem.
    public var isBatched: Bool
    /// Iterates the result of a query or other call, or a lazy query.
    public var iteratesCallResult: Bool
    /// A lambda a query provider translates to SQL (an EF Core `IQueryable` operator's), or one
    /// nested in it: it runs once, as part of one statement, and what it calls is not executed.
    public var translatedQuery: Bool
    /// The loop variables and the names derived from them inside the body.
    public var taintedNames: Set<String>

    /// Whether `token` is one of `names`, or a string interpolating one (`f"{id}"`, `"$id"`, `` `${id}` ``).
    static func mentions(_ token: Token, _ names: Set<String>) -> Bool {
        switch token.kind {
        case .identifier: return names.contains(token.text)
        case .string:
            var word = ""
            for scalar in token.text.unicodeScalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
                    || scalar == "$"
                {
                    word.unicodeScalars.append(scalar)
                    continue
                }
                if names.contains(word) || (word.hasPrefix("$") && names.contains(String(word.dropFirst()))) {
                    return true
                }
                word = ""
            }
            return names.contains(word) || (word.hasPrefix("$") && names.contains(String(word.dropFirst())))
        default: return false
        }
    }

    /// Whether a call in this loop's body is amplified by it.
    public var amplifies: Bool { !isConstantSize && !isBatched && sequential == nil && !translatedQuery }

    /// The largest literal count a loop may have and still be "small and constant".
    public static let smallConstant = 50

    static func compute(for index: Int, in file: AnalyzedFile) -> LoopFacts {
        let loop = file.loops[index]
        let facts = LoopInspector(file: file, loop: loop, index: index)
        return LoopFacts(
            parent: file.parent(ofLoop: index), isConstantSize: facts.isConstantSize(),
            sequential: facts.sequentialReason(), isBatched: facts.isBatched(),
            iteratesCallResult: facts.iteratesCallResult(), translatedQuery: facts.isTranslatedQuery(),
            taintedNames: facts.taintedNames())
    }
}
