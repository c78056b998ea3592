/// Collections written out in code (`["a", "b"]`, `listOf(A, B)`, `%w[a b]`, Go `[]string{…}`,
/// PHP `array(…)`) and how many elements they hold: a loop over one is as long as the code wrote
/// it. The loop inspector and the repository index (functions returning one) share this.
public struct LiteralCollections {
    let file: AnalyzedFile
    private var tokens: [Token] { file.tokens }

    /// Calls that build a collection from the elements written in them.
    static let constructors: Set<String> = [
        "listOf", "arrayOf", "setOf", "mutableListOf", "mutableSetOf", "List.of", "Set.of", "of", "asList",
        "array", "tuple", "frozenset", "set", "list", "Array", "sequenceOf", "intArrayOf", "Stream.of",
    ]

    /// Whether `range` of `file` is a literal collection of at most ``LoopFacts/smallConstant``
    /// elements, not built from another collection (a comprehension or a spread, `[f(x) for x in
    /// rows]`, `[...rows]`, sizes by its source).
    public static func isSmall(_ range: Range<Int>, in file: AnalyzedFile) -> Bool {
        let literals = LiteralCollections(file: file)
        return !range.isEmpty
            && !file.tokens[range].contains(where: {
                $0.is("for") || $0.is("...") || $0.is("*") || $0.is("**")
            }) && literals.isLiteral(range) && literals.elementCount(range) <= LoopFacts.smallConstant
    }

    /// Whether `range` is a collection written out in code, of any size.
    func isLiteral(_ range: Range<Int>) -> Bool {
        var range = range
        while range.count > 2, tokens[range.lowerBound].is("("),
            file.brackets.partner(of: range.lowerBound) == range.upperBound - 1,
            !hasTopLevelComma(range.lowerBound + 1..<range.upperBound - 1)
        {
            range = range.lowerBound + 1..<range.upperBound - 1
        }
        let first = tokens[range.lowerBound]
        let lastIndex = range.upperBound - 1
        if range.count == 1 { return first.kind == .string || first.kind == .number }
        if first.is("[") || first.is("{") || first.is("(") {
            if file.brackets.partner(of: range.lowerBound) == lastIndex {
                return !first.is("(") || hasTopLevelComma(range.lowerBound + 1..<lastIndex)
            }
        }
        // Go `[]string{…}`, C# `new[] {…}`, Java `new String[] {…}`.
        if tokens[lastIndex].is("}"), let open = file.brackets.partner(of: lastIndex),
            open > range.lowerBound, tokens[open - 1].is("]") || tokens[open - 1].kind == .identifier
        {
            return !(range.lowerBound..<open).contains { tokens[$0].is("(") || tokens[$0].is(".") }
        }
        if tokens[lastIndex].is(")"), let open = file.brackets.partner(of: lastIndex), open > range.lowerBound
        {
            let name = tokens[open - 1].text
            let qualified = open >= 3 && tokens[open - 2].is(".") ? tokens[open - 3].text + "." + name : name
            let prefixOK = (range.lowerBound..<(open - 1)).allSatisfy {
                tokens[$0].kind == .identifier || tokens[$0].is(".")
            }
            // Python `dict()`: an empty dict written as a call (a class attribute subclasses fill).
            if file.language == .python, name == "dict", open + 1 == lastIndex, open - 1 == range.lowerBound {
                return true
            }
            return prefixOK
                && (Self.constructors.contains(qualified) || Self.constructors.contains(name))
                && !(open + 1..<lastIndex).contains { tokens[$0].is("*") || tokens[$0].is("...") }
                && (name != "list" && name != "set" && name != "tuple" && name != "array" && name != "Array"
                    || (open + 1 < lastIndex && tokens[open + 1].is("["))
                    || (file.language == .php && name == "array"))
        }
        return false
    }

    private func hasTopLevelComma(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            if tokens[cursor].is(",") { return true }
            if ["(", "[", "{"].contains(tokens[cursor].text), tokens[cursor].kind == .punctuation,
                let close = file.brackets.partner(of: cursor), close > cursor
            {
                cursor = close
            }
            cursor += 1
        }
        return false
    }

    /// Elements of the literal: top-level commas of its outermost brackets plus one, or the words
    /// of a `%w[…]` string.
    func elementCount(_ value: Range<Int>) -> Int {
        if value.count == 1 {
            return tokens[value.lowerBound].text.split(whereSeparator: \.isWhitespace).count
        }
        let last = value.upperBound - 1
        guard let open = file.brackets.partner(of: last), open < last else { return Int.max }
        var count = 1
        var cursor = open + 1
        while cursor < last {
            if tokens[cursor].is(",") { count += 1 }
            if ["(", "[", "{"].contains(tokens[cursor].text), tokens[cursor].kind == .punctuation,
                let close = file.brackets.partner(of: cursor), close > cursor
            {
                cursor = close
            }
            cursor += 1
        }
        return count
    }
}
