// MARK: - HF201 in Elixir: `Repo.all` of a whole schema or of a query with no limit

extension ORMMatcher {
    /// Names in a query that bound it: a limit, a page, one row, an aggregate.
    private static let ectoBounds: Set<String> = [
        "limit", "first", "last", "paginate", "page", "page_size", "per_page", "cursor", "after", "count",
        "sum", "avg", "max", "min", "aggregate", "stream", "take",
    ]

    /// `Repo.all(Post)`, `Repo.all(from p in Post)`, `Post |> order_by(…) |> Repo.all()`, and
    /// `Repo.all(query)` whose `query = from …` in the same function has no `limit` and no
    /// `where` on a key. A query the scanner cannot see (a parameter) is not reported.
    func ecto() -> UnboundedQueryRule.AllRows? {
        guard let all = chain.links.indices.last, all >= 1, chain.links[all].name == "all",
            chain.links[all].isCall,
            let module = chain.links[all - 1].name.unicodeScalars.first, module.properties.isUppercase,
            chain.links[all - 1].name.hasSuffix("Repo")
        else { return nil }
        var query: [Range<Int>] = []
        if let arguments = chain.links[all].arguments, !arguments.isEmpty {
            let first = splitFirstArgument(arguments)
            query.append(first)
        } else if chain.start >= 1, file.tokens[chain.start - 1].is("|>") {
            query.append(pipeline(endingBefore: chain.start - 1))
        } else {
            return nil
        }
        // `Repo.all(query)`: the query as the function assigned it.
        if let only = query.first, only.count == 1, file.tokens[only.lowerBound].kind == .identifier,
            !isModuleName(only.lowerBound)
        {
            guard let assigned = assignment(of: file.tokens[only.lowerBound].text, before: only.lowerBound)
            else {
                return nil
            }
            query = [assigned]
        } else if let only = query.first, only.count >= 1, file.tokens[only.lowerBound].kind == .identifier,
            !isModuleName(only.lowerBound), !file.tokens[only.lowerBound].is("from"),
            let assigned = assignment(of: file.tokens[only.lowerBound].text, before: only.lowerBound)
        {
            // `query |> where(…) |> Repo.all()`.
            query.append(assigned)
        }
        guard let head = query.last.map(\.lowerBound), startsFromSchema(query.last ?? head..<head) else {
            return nil
        }
        for range in query {
            if callsHelperWithValue(range) { return nil }
            for index in range.clamped(to: 0..<file.tokens.count) where file.tokens[index].kind == .identifier
            {
                if Self.ectoBounds.contains(file.tokens[index].text), isQueryWord(index) { return nil }
                if file.tokens[index].text == "where" || file.tokens[index].text == "or_where",
                    wherePinsKey(after: index)
                {
                    return nil
                }
            }
        }
        return UnboundedQueryRule.AllRows(link: all, family: "ecto")
    }

    private func isModuleName(_ index: Int) -> Bool {
        file.tokens[index].text.unicodeScalars.first?.properties.isUppercase == true
    }

    /// `|> Post.by_ids(ids)`, `|> Episode.with_podcast(podcast)`: a schema helper given a value may
    /// narrow the query by a key; the scanner cannot tell, so it stays silent.
    private func callsHelperWithValue(_ range: Range<Int>) -> Bool {
        let tokens = file.tokens
        for index in range.clamped(to: 3..<max(3, tokens.count - 1))
        where tokens[index].is("(") && tokens[index - 2].is(".") && tokens[index - 1].kind == .identifier
            && isModuleName(index - 3)
        {
            guard let close = file.brackets.partner(of: index) else { continue }
            let given = (index + 1)..<close
            if given.contains(where: {
                tokens[$0].kind == .identifier && !isModuleName($0) && !tokens[$0 - 1].is(":")
            }) {
                return true
            }
        }
        return false
    }

    /// `limit(10)`, `limit: 20`, `|> first`: a query word, not the field `p.count`.
    private func isQueryWord(_ index: Int) -> Bool {
        let next = index + 1 < file.tokens.count ? file.tokens[index + 1] : nil
        return next?.is("(") == true || next?.is(":") == true || file.tokens[index - 1].is("|>")
    }

    private func splitFirstArgument(_ arguments: Range<Int>) -> Range<Int> {
        // `Repo.all(from p in Post, where: …)`: the `from` keywords belong to the query.
        if file.tokens[arguments.lowerBound].is("from") { return arguments }
        var cursor = arguments.lowerBound
        while cursor < arguments.upperBound, !file.tokens[cursor].is(",") {
            if ["(", "[", "{"].contains(file.tokens[cursor].text), file.tokens[cursor].kind == .punctuation,
                let close = file.brackets.partner(of: cursor), close > cursor
            {
                cursor = close
            }
            cursor += 1
        }
        return arguments.lowerBound..<cursor
    }

    /// A query that starts at a schema (`Post`, `Blog.Post`) or a `from … in Schema`.
    private func startsFromSchema(_ range: Range<Int>) -> Bool {
        guard let first = range.first, first < file.tokens.count else { return false }
        if file.tokens[first].is("from") {
            let inside = file.tokens[first + 1..<min(range.upperBound, file.tokens.count)]
            guard let word = inside.firstIndex(where: { $0.is("in") }), word + 1 < file.tokens.count else {
                return false
            }
            return isModuleName(word + 1)
        }
        // `Post`, `Blog.Post`, `Post |> …`; not `Post.published()`, a query some helper builds.
        var cursor = first
        while cursor < range.upperBound, isModuleName(cursor) {
            guard cursor + 2 < range.upperBound, file.tokens[cursor + 1].is("."), isModuleName(cursor + 2)
            else {
                break
            }
            cursor += 2
        }
        guard isModuleName(cursor) else { return false }
        return cursor + 1 == range.upperBound || file.tokens[cursor + 1].is("|>")
    }

    /// `where: p.id in ^ids`, `where(p, [p], p.user_id == ^user.id)`, `where: [id: ^id]`.
    private func wherePinsKey(after index: Int) -> Bool {
        var cursor = index + 1
        var depth = 0
        while cursor < file.tokens.count, cursor - index < 60 {
            let token = file.tokens[cursor]
            if token.kind == .punctuation {
                if ["(", "[", "{"].contains(token.text) { depth += 1 }
                if [")", "]", "}"].contains(token.text) {
                    depth -= 1
                    if depth < 0 { return false }
                }
                if depth == 0, token.text == ",", cursor > index + 2 { return false }
                if token.text == "^" {
                    // The field compared: the name before `==`/`in`, or a `key:` before the pin.
                    var back = cursor - 1
                    while back > index, file.tokens[back].kind == .punctuation || file.tokens[back].is("in") {
                        back -= 1
                    }
                    if file.tokens[back].kind == .identifier, Self.isKeyColumn(file.tokens[back].text) {
                        return true
                    }
                    if file.tokens[back].kind == .identifier, cursor >= 2, file.tokens[cursor - 1].is("in") {
                        return true
                    }
                }
            }
            cursor += 1
        }
        return false
    }

    /// The file.tokens of a pipeline ending at the `|>` at `pipe`: back over `|>` stages to its head.
    private func pipeline(endingBefore pipe: Int) -> Range<Int> {
        var start = pipe
        var cursor = pipe - 1
        while cursor >= 0 {
            let token = file.tokens[cursor]
            if token.kind == .punctuation, [")", "]", "}"].contains(token.text),
                let open = file.brackets.partner(of: cursor), open < cursor
            {
                cursor = open
            } else if token.kind == .punctuation, ["=", "(", "[", "{", ",", "->", "<-"].contains(token.text) {
                break
            } else if token.kind == .identifier, ["do", "else", "in"].contains(token.text),
                !(cursor > 0 && file.tokens[cursor - 1].kind == .identifier)
            {
                break
            }
            start = cursor
            if token.startsLine, !token.is("|>") { break }
            cursor -= 1
        }
        return start..<pipe
    }

    /// The expression last assigned to `name` before `token` in the same function (`query = from …`,
    /// with its continuation lines: `|>` stages and `from` keywords after a comma).
    private func assignment(of name: String, before token: Int) -> Range<Int>? {
        var cursor = token - 1
        while cursor >= 1 {
            let item = file.tokens[cursor]
            if item.startsLine, item.kind == .identifier, item.text == "def" || item.text == "defp" {
                return nil
            }
            if item.is("="), file.tokens[cursor - 1].kind == .identifier,
                file.tokens[cursor - 1].text == name,
                file.tokens[cursor - 1].startsLine
            {
                let start = cursor + 1
                var end = start
                while end < token {
                    if end > start, file.tokens[end].startsLine, !file.tokens[end].is("|>"),
                        !file.tokens[end - 1].is(","), !file.tokens[end - 1].is("|>")
                    {
                        break
                    }
                    if ["(", "[", "{"].contains(file.tokens[end].text), file.tokens[end].kind == .punctuation,
                        let close = file.brackets.partner(of: end), close > end
                    {
                        end = close + 1
                        continue
                    }
                    end += 1
                }
                return start < end ? start..<end : nil
            }
            cursor -= 1
        }
        return nil
    }
}
