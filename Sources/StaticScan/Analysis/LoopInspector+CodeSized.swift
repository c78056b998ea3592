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

    /// The iterable is a call (`$this->entityProvider->all()`) of repository functions that only
    /// return a small literal collection.
    func isConstantReturn(_ iterable: Range<Int>) -> Bool {
        guard let repository = file.repository, let chain = file.chain(withLinkAt: iterable.lowerBound),
            chain.start == iterable.lowerBound, chain.end == iterable.upperBound,
            let last = chain.links.indices.last, chain.links[last].isCall
        else { return false }
        return repository.returnsConstantCollection(chain, link: last, in: file)
    }
}
