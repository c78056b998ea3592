// MARK: - What variables hold

extension CallResolver {
    /// `sql = "SELECT …"`: names holding SQL text.
    mutating func bindSQLAssignments() {
        for index in tokens.indices.dropFirst(2) where tokens[index].kind == .string {
            guard tokens[index - 1].kind == .punctuation, ["=", ":="].contains(tokens[index - 1].text),
                tokens[index - 2].kind == .identifier, SQLText.kind(of: tokens[index].text) != nil
            else { continue }
            bindings.bindSQL(tokens[index - 2].text, tokens[index].text, at: index)
        }
    }

    /// `r = redis.Redis()`, `RestTemplate rest`, `client: httpx.Client`, `db *gorm.DB`.
    mutating func bindDeclaration(_ chain: CallChain) {
        guard catalog.mayBind(chain) else { return }
        var path = ""
        var end = -1
        for (index, link) in chain.links.prefix(6).enumerated() {
            path += index == 0 ? link.name : "." + link.name
            if catalog.isBindPath(path) {
                end = index
            } else if end >= 0 && (CallCatalog.unmatchedByWildcard.contains(link.name)) {
                return
            }
        }
        guard end >= 0 else { return }
        path = chain.links.prefix(end + 1).map(\.name).joined(separator: ".")
        let last = chain.links[end]
        if end < chain.links.count - 1 {
            // `storage.Client().bucket("b")`: a client made by a client of the family.
            guard last.isCall || last.isConstructor,
                let family = catalog.bindings(
                    ofPath: path,
                    firstArgument:
                        last.arguments.flatMap { $0.isEmpty ? nil : tokens[$0.lowerBound].text },
                    language: language
                ).first,
                let target = assignmentTarget(of: chain)
            else { return }
            bindings.bind(target.name, to: .client(family), at: target.token)
            return
        }
        let argument = last.arguments.flatMap { $0.isEmpty ? nil : tokens[$0.lowerBound].text }
        let families = catalog.bindings(ofPath: path, firstArgument: argument, language: language)
        guard let family = families.first else { return }
        if last.isCall || last.isConstructor {
            if let target = assignmentTarget(of: chain) {
                bindings.bind(target.name, to: .client(family), at: target.token)
            }
            return
        }
        let after = chain.end
        if after < tokens.count, tokens[after].kind == .identifier, language != .python, language != .ruby {
            bindings.bind(tokens[after].text, to: .client(family), at: after)
        } else if chain.start >= 2,
            tokens[chain.start - 1].text == ":" || tokens[chain.start - 1].text == "*",
            tokens[chain.start - 2].kind == .identifier
        {
            bindings.bind(tokens[chain.start - 2].text, to: .client(family), at: chain.start - 2)
        } else if language == .go, chain.start >= 2, tokens[chain.start - 1].kind == .identifier,
            tokens[chain.start - 2].is("(") || tokens[chain.start - 2].is(",")
        {
            // A Go parameter of an interface or value type: `(e xorm.Interface, id int64)`.
            bindings.bind(tokens[chain.start - 1].text, to: .client(family), at: chain.start - 1)
        }
    }

    /// Binds the variable a chain is assigned to: a lazy query, a call's result, a client made by
    /// a client, or the SQL of a prepared statement.
    mutating func bindAssignment(_ chain: CallChain, sites: [CallSite]) {
        guard let target = assignmentTarget(of: chain) else { return }
        if let last = sites.last {
            bindings.bind(
                target.name, to: last.executes ? .result(last.kind) : .builder(last.family), at: target.token)
        } else if !chain.links.contains(where: { CallCatalog.unmatchedByWildcard.contains($0.name) }),
            let family = chain.receiverNames(of: chain.links.count).compactMap({ name -> String? in
                if case .client(let family) = bindings.value(of: name, at: chain.start) { return family }
                return nil
            }).first
        {
            bindings.bind(target.name, to: .client(family), at: target.token)
        }
        for link in chain.links where Self.preparingMethods.contains(link.name) {
            guard let arguments = link.arguments else { continue }
            if let sql = arguments.prefix(32).first(where: {
                tokens[$0].kind == .string && SQLText.kind(of: tokens[$0].text) != nil
            }) {
                bindings.bindSQL(target.name, tokens[sql].text, at: target.token)
            }
        }
    }

    /// `await`, `try`, `yield`, `&`, `*`, `!`, `?`, `new`: what may stand between `=` and a chain
    /// (a switch: this runs for every chain).
    static func isAssignmentPrefix(_ text: String) -> Bool {
        switch text {
        case "await", "try", "yield", "&", "*", "!", "?", "new": return true
        default: return false
        }
    }

    /// The name a chain's value is stored in: `x = …`, `val x: T = …`, `x, err := …`, `with … as x`.
    func assignmentTarget(of chain: CallChain) -> (name: String, token: Int)? {
        if chain.end + 1 < tokens.count, tokens[chain.end].is("as"),
            tokens[chain.end + 1].kind == .identifier,
            language == .python
        {
            return (tokens[chain.end + 1].text, chain.end + 1)
        }
        var cursor = chain.start - 1
        while cursor >= 0, tokens[cursor].kind != .string,
            Self.isAssignmentPrefix(tokens[cursor].text)
        {
            cursor -= 1
        }
        guard cursor >= 1, tokens[cursor].kind == .punctuation else { return nil }
        switch tokens[cursor].text {
        case "=", ":=", "||=", "??=": break
        default: return nil
        }
        var target = cursor - 1
        if cursor >= 3, tokens[cursor - 2].is(":"), tokens[cursor - 3].kind == .identifier {
            target = cursor - 3
        }
        while target >= 2, tokens[target - 1].is(","), tokens[target - 2].kind == .identifier { target -= 2 }
        guard tokens[target].kind == .identifier else { return nil }
        return (tokens[target].text, target)
    }
}
