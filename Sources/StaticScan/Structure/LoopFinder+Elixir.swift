// MARK: - Elixir: `for` comprehensions, `Enum`/`Stream`/`Task` callbacks, `do … end` and `fn … end`

extension LoopFinder {
    /// The modules whose functions call their function argument once per element, with those
    /// functions (`Task` only for its streams).
    static let elixirIterating: [String: Set<String>] = {
        let enumerating: Set<String> = [
            "map", "each", "flat_map", "reduce", "reduce_while", "filter", "reject", "into", "group_by",
            "map_reduce", "flat_map_reduce", "sort_by", "uniq_by", "count", "sum_by", "min_by", "max_by",
            "split_with", "frequencies_by", "map_join", "map_every", "map_intersperse", "zip_with",
            "with_index", "chunk_by", "dedup_by", "filter_map", "find", "find_value", "find_index", "any?",
            "all?", "take_while", "drop_while", "transform", "scan", "each_with_index",
        ]
        let streams: Set<String> = ["async_stream", "async_stream_nolink"]
        return [
            "Enum": enumerating, "Stream": enumerating, "Flow": enumerating, "Task": streams,
            "Supervisor": streams, "Map": ["new", "filter", "reject"], "MapSet": ["new", "filter", "reject"],
        ]
    }()

    mutating func findElixir() {
        matchElixirEnds()
        for index in tokens.indices where tokens[index].kind == .identifier {
            if isMemberAccess(index - 1) {
                findElixirCallback(at: index)
                if tokens[index].text == "render_many" { findRenderMany(at: index) }
            } else if tokens[index].text == "render_many" {
                findRenderMany(at: index)
            } else if tokens[index].text == "for", !isElixirAtomOrKey(index) {
                findElixirFor(at: index)
            }
        }
    }

    /// `do:` and `fn:` keys, `:end` atoms: names that open or close nothing.
    func isElixirAtomOrKey(_ index: Int) -> Bool {
        let token = tokens[index]
        if index > 0, isPunct(index - 1, ":"), tokens[index - 1].offset + 1 == token.offset { return true }
        return isPunct(index + 1, ":") && tokens[index + 1].offset == token.offset + token.text.utf8.count
    }

    /// Pairs every `do` (block form) and `fn` with its `end`, in ``rubyEnds``.
    private mutating func matchElixirEnds() {
        rubyEnds = Self.elixirBlockEnds(tokens, brackets: brackets)
    }

    /// Every `do` (block form) and `fn` of an Elixir file, paired with its `end`.
    static func elixirBlockEnds(_ tokens: [Token], brackets: BracketMap) -> [Int: Int] {
        let finder = LoopFinder(tokens: tokens, brackets: brackets, language: .elixir)
        var ends: [Int: Int] = [:]
        var stack: [Int] = []
        for index in tokens.indices where tokens[index].kind == .identifier {
            let text = tokens[index].text
            guard text == "do" || text == "fn" || text == "end" else { continue }
            if finder.isMemberAccess(index - 1) || finder.isElixirAtomOrKey(index) { continue }
            if text == "end" {
                if let opener = stack.popLast() { ends[opener] = index }
            } else {
                stack.append(index)
            }
        }
        return ends
    }

    // MARK: - `for x <- xs, … do … end` and `for x <- xs, do: …`

    private mutating func findElixirFor(at index: Int) {
        var cursor = index + 1
        var limit = tokens.count
        if isPunct(cursor, "("), tokens[cursor].offset == tokens[index].offset + 3,
            let close = brackets.partner(of: cursor)
        {
            cursor += 1
            limit = close
        }
        let headerStart = cursor
        var body: Range<Int>? = nil
        var headerEnd = cursor
        while cursor < limit, cursor - index < 400 {
            if isWord(cursor, "do") {
                if let end = rubyEnds[cursor] {
                    body = (cursor + 1)..<end
                } else if isPunct(cursor + 1, ":") {
                    let start = cursor + 2
                    body = start..<min(limit, statementEnd(from: start))
                }
                headerEnd = cursor
                break
            }
            if isWord(cursor, "end") || (isPunct(cursor, ")") || isPunct(cursor, "]") || isPunct(cursor, "}"))
            {
                return
            }
            if ["(", "[", "{"].contains(tokens[cursor].text), tokens[cursor].kind == .punctuation,
                let close = brackets.partner(of: cursor), close > cursor
            {
                cursor = close + 1
                continue
            }
            cursor += 1
        }
        guard let body else { return }
        var variables: [String] = []
        var iterable: Range<Int>? = nil
        for part in splitArguments(headerStart..<headerEnd) {
            guard let arrow = topLevelIndices(in: part).first(where: { isPunct($0, "<-") }) else { continue }
            variables += boundNames(in: part.lowerBound..<arrow)
            if iterable == nil { iterable = (arrow + 1)..<part.upperBound }
        }
        guard iterable != nil else { return }
        loops.append(
            Loop(
                kind: .comprehension, keyword: "for", header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: iterable, variables: variables, body: [body]))
    }

    // MARK: - `Enum.map(xs, fn x -> … end)`, `xs |> Enum.map(&f/1)`

    private mutating func findElixirCallback(at index: Int) {
        let name = tokens[index].text
        guard index >= 2, tokens[index - 2].kind == .identifier,
            let methods = Self.elixirIterating[tokens[index - 2].text], methods.contains(name),
            isPunct(index + 1, "("), let close = brackets.partner(of: index + 1), close > index
        else { return }
        let arguments = (index + 2)..<close
        let parts = splitArguments(arguments)
        var found: (variables: [String], body: Range<Int>)? = nil
        for part in parts where found == nil { found = elixirFunction(in: part) }
        guard let function = found else { return }
        let piped = isPunct(moduleStart(endingAt: index - 2) - 1, "|>")
        let iterable: Range<Int>?
        if piped {
            iterable = pipeStage(before: moduleStart(endingAt: index - 2) - 1)
        } else {
            iterable = parts.first {
                !$0.overlaps(function.body) && !$0.contains(function.body.lowerBound - 1)
            }
        }
        loops.append(
            Loop(
                kind: .callback, keyword: name, header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: iterable, variables: function.variables,
                body: [function.body]))
    }

    /// Phoenix `render_many(posts, View, "post.json", as: :post)`: the view's clause for the
    /// template runs once per element; the loop's body is the view and template arguments.
    private mutating func findRenderMany(at index: Int) {
        guard isPunct(index + 1, "("), let close = brackets.partner(of: index + 1), close > index else {
            return
        }
        let parts = splitArguments((index + 2)..<close)
        guard parts.count >= 3 else { return }
        loops.append(
            Loop(
                kind: .callback, keyword: "render_many", header: index, line: tokens[index].line,
                column: tokens[index].column, iterable: parts[0], variables: [],
                body: [parts[1].lowerBound..<parts[2].upperBound]))
    }

    /// `Task.Supervisor` in `Task.Supervisor.async_stream`: the first token of the module path.
    private func moduleStart(endingAt index: Int) -> Int {
        var cursor = index
        while cursor >= 2, isPunct(cursor - 1, "."), tokens[cursor - 2].kind == .identifier { cursor -= 2 }
        return cursor
    }

    /// A function argument: `fn x -> … end` or a capture `&Repo.get(User, &1)` / `&render/1`.
    func elixirFunction(in argument: Range<Int>) -> (variables: [String], body: Range<Int>)? {
        let first = argument.lowerBound
        guard first < argument.upperBound else { return nil }
        if isWord(first, "fn"), let end = rubyEnds[first], end < argument.upperBound {
            var cursor = first + 1
            while cursor < end, !isPunct(cursor, "->") {
                if let close = brackets.partner(of: cursor), close > cursor,
                    tokens[cursor].kind == .punctuation
                {
                    cursor = close
                }
                cursor += 1
            }
            guard cursor < end else { return nil }
            return (boundNames(in: (first + 1)..<cursor), (cursor + 1)..<end)
        }
        if isPunct(first, "&"), first + 1 < argument.upperBound, tokens[first + 1].kind != .number {
            return (["&1", "&2"], (first + 1)..<argument.upperBound)
        }
        return nil
    }

    /// The expression piped into the `|>` at `pipe`: back to the previous `|>`, an assignment,
    /// an opening bracket, a comma or an arrow, or the first token of its line.
    func pipeStage(before pipe: Int) -> Range<Int>? {
        var cursor = pipe - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if token.kind == .punctuation {
                if [")", "]", "}"].contains(token.text), let open = brackets.partner(of: cursor),
                    open < cursor
                {
                    cursor = open
                    if tokens[cursor].startsLine { break }
                    cursor -= 1
                    continue
                }
                if ["|>", "=", "(", "[", "{", ",", "->", "<-"].contains(token.text) {
                    cursor += 1
                    break
                }
            } else if token.kind == .identifier, ["do", "in", "else"].contains(token.text) {
                cursor += 1
                break
            }
            if token.startsLine { break }
            cursor -= 1
        }
        let start = max(cursor, 0)
        return start < pipe ? start..<pipe : nil
    }
}
