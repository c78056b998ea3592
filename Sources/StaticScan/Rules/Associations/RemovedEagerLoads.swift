/// Eager loading a change removed: the associations named by eager-load calls on removed lines
/// that the head no longer eager-loads near the same place, with the query statement they left.
struct RemovedEagerLoads {
    struct Removal {
        var associations: Set<String>
        /// The removed eager-load call as written (`includes`, `joinedload`).
        var call: String
        /// Where a finding lands: the first token of the head's query statement the removed lines
        /// stood in (kept by the scanner although that line may be unchanged).
        var place: Int
        /// The head line the removed lines stood before.
        var anchor: Int
        /// The names the removed lines mention (`changesets` in `changesets = changesets.preload(:user)`).
        var names: Set<String>
    }

    /// Lines around a removal where the head may eager-load the same association another way.
    static let window = 8

    static func find(in file: AnalyzedFile) -> [Removal] {
        var result: [Removal] = []
        for block in blocks(of: file.removedLines) {
            let lexed = Lexer.lex(block.text, language: file.language)
            var removed = EagerLoading.loads(in: lexed.tokens)
            if removed.names.isEmpty, let list = eagerLoadList(around: block.anchor, in: file) {
                // Entries removed from a list that still eager-loads others (`preload: [a: a,⊖ b: b]`).
                removed = (EagerLoading.names(in: lexed.tokens.indices, tokens: lexed.tokens), list)
            }
            if removed.names.isEmpty, let repository = file.repository {
                // A removed call of the repository's own eager-loading helper (`|> Episode.preload_podcast()`).
                removed = calledEagerLoads(in: lexed.tokens, repository: repository, language: file.language)
            }
            guard !removed.names.isEmpty else { continue }
            let low = block.anchor - window
            let high = block.anchor + window
            let nearby = file.tokens.indices.filter {
                low <= file.tokens[$0].line && file.tokens[$0].line <= high
            }
            let around = nearby.first.map { Array(file.tokens[$0...(nearby.last ?? $0)]) } ?? []
            var kept = EagerLoading.loads(in: around).names
            if let repository = file.repository {
                // Still loaded by a helper the head calls there (`|> NewsItem.preload_all()`).
                kept.formUnion(
                    calledEagerLoads(in: around, repository: repository, language: file.language).names)
            }
            let lost = removed.names.subtracting(kept)
            guard !lost.isEmpty, let start = statementStart(before: block.anchor, in: file) else { continue }
            let names = Set(lexed.tokens.filter { $0.kind == .identifier }.map(\.text))
            result.append(
                Removal(
                    associations: lost, call: removed.call, place: start, anchor: block.anchor, names: names))
        }
        return result
    }

    /// The eager-load call or option (`preload`, `include`, `with`) whose bracketed list holds
    /// the head line `anchor`, if any.
    static func eagerLoadList(around anchor: Int, in file: AnalyzedFile) -> String? {
        let tokens = file.tokens
        guard let start = tokens.firstIndex(onOrAfterLine: anchor) else { return nil }
        // `with(…)`, `includes(…)`; or an option key: `preload: […]`, `include: […]`.
        func loader(of opener: Int) -> Token? {
            let isKey = opener >= 2 && tokens[opener - 1].is(":")
            let name = isKey ? tokens[opener - 2] : tokens[opener - 1]
            let loads =
                isKey
                ? EagerLoading.optionKeys.contains(name.text) || name.text == "preload"
                : tokens[opener].text == "(" && EagerLoading.methods.contains(name.text)
            return name.kind == .identifier && loads ? name : nil
        }
        return file.brackets.enclosingOpener(before: start, in: tokens, steps: 2048) { loader(of: $0) != nil }
            .flatMap { loader(of: $0)?.text }
    }

    /// The associations the repository functions called in `tokens` eager-load, and the first
    /// such call's name.
    private static func calledEagerLoads(
        in tokens: [Token], repository: RepositoryKnowledge, language: Language
    ) -> (names: Set<String>, call: String) {
        var names: Set<String> = []
        var call = ""
        for index in tokens.indices where tokens[index].kind == .identifier {
            guard index + 1 < tokens.count, tokens[index + 1].is("(") else { continue }
            let owner =
                index >= 2 && tokens[index - 1].is(".") && tokens[index - 2].kind == .identifier
                ? tokens[index - 2].text : nil
            let loads = repository.eagerLoads(
                ofFunctionNamed: tokens[index].text, owner: owner, language: language)
            guard !loads.isEmpty else { continue }
            names.formUnion(loads)
            if call.isEmpty { call = tokens[index].text }
        }
        return (names, call)
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
