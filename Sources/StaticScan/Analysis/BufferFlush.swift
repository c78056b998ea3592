/// A call that flushes a buffer the loop fills: it takes the buffer and the loop empties it right
/// after (`if len(queue) >= 100: Prefix.objects.bulk_update(queue, …); queue = []`). It runs once
/// per batch of items, which is the fix for a per-item call, not the problem.
enum BufferFlush {
    /// Names a buffer is emptied with on the right of `=` (`[]`, `list()`, `new ArrayList<>()`,
    /// `mutableListOf()`, `nil`, Go's `buf[:0]`).
    static let emptyValues: Set<String> = [
        "list", "dict", "set", "array", "Array", "ArrayList", "LinkedList", "HashMap", "HashSet", "List",
        "mutableListOf", "arrayListOf", "listOf", "emptyList", "mutableMapOf", "nil", "null", "None", "new",
        "make",
    ]
    /// Methods that empty a buffer in place.
    static let clearMethods: Set<String> = ["clear", "Clear", "clear!", "removeAll", "splice"]

    static func flushes(_ call: CallSite, loop: Int, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let arguments = Set(
            call.argumentRanges.flatMap { $0.clamped(to: 0..<tokens.count) }
                .filter { tokens[$0].kind == .identifier }.map { tokens[$0].text })
        guard !arguments.isEmpty else { return false }
        for range in file.loops[loop].body {
            let after = range.clamped(to: max(call.chain.end, 1)..<tokens.count)
            for index in after
            where tokens[index].kind == .identifier && arguments.contains(tokens[index].text) {
                if empties(tokens[index].text, at: index, in: file) { return true }
            }
        }
        return false
    }

    /// `name = []`, `name = list()`, `name.clear()`, `name = name[:0]` starting at `index`.
    private static func empties(_ name: String, at index: Int, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        guard index + 2 < tokens.count, !(index > 0 && tokens[index - 1].is(".")) else { return false }
        if tokens[index + 1].is("."), clearMethods.contains(tokens[index + 2].text) { return true }
        guard tokens[index + 1].is("=") || tokens[index + 1].is(":=") else { return false }
        var cursor = index + 2
        var sawValue = false
        while cursor < tokens.count, cursor == index + 2 || !tokens[cursor].startsLine,
            !tokens[cursor].is(";")
        {
            let token = tokens[cursor]
            switch token.kind {
            case .identifier:
                guard emptyValues.contains(token.text) || token.text == name else { return false }
            case .number:
                guard token.text == "0" else { return false }
            case .punctuation:
                guard ["[", "]", "{", "}", "(", ")", "<", ">", ":", "<>"].contains(token.text) else {
                    return false
                }
            case .string:
                return false
            }
            sawValue = true
            cursor += 1
        }
        return sawValue
    }
}
