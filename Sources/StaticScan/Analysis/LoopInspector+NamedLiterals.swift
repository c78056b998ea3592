// MARK: - Constant size through a name: `STATUSES = ["new", "paid"]` … `for s in STATUSES`

extension LoopInspector {
    /// Tokens a loop may put before the iterated name: `self.X`, `this.X`, `Self.X`, `self::X`.
    private static let qualifiers: Set<String> = ["self", "this", "Self", "cls", "static", "$this"]
    private static let separators: Set<String> = [".", "::", "->"]
    /// Calls that change a collection's size in place.
    private static let growingMethods: Set<String> = [
        "append", "extend", "insert", "push", "unshift", "add", "addAll", "Add", "AddRange", "concat",
        "update",
        "splice", "put", "merge", "push_back", "Insert", "InsertRange", "plusAssign",
    ]

    /// The iterable is a name bound, in a scope holding the loop, to a literal collection of at
    /// most ``LoopFacts/smallConstant`` elements, not rebound before the loop nor grown or shadowed
    /// anywhere: the loop is as constant as one over the literal written in place. The binding is the
    /// nearest one before the loop whose scope holds it, so `$ops = [...]` written again in `down()`
    /// does not hide the one in `up()`. A PHP property read `$this->ops` looks for `$ops = [...]`.
    func isNamedLiteralCollection(_ iterable: Range<Int>) -> Bool {
        let tokens = file.tokens
        var nameToken = iterable.lowerBound
        if iterable.count == 3, Self.qualifiers.contains(tokens[nameToken].text),
            Self.separators.contains(tokens[nameToken + 1].text)
        {
            nameToken += 2
        } else if iterable.count == 3, tokens[nameToken].text.first?.isUppercase == true,
            tokens[nameToken + 1].is("::") || tokens[nameToken + 1].is("."),
            IdentifierShape.isConstant(tokens[nameToken + 2].text)
        {
            // `Migration::MAPPING.each`: a class's constant, bound in the class body.
            nameToken += 2
        } else if iterable.count != 1 {
            return false
        }
        guard tokens[nameToken].kind == .identifier else { return false }
        var name = tokens[nameToken].text
        if file.language == .php, nameToken > iterable.lowerBound, !name.hasPrefix("$") { name = "$" + name }
        let known = cachedBindings(of: name)
        guard !known.disqualified,
            let nearest = known.bindings.last(where: {
                $0.token < loop.header && encloses($0.token, loop.header)
            })
        else { return false }
        return nearest.literal
    }

    /// ``bindings(of:depth:)``, computed once per name and file.
    private func cachedBindings(of name: String, depth: Int = 0) -> NamedBindings {
        if let cached = file.literalBindings[name] { return cached }
        let known = bindings(of: name, depth: depth)
        file.literalBindings[name] = known
        return known
    }

    /// Every binding of `name` in the file, whether each is a small literal collection, and whether
    /// anything grows the name or declares it as a parameter. `depth` counts the names followed
    /// through concatenations (`all = tagged + untagged`).
    private func bindings(of name: String, depth: Int) -> NamedBindings {
        var result = NamedBindings()
        for index in file.occurrences[name] ?? [] {
            if let value = assignedValue(of: index) {
                let literal =
                    LiteralCollections.isSmall(value, in: file)
                    || isConcatenationOfLiterals(value, excluding: name, depth: depth)
                // `$chapters = Chapter::factory()->count(50)->make()`: as many rows as the code asks.
                result.bindings.append((index, literal || isFactoryCount(value) || isEnumCasesDefault(value)))
            } else if grows(at: index) || isParameter(at: index) {
                result.disqualified = true
                break
            }
        }
        // A PHP property is also written as `$this->name = …` or grown as `$this->name[] = …`.
        if file.language == .php, name.hasPrefix("$") {
            for index in file.occurrences[String(name.dropFirst())] ?? []
            where index > 0 && file.tokens[index - 1].is("->")
                && (assignedValue(of: index) != nil || grows(at: index))
            {
                result.disqualified = true
            }
        }
        return result
    }

    /// Names followed through concatenations before giving up: `a = b + c`, `b = d + e`, ….
    private static let concatenationDepth = 3

    /// `allEntities = entitiesMultiTag + entitiesNoTags` where both are bound to small literals
    /// (`listOf(SERIES, BOOKS)`), or `KINDS = BASE + ["x"]`: as constant as its parts.
    private func isConcatenationOfLiterals(_ value: Range<Int>, excluding name: String, depth: Int) -> Bool {
        let tokens = file.tokens
        guard depth < Self.concatenationDepth else { return false }
        var parts: [Range<Int>] = []
        var start = value.lowerBound
        var cursor = value.lowerBound
        while cursor < value.upperBound {
            if ["(", "[", "{"].contains(tokens[cursor].text), tokens[cursor].kind == .punctuation,
                let close = file.brackets.partner(of: cursor), close > cursor
            {
                cursor = close + 1
                continue
            }
            if tokens[cursor].is("+") {
                parts.append(start..<cursor)
                start = cursor + 1
            }
            cursor += 1
        }
        parts.append(start..<value.upperBound)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            guard !part.isEmpty else { return false }
            if part.count == 1, tokens[part.lowerBound].kind == .identifier {
                let other = tokens[part.lowerBound].text
                guard other != name else { return false }
                let known = cachedBindings(of: other, depth: depth + 1)
                return !known.disqualified && !known.bindings.isEmpty && known.bindings.allSatisfy(\.literal)
            }
            return LiteralCollections.isSmall(part, in: file)
        }
    }

    /// `NAME = value`, `NAME: T = value`, `val NAME: List<T> = value`: the value's tokens, without a
    /// trailing `.freeze` or `as const`.
    private func assignedValue(of name: Int) -> Range<Int>? {
        let tokens = file.tokens
        var cursor = name + 1
        guard cursor < tokens.count else { return nil }
        if tokens[cursor].is(":") {
            while cursor < tokens.count, !tokens[cursor].startsLine || cursor == name + 1,
                !tokens[cursor].is("=")
            {
                cursor += 1
            }
        }
        guard cursor + 1 < tokens.count, tokens[cursor].is("=") || tokens[cursor].is(":=") else { return nil }
        let start = cursor + 1
        var end = file.statementEnd(from: start)
        while end > start, tokens[end - 1].is(";") { end -= 1 }
        // `%w[a b].freeze`, `["a", "b"] as const`.
        if end - start > 2,
            tokens[end - 1].is("freeze") && tokens[end - 2].is(".")
                || tokens[end - 1].is("const") && tokens[end - 2].is("as")
        {
            end -= 2
        }
        return end > start ? start..<end : nil
    }

    /// `NAME.append(…)`, `NAME << x`, `NAME += […]`, `NAME[i] = …`, `array_push($NAME, …)`.
    private func grows(at index: Int) -> Bool {
        let tokens = file.tokens
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if ["<<", "+=", "|=", "[]"].contains(next.text), next.kind == .punctuation { return true }
        if next.is("["), let close = file.brackets.partner(of: index + 1), close + 1 < tokens.count,
            tokens[close + 1].is("=")
        {
            return true
        }
        if Self.separators.contains(next.text) || next.is("?."), index + 2 < tokens.count {
            let method = tokens[index + 2].text
            return Self.growingMethods.contains(method) || method.hasSuffix("!")
        }
        return index >= 2 && tokens[index - 1].is("(") && tokens[index - 2].is("array_push")
    }

    /// A parameter of the same name shadows the binding: `def load(ids):`, `function f(ids) {`,
    /// `(ids) =>`.
    private func isParameter(at index: Int) -> Bool {
        let tokens = file.tokens
        guard index > 0, tokens[index - 1].is("(") || tokens[index - 1].is(","),
            let open = openParenthesis(before: index),
            let close = file.brackets.partner(of: open)
        else { return false }
        let declares = open >= 2 && ["def", "function", "func", "fun", "fn"].contains(tokens[open - 2].text)
        return declares || close + 1 < tokens.count && tokens[close + 1].is("=>")
    }

    /// The `(` whose list holds `index`, walking back over closed brackets; nil outside one.
    func openParenthesis(before index: Int) -> Int? {
        let tokens = file.tokens
        var cursor = index - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if token.kind == .punctuation {
                if [")", "]", "}"].contains(token.text), let open = file.brackets.partner(of: cursor),
                    open < cursor
                {
                    cursor = open - 1
                    continue
                }
                if token.text == "(" { return cursor }
                if ["[", "{", ";"].contains(token.text) { return nil }
            }
            cursor -= 1
        }
        return nil
    }

    /// The scope of the binding at `definition` (its block, or the file) holds `token`.
    private func encloses(_ definition: Int, _ token: Int) -> Bool {
        let language = file.language
        if (language == .python || language == .ruby) && file.tokens[definition].indent == 0 { return true }
        let end = LocalValues.scopeEnd(of: definition, tokens: file.tokens, language: file.language)
        guard token < end else { return false }
        if file.language == .python || file.language == .ruby {
            return file.tokens[definition].indent <= file.tokens[token].indent
        }
        guard end < file.tokens.count, let open = file.brackets.partner(of: end) else { return true }
        return open < token
    }
}

/// The bindings of one name in a file, as the loop inspector needs them.
struct NamedBindings {
    /// Each binding's name token, and whether it binds a small literal collection; in file order.
    var bindings: [(token: Int, literal: Bool)] = []
    /// The name is grown in place or declared as a parameter somewhere in the file.
    var disqualified = false
}
