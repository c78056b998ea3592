import StaticScan

/// Ruby: `def` (also `def self.x` and endless `def x = …`), a model's named `scope`, `class X < Base`
/// and `module`, each closed by its `end`.
struct RubyDefinitions {
    let file: AnalyzedFile

    func find() -> Definitions {
        var result = Definitions()
        let tokens = file.tokens
        let ends = file.rubyBlockEnds
        for index in tokens.indices where tokens[index].kind == .identifier {
            if tokens.isMemberAccess(at: index - 1, in: .ruby) { continue }
            switch tokens[index].text {
            case "def":
                var name = index + 1
                if file.isIdentifier(name), tokens[name].text == "self",
                    file.isPunctuation(name + 1, "."), file.isIdentifier(name + 2)
                {
                    name += 2
                }
                guard file.isIdentifier(name) else { continue }
                // `def project=(value)`: a setter, run by `issue.project = x`, never by a read of
                // `issue.project`; its own name keeps the two apart.
                let setter = file.isPunctuation(name + 1, "=") && !hasSpace(before: name + 1)
                if setter { continue }
                var parameters: Range<Int>? = nil
                if file.isPunctuation(name + 1, "("), !hasSpace(before: name + 1),
                    let close = file.brackets.partner(of: name + 1)
                {
                    parameters = (name + 2)..<close
                }
                let bodyEnd: Int
                if let end = ends[index] {
                    bodyEnd = end
                } else {
                    // Endless `def total = items.sum(&:price)`: the rest of the line.
                    bodyEnd = tokens[(name + 1)...].firstIndex(where: \.startsLine) ?? tokens.count
                }
                result.functions.append(
                    FunctionSpan(
                        name: tokens[name].text, nameToken: name, parameters: parameters,
                        body: (name + 1)..<max(name + 1, bodyEnd), hasBody: true, receiverType: nil,
                        annotations: []))
            case "scope":
                if let scope = namedScope(at: index) { result.functions.append(scope) }
            case "class", "module":
                guard file.isIdentifier(index + 1), let end = ends[index] else { continue }
                var cursor = index + 1
                // `class Admin::UsersController`: the last name is the class.
                while file.isPunctuation(cursor + 1, "::"), file.isIdentifier(cursor + 2) { cursor += 2 }
                var supertypes: [String] = []
                if file.isPunctuation(cursor + 1, "<") {
                    var parts: [String] = []
                    var next = cursor + 2
                    while file.isIdentifier(next) || file.isPunctuation(next, "::"), !tokens[next].startsLine
                    {
                        if file.isIdentifier(next) { parts.append(tokens[next].text) }
                        next += 1
                    }
                    if !parts.isEmpty { supertypes.append(parts.joined(separator: "::")) }
                }
                result.types.append(
                    TypeSpan(
                        name: tokens[cursor].text, nameToken: cursor,
                        kind: tokens[index].text == "class" ? .classType : .module,
                        body: (cursor + 1)..<end, supertypes: supertypes, annotations: []))
            default: continue
            }
        }
        return result
    }

    /// `scope :sorted, -> { includes(:principal) }` (also `lambda do … end`, in parentheses or
    /// not): a class method of the model named by the symbol, its body the lambda.
    private func namedScope(at index: Int) -> FunctionSpan? {
        let tokens = file.tokens
        guard tokens[index].startsLine, file.isPunctuation(index + 1, ":"), file.isIdentifier(index + 2),
            file.isPunctuation(index + 3, ",")
        else { return nil }
        let name = index + 2
        var cursor = index + 4
        while cursor < tokens.count, !tokens[cursor].startsLine || cursor == index + 4 {
            let token = tokens[cursor]
            // `->(user) { … }`: the lambda's parameters come before its body.
            if file.isPunctuation(cursor, "("), file.isPunctuation(cursor - 1, "->"),
                let close = file.brackets.partner(of: cursor)
            {
                cursor = close + 1
                continue
            }
            if token.kind == .punctuation, token.text == "{" || token.text == "(",
                let close = file.brackets.partner(of: cursor)
            {
                return scopeSpan(name: name, body: (cursor + 1)..<close)
            }
            if token.is("do"), let end = file.rubyBlockEnds[cursor] {
                return scopeSpan(name: name, body: (cursor + 1)..<end)
            }
            cursor += 1
        }
        return nil
    }

    private func scopeSpan(name: Int, body: Range<Int>) -> FunctionSpan {
        FunctionSpan(
            name: file.tokens[name].text, nameToken: name, parameters: nil, body: body, hasBody: true,
            receiverType: nil, annotations: [])
    }

    private func hasSpace(before index: Int) -> Bool {
        let previous = file.tokens[index - 1]
        return previous.offset + previous.text.utf8.count != file.tokens[index].offset
    }
}
