/// Eager loading a change removed: the associations named by eager-load calls on removed lines
/// that the head no longer eager-loads near the same place, with the query statement they left.
struct RemovedEagerLoads {
    struct Removal {
        var associations: Set<String>
        /// The removed eager-load call as written (`includes`, `joinedload`).
        var call: String
        /// Where a finding lands: the first token of the line the removed lines stood before when
        /// it continues the head's statement there (`.order(…)` after a removed `.includes(…)`),
        /// else that statement's first token.
        var place: Int
    }

    /// Lines around a removal where the head may eager-load the same association another way.
    static let window = 8

    static func find(in file: AnalyzedFile) -> [Removal] {
        var result: [Removal] = []
        for block in blocks(of: file.removedLines) {
            let lexed = Lexer.lex(block.text, language: file.language)
            let removed = EagerLoading.loads(in: lexed.tokens)
            guard !removed.names.isEmpty else { continue }
            let low = block.anchor - window
            let high = block.anchor + window
            let nearby = file.tokens.indices.filter {
                low <= file.tokens[$0].line && file.tokens[$0].line <= high
            }
            let kept =
                nearby.first.map { first in
                    EagerLoading.loads(in: Array(file.tokens[first...(nearby.last ?? first)])).names
                } ?? []
            let lost = removed.names.subtracting(kept)
            guard !lost.isEmpty, let start = statementStart(before: block.anchor, in: file) else { continue }
            var place = start
            if let next = file.tokens.firstIndex(where: { $0.line >= block.anchor }), next > start,
                file.tokens[next].line == block.anchor
            {
                place = next
            }
            result.append(Removal(associations: lost, call: removed.call, place: place))
        }
        return result
    }

    /// Consecutive removed lines sharing an anchor, joined.
    private static func blocks(of lines: [RemovedLine]) -> [(anchor: Int, text: String)] {
        var result: [(anchor: Int, text: String)] = []
        for line in lines {
            if let last = result.last, last.anchor == line.anchor {
                result[result.count - 1].text += "\n" + line.text
            } else {
                result.append((line.anchor, line.text))
            }
        }
        return result
    }

    /// The first token of the statement the head line `anchor` belongs to (the line the removed
    /// lines stood before): walked back over chained calls, open brackets and continued lines.
    static func statementStart(before anchor: Int, in file: AnalyzedFile) -> Int? {
        let tokens = file.tokens
        guard !tokens.isEmpty else { return nil }
        var index = tokens.firstIndex { $0.line >= anchor } ?? tokens.count - 1
        var steps = 0
        while index > 0, steps < 4096 {
            steps += 1
            if tokens[index].startsLine, !continues(at: index, in: file) { return index }
            let previous = tokens[index - 1]
            if previous.kind == .punctuation {
                if previous.text == ";" { return index }
                if previous.text == ")" || previous.text == "]",
                    let open = file.brackets.partner(of: index - 1),
                    open < index - 1
                {
                    index = open
                    continue
                }
                if previous.text == "}", let open = file.brackets.partner(of: index - 1), open < index - 1,
                    !isBlockOpen(open, in: file)
                {
                    index = open
                    continue
                }
                if previous.text == "}" || (previous.text == "{" && isBlockOpen(index - 1, in: file)) {
                    return index
                }
            }
            index -= 1
        }
        return index
    }

    /// Whether the line starting at `index` continues the statement of the line before.
    private static func continues(at index: Int, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let first = tokens[index]
        if first.kind == .punctuation,
            [".", "->", "?.", "&.", ")", "]", "}", "|>", "&&", "||", "+", "?", ":"]
                .contains(first.text)
        {
            return true
        }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation
            && [".", "(", "[", ",", "=", "\\", "->", "+", "&&", "||", "=>", "|>", "{"].contains(previous.text)
            && !(previous.text == "{" && previous.line < first.line && isBlockOpen(index - 1, in: file))
    }

    /// Whether the `{` at `index` opens a block, not an object or hash literal (which follows
    /// `(`, `,`, `=`, `:`, `[`, `?` or `return`).
    private static func isBlockOpen(_ index: Int, in file: AnalyzedFile) -> Bool {
        guard index > 0 else { return true }
        let before = file.tokens[index - 1]
        return !(["(", ",", "=", ":", "[", "?"].contains(before.text) || before.is("return"))
    }
}
