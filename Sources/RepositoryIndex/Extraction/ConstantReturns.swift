import StaticScan

/// Functions whose whole body returns a small literal collection (BookStack's
/// `EntityProvider::all()` returning four entity models, `def kinds(): return ["a", "b"]`): a loop
/// over what they return is as long as the code wrote it, not as the data grows.
enum ConstantReturns {
    /// Calls that build a collection from the elements written in them.
    static let collectionBuilders: Set<String> = [
        "array", "listOf", "setOf", "arrayOf", "mutableListOf", "mutableSetOf", "of", "asList", "tuple",
        "frozenset",
    ]

    /// Whether `body` is one `return` of a literal collection of at most
    /// ``LoopFacts/smallConstant`` elements, around which only braces, `;` and `end` stand.
    static func returnsSmallLiteral(_ body: Range<Int>, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let body = body.clamped(to: 0..<tokens.count)
        guard var cursor = body.first(where: { !isFrame(tokens[$0]) }), tokens[cursor].is("return") else {
            return false
        }
        cursor += 1
        // `List.of(…)`, `Arrays.asList(…)`: the builder is the last name before the parenthesis.
        while cursor + 2 < body.upperBound, tokens[cursor].kind == .identifier, tokens[cursor + 1].is(".") {
            cursor += 2
        }
        if cursor < body.upperBound, tokens[cursor].kind == .identifier,
            collectionBuilders.contains(tokens[cursor].text)
        {
            cursor += 1
        }
        guard cursor < body.upperBound, tokens[cursor].kind == .punctuation,
            ["[", "(", "{"].contains(tokens[cursor].text),
            let close = file.brackets.partner(of: cursor), close > cursor, close < body.upperBound,
            ((close + 1)..<body.upperBound).allSatisfy({ isFrame(tokens[$0]) }),
            // A comprehension or a spread (`[cf for cf in fields]`, `[...rows]`) sizes by its source.
            !((cursor + 1)..<close).contains(where: { ["for", "...", "*", "**"].contains(tokens[$0].text) })
        else { return false }
        return elementCount(between: cursor, and: close, in: file) <= LoopFacts.smallConstant
    }

    /// Tokens that frame a body's one statement: braces, `;`, Ruby's `end`.
    private static func isFrame(_ token: Token) -> Bool {
        (token.kind == .punctuation && ["{", "}", ";", ":"].contains(token.text)) || token.is("end")
    }

    /// Top-level elements between the brackets at `open` and `close`.
    private static func elementCount(between open: Int, and close: Int, in file: AnalyzedFile) -> Int {
        let tokens = file.tokens
        var count = close > open + 1 ? 1 : 0
        var cursor = open + 1
        while cursor < close {
            if tokens[cursor].is(","), cursor + 1 < close { count += 1 }
            if tokens[cursor].kind == .punctuation, ["(", "[", "{"].contains(tokens[cursor].text),
                let partner = file.brackets.partner(of: cursor), partner > cursor
            {
                cursor = partner
            }
            cursor += 1
        }
        return count
    }
}
