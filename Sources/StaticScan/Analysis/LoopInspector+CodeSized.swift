// MARK: - Loops as long as the code calling or called wrote them

extension LoopInspector {
    /// Languages where a variadic parameter is filled by the arguments written at each call
    /// (`self.add_permissions('dcim.view_site', 'dcim.add_site')`) far more often than by a spread
    /// collection; in Go and JavaScript spreading a slice or an array (`ids...`) is the idiom.
    static let variadicLanguages: Set<Language> = [.python, .ruby, .php, .kotlin, .java, .csharp, .swift]

    /// The iterable is a single name whose nearest declaration before the loop is a variadic
    /// parameter (`*names`, `**options`, `...$names`, `vararg names`, `String... names`,
    /// `params string[] names`, `names: String...`): as many elements as the caller wrote.
    func isVariadicParameter(_ iterable: Range<Int>) -> Bool {
        let tokens = file.tokens
        guard Self.variadicLanguages.contains(file.language), iterable.count == 1,
            tokens[iterable.lowerBound].kind == .identifier
        else { return false }
        let name = tokens[iterable.lowerBound].text
        for occurrence in (file.occurrences[name] ?? []).reversed() where occurrence < loop.header {
            if isVariadicDeclaration(at: occurrence) { return true }
            // Any other declaration or assignment of the name before the loop decides instead.
            if occurrence + 1 < tokens.count, tokens[occurrence + 1].is("=") || tokens[occurrence + 1].is(":")
            {
                return false
            }
        }
        return false
    }

    /// Whether the name at `index` is declared variadic by the tokens around it.
    private func isVariadicDeclaration(at index: Int) -> Bool {
        let tokens = file.tokens
        guard index >= 1 else { return false }
        let before = tokens[index - 1].text
        switch file.language {
        case .python, .ruby:
            return ["*", "**"].contains(before) && tokens[index - 1].kind == .punctuation
                && declaresParameters(around: index)
        case .php: return before == "..." && declaresParameters(around: index)
        case .java: return before == "..."
        case .kotlin: return before == "vararg"
        case .swift:
            return index + 3 < tokens.count && tokens[index + 1].is(":")
                && (index + 2..<min(index + 6, tokens.count)).contains { tokens[$0].is("...") }
        case .csharp:
            return (max(0, index - 4)..<index).contains { tokens[$0].is("params") }
        default: return false
        }
    }

    /// `def add(self, *names)`, `function add(...$names)`: the list holding `index` declares a
    /// function's parameters (a call spreading a collection, `add(*names)`, does not).
    private func declaresParameters(around index: Int) -> Bool {
        let tokens = file.tokens
        guard let open = openParenthesis(before: index) else { return false }
        let declarers: Set<String> = ["def", "function", "fn"]
        return open >= 1 && declarers.contains(tokens[open - 1].text)
            || open >= 2 && declarers.contains(tokens[open - 2].text)
    }

    /// The iterable reads the application's own schema or registry through its framework
    /// (`apps.get_app_configs()`, `model._meta.get_fields()`, `reflect_on_all_associations`,
    /// `getDeclaredFields()`) or the command line (`sys.argv`, `args.getOptionValues("reset")`),
    /// directly or through the name it was assigned to: as many elements as the code declares
    /// apps, models or fields, or as the operator typed.
    func readsSchema(_ iterable: Range<Int>) -> Bool {
        let tokens = file.tokens
        var expression = iterable
        if iterable.count == 1, tokens[iterable.lowerBound].kind == .identifier,
            let assigned = EagerLoading.assignedExpression(of: iterable.lowerBound, in: file)
        {
            expression = assigned
        }
        // Most loops name no accessor: settle that before looking for calls and chains.
        guard
            expression.contains(where: { CallCatalog.readsSchema(tokens[$0].text, language: file.language) }),
            // `self._meta.model.objects.all()` reads rows through the registry: a query decides;
            // so does the call an option is only the argument of (`users.findAllByDomain(args.…)`).
            file.calls(in: expression).isEmpty,
            let root = file.chains(startingIn: expression).first(where: { $0.start == expression.lowerBound })
        else { return false }
        return root.links.dropFirst().contains {
            tokens.isMemberAccess(at: $0.token - 1, in: file.language)
                && CallCatalog.readsSchema($0.name, language: file.language)
        }
    }

    /// The iterable is a call (`$this->entityProvider->all()`) of repository functions that only
    /// return a small literal collection.
    func isConstantReturn(_ iterable: Range<Int>) -> Bool {
        guard let repository = file.repository, let chain = file.chain(withLinkAt: iterable.lowerBound),
            chain.start == iterable.lowerBound, chain.end == iterable.upperBound,
            let last = chain.links.indices.last, chain.links[last].isCall
        else { return false }
        return repository.returnsConstantCollection(chain, link: last, in: file)
    }

    /// Methods taking at most their argument's count of rows or elements (`.limit(3)`, `take(3)`).
    static let boundingMethods: Set<String> = ["limit", "take", "first", "last", "Take", "Limit", "slice"]
    /// Rows a literal bound may keep for the loop to count as code-sized: a preview of a handful
    /// (`[:3]`), not a page (`[:50]` with a query per row is the classic N+1 of a list view).
    static let handful = 5

    /// The iterable holds at most a handful of elements: `qs[:3]`, `rows.limit(3)`,
    /// `list(qs.values_list("pk", flat=True))[:3]`, or a name bound to one, or to a comprehension
    /// over one (`pk_list = [obj.pk for obj in objects]` where `objects = qs.all()[:3]`).
    func isLiteralBounded(_ iterable: Range<Int>) -> Bool {
        var expression = iterable
        // A name, its value, a comprehension's source, its value: a few steps back at most.
        for _ in 0..<6 {
            if endsWithLiteralBound(expression) { return true }
            let tokens = file.tokens
            if expression.count == 1, tokens[expression.lowerBound].kind == .identifier,
                let assigned = EagerLoading.assignedExpression(of: expression.lowerBound, in: file)
            {
                expression = assigned
            } else if let source = comprehensionSource(expression) {
                expression = source
            } else {
                return false
            }
        }
        return false
    }

    /// Whether `expression` ends with a literal slice (`[:3]`, `[0:3]`) or a bounding call with a
    /// literal (`.limit(3)`) of at most a ``handful``, possibly inside `list(…)`.
    private func endsWithLiteralBound(_ expression: Range<Int>) -> Bool {
        let tokens = file.tokens
        guard expression.count >= 3 else { return false }
        let last = expression.upperBound - 1
        // `list(…)`, `tuple(…)`: the elements of what they wrap.
        if tokens[last].is(")"), let open = file.brackets.partner(of: last),
            open == expression.lowerBound + 1,
            tokens[expression.lowerBound].is("list") || tokens[expression.lowerBound].is("tuple")
        {
            return endsWithLiteralBound((open + 1)..<last)
        }
        guard tokens[last].is("]") || tokens[last].is(")"), let open = file.brackets.partner(of: last),
            open > expression.lowerBound
        else { return false }
        let inside = Array(tokens[(open + 1)..<last])
        if tokens[last].is("]") {
            // `[:3]`, `[0:3]`.
            guard let colon = inside.firstIndex(where: { $0.is(":") }), colon + 2 == inside.count,
                inside[..<colon].allSatisfy({ $0.kind == .number })
            else { return false }
            return isSmallLiteral(inside[colon + 1])
        }
        return inside.count == 1 && isSmallLiteral(inside[0]) && open >= 2
            && Self.boundingMethods.contains(tokens[open - 1].text)
            && tokens.isMemberAccess(at: open - 2, in: file.language)
    }

    /// A number literal of at most a ``handful``.
    private func isSmallLiteral(_ token: Token) -> Bool {
        token.kind == .number && (Int(token.text).map { $0 <= Self.handful } ?? false)
    }

    /// `[obj.pk for obj in objects]` → `objects`: the source of a Python list comprehension.
    private func comprehensionSource(_ expression: Range<Int>) -> Range<Int>? {
        let tokens = file.tokens
        guard file.language == .python, expression.count >= 5, tokens[expression.lowerBound].is("["),
            file.brackets.partner(of: expression.lowerBound) == expression.upperBound - 1
        else { return nil }
        let inner = (expression.lowerBound + 1)..<(expression.upperBound - 1)
        guard let loop = inner.first(where: { tokens[$0].is("for") }),
            let keyword = inner.first(where: { $0 > loop && tokens[$0].is("in") }),
            keyword + 1 < inner.upperBound
        else { return nil }
        let end = inner.first(where: { $0 > keyword && tokens[$0].is("if") }) ?? inner.upperBound
        return (keyword + 1)..<end
    }
}
