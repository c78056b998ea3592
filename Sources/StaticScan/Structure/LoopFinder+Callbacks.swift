// MARK: - Callbacks passed to iterating methods, in every language

extension LoopFinder {
    /// Methods that call their function argument once per element.
    static let iteratingMethods = Set<String>([
        "forEach", "forEachIndexed", "forEachOrdered", "map", "mapIndexed", "mapNotNull", "flatMap",
        "compactMap",
        "filter", "filterNot", "reduce", "reduceRight", "fold", "each", "each_with_index", "each_with_object",
        "each_slice", "each_cons", "each_key", "each_value", "each_pair", "map!", "collect", "collect_concat",
        "flat_map", "select", "reject", "filter_map", "find_each", "find_in_batches", "in_batches", "times",
        "upto", "downto", "step", "sum", "sumOf", "group_by", "groupBy", "associate", "associateBy",
        "associateWith", "sort_by", "sortedBy", "partition", "index_by", "min_by", "max_by", "minBy", "maxBy",
        "onEach", "peek", "mapToObj", "mapToInt", "mapToLong", "Select", "SelectMany", "Where", "ForEach",
        "ForEachAsync", "Aggregate", "Sum", "ToDictionary", "GroupBy", "repeat", "array_map", "array_walk",
        "array_filter", "array_reduce",
    ]).union(earlyExitMethods)

    /// Iterating methods that stop at the first element that satisfies the callback.
    static let earlyExitMethods: Set<String> = [
        "find", "detect", "find_index", "findIndex", "findLast", "some", "every", "any?", "all?", "none?",
        "firstOrNull", "lastOrNull", "takeWhile", "anyMatch", "allMatch", "noneMatch", "Any", "All", "First",
        "FirstOrDefault", "allSatisfy", "contains", "firstWhere", "firstIndex", "first", "any", "all", "none",
        "find_value", "take_while",
    ]

    /// A loop when the identifier at `index` is an iterating method given a function literal.
    mutating func findCallback(at index: Int) {
        let name = tokens[index].text
        guard Self.iteratingMethods.contains(name) else { return }
        var cursor = index + 1
        var arguments: Range<Int>? = nil
        if isPunct(cursor, "("), let close = brackets.partner(of: cursor), close > cursor {
            arguments = (cursor + 1)..<close
            cursor = close + 1
        }
        var function = arguments.flatMap { functionLiteral(in: $0) ?? methodReference(in: $0) }
        if function == nil {
            if isPunct(cursor, "{") {
                function = closureLiteral(openingAt: cursor)
            } else if language == .ruby, isWord(cursor, "do"), let end = rubyEnds[cursor] {
                function = rubyBlock(from: cursor + 1, to: end)
            }
        }
        guard let function else { return }
        let iterable: Range<Int>?
        if isMemberAccess(index - 1) {
            iterable = expressionStart(endingBefore: index - 1)..<(index - 1)
        } else {
            iterable = arguments.map { args in
                let parts = splitArguments(args).filter {
                    !$0.overlaps(function.body) && !$0.contains(function.body.lowerBound - 1)
                }
                return parts.first ?? args
            }
        }
        loops.append(
            Loop(
                kind: .callback, keyword: name, header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: iterable, variables: function.variables,
                body: [function.body]))
    }

    /// The top-level comma-separated arguments in `range`.
    func splitArguments(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in topLevelIndices(in: range) where isPunct(index, ",") {
            parts.append(start..<index)
            start = index + 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// The first function literal among the arguments in `range`: `x => …`, `(a, b) -> …`,
    /// `function (x) { … }`, `fn($x) => …`, `func(x T) { … }`, `{ x in … }`.
    func functionLiteral(in range: Range<Int>) -> (variables: [String], body: Range<Int>)? {
        for argument in splitArguments(range) {
            let top = topLevelIndices(in: argument)
            if let arrow = top.first(where: { isPunct($0, "=>") || isPunct($0, "->") }) {
                let body: Range<Int>
                if isPunct(arrow + 1, "{"), let close = brackets.partner(of: arrow + 1),
                    close < argument.upperBound
                {
                    body = (arrow + 2)..<close
                } else {
                    body = (arrow + 1)..<argument.upperBound
                }
                return (boundNames(in: argument.lowerBound..<arrow), body)
            }
            if let keyword = top.first(where: { isWord($0, "function") || isWord($0, "func") }),
                let open = top.first(where: { $0 > keyword && isPunct($0, "(") }),
                let close = brackets.partner(of: open),
                let brace = top.first(where: { $0 > close && isPunct($0, "{") }),
                let end = brackets.partner(of: brace)
            {
                return (boundNames(in: (open + 1)..<close), (brace + 1)..<end)
            }
            if let first = top.first, isPunct(first, "{"), language == .swift || language == .kotlin {
                return closureLiteral(openingAt: first)
            }
        }
        return nil
    }

    /// Java/Kotlin `repository::save` passed as the callback: the reference runs per element.
    func methodReference(in range: Range<Int>) -> (variables: [String], body: Range<Int>)? {
        guard language == .java || language == .kotlin, range.count == 3,
            tokens[range.lowerBound].kind == .identifier,
            isPunct(range.lowerBound + 1, "::"), tokens[range.lowerBound + 2].kind == .identifier
        else { return nil }
        return ([], range)
    }

    /// A trailing closure or Ruby brace block opening at `open`, with its parameters.
    func closureLiteral(openingAt open: Int) -> (variables: [String], body: Range<Int>)? {
        guard let close = brackets.partner(of: open), close > open else { return nil }
        if language == .ruby { return rubyBlock(from: open + 1, to: close) }
        let marker = language == .swift ? "in" : "->"
        for index in topLevelIndices(in: (open + 1)..<close) {
            if tokens[index].startsLine && index > open + 1 { break }
            if (marker == "in" && isWord(index, "in")) || (marker == "->" && isPunct(index, "->")) {
                return (boundNames(in: (open + 1)..<index), (index + 1)..<close)
            }
        }
        let implicit = language == .swift ? ["$0", "$1"] : ["it"]
        return (implicit, (open + 1)..<close)
    }

    /// A Ruby block body starting at `start` (after `do` or `{`), with its `|params|`.
    func rubyBlock(from start: Int, to end: Int) -> (variables: [String], body: Range<Int>) {
        guard isPunct(start, "|") else { return ([], start..<end) }
        var cursor = start + 1
        while cursor < end, !isPunct(cursor, "|") { cursor += 1 }
        return (boundNames(in: (start + 1)..<cursor), min(cursor + 1, end)..<end)
    }
}
