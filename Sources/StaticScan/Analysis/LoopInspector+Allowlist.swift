// MARK: - Loops that skip every item outside a code-sized allowlist

extension LoopInspector {
    /// Functions that keep a collection's elements (or its keys) as they are: what they return is
    /// as long as what they are given (`array_keys($this->entityProvider->all())`, `list(KINDS)`).
    static let keepingCalls: Set<String> = ["array_keys", "array_values", "list", "tuple", "set"]

    /// The body starts by skipping every item that is not in a code-sized collection
    /// (`if (!in_array($type, $entityTypes)) continue;`, `if name not in ALLOWED: continue`,
    /// `next unless KINDS.include?(kind)`, `if (!types.includes(t)) continue;`): at most as many
    /// iterations do any work as the collection holds.
    func skipsOutsideAllowlist() -> Bool {
        guard let first = loop.body.first?.lowerBound, let collection = allowlist(at: first) else {
            return false
        }
        return isCodeSized(collection, depth: 0)
    }

    /// The collection of an allowlist guard starting at token `start` (or just after the body's
    /// opening `{`/`:`), when the guard tests a loop variable.
    private func allowlist(at start: Int) -> Range<Int>? {
        let tokens = file.tokens
        var index = start
        while index < tokens.count, tokens[index].is("{") || tokens[index].is(":") || tokens[index].is("do") {
            index += 1
        }
        guard index + 3 < tokens.count else { return nil }
        let variables = Set(loop.variables.map { String($0.drop(while: { $0 == "$" })) })
        func isVariable(_ token: Int) -> Bool {
            tokens[token].kind == .identifier
                && variables.contains(String(tokens[token].text.drop(while: { $0 == "$" })))
        }
        switch file.language {
        case .python:
            // `if name not in ALLOWED: continue`
            guard tokens[index].is("if"), isVariable(index + 1), tokens[index + 2].is("not"),
                tokens[index + 3].is("in"),
                let colon = (index + 4..<min(tokens.count, index + 40)).first(where: { tokens[$0].is(":") }),
                colon + 1 < tokens.count, tokens[colon + 1].is("continue")
            else { return nil }
            return (index + 4)..<colon
        case .ruby:
            // `next unless KINDS.include?(kind)`
            guard tokens[index].is("next"), tokens[index + 1].is("unless") else { return nil }
            return membership(from: index + 2, testing: isVariable)
        default:
            // `if (!in_array($type, $types)) continue;`, `if (!types.includes(t)) { continue; }`
            guard tokens[index].is("if"), tokens[index + 1].is("("), tokens[index + 2].is("!"),
                let close = file.brackets.partner(of: index + 1), close + 1 < tokens.count,
                tokens[close + 1].is("continue")
                    || (tokens[close + 1].is("{") && close + 2 < tokens.count
                        && tokens[close + 2].is("continue"))
            else { return nil }
            return membership(from: index + 3, testing: isVariable)
        }
    }

    /// `in_array($x, COLL)` or `COLL.includes(x)` / `COLL.include?(x)` / `COLL.contains(x)` starting at
    /// `start`, testing a loop variable: the range of COLL.
    private func membership(from start: Int, testing isVariable: (Int) -> Bool) -> Range<Int>? {
        let tokens = file.tokens
        if tokens[start].is("in_array"), start + 3 < tokens.count, tokens[start + 1].is("("),
            isVariable(start + 2), tokens[start + 3].is(","), let close = file.brackets.partner(of: start + 1)
        {
            let collection = (start + 4)..<close
            return collection.contains(where: { tokens[$0].is(",") }) ? nil : collection
        }
        guard
            let call = (start..<min(tokens.count, start + 30)).first(where: {
                ["includes", "include?", "contains", "include"].contains(tokens[$0].text)
                    && tokens.isMemberAccess(at: $0 - 1, in: file.language)
            }),
            call + 2 < tokens.count, tokens[call + 1].is("("), isVariable(call + 2),
            let close = file.brackets.partner(of: call + 1), close == call + 3
        else { return nil }
        return start..<(call - 1)
    }

    /// A literal, a name bound to one, what a repository function returning one gives, or such a
    /// collection's keys or values (`array_keys(…)`), followed a few names back.
    private func isCodeSized(_ expression: Range<Int>, depth: Int) -> Bool {
        let tokens = file.tokens
        var range = expression
        if range.count > 1, tokens[range.upperBound - 1].is(";") { range = range.dropLast() }
        guard !range.isEmpty, depth < 4 else { return false }
        if isLiteralCollection(range) || isNamedLiteralCollection(range) || isConstantReturn(range) {
            return true
        }
        if range.count == 1, tokens[range.lowerBound].kind == .identifier,
            let assigned = EagerLoading.assignedExpression(of: range.lowerBound, in: file)
        {
            return isCodeSized(assigned, depth: depth + 1)
        }
        if range.count > 3, Self.keepingCalls.contains(tokens[range.lowerBound].text),
            tokens[range.lowerBound + 1].is("("),
            file.brackets.partner(of: range.lowerBound + 1) == range.upperBound - 1
        {
            return isCodeSized((range.lowerBound + 2)..<(range.upperBound - 1), depth: depth + 1)
        }
        return false
    }
}
