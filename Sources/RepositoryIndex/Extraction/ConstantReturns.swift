import StaticScan

/// Functions whose whole body returns a small literal collection (BookStack's
/// `EntityProvider::all()` returning four entity models, `def kinds(): return ["a", "b"]`): a loop
/// over what they return is as long as the code wrote it, not as the data grows.
enum ConstantReturns {
    /// Whether `body` is one `return` of a small literal collection (``LiteralCollections``),
    /// around which only braces, `;` and `end` stand.
    static func returnsSmallLiteral(_ body: Range<Int>, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let body = body.clamped(to: 0..<tokens.count)
        guard let keyword = body.first(where: { !isFrame(tokens[$0]) }), tokens[keyword].is("return"),
            let last = body.last(where: { !isFrame(tokens[$0]) }), last > keyword
        else { return false }
        return LiteralCollections.isSmall((keyword + 1)..<(last + 1), in: file)
    }

    /// Tokens that frame a body's one statement: braces, `;`, Ruby's `end`.
    private static func isFrame(_ token: Token) -> Bool {
        (token.kind == .punctuation && ["{", "}", ";", ":"].contains(token.text)) || token.is("end")
    }
}
