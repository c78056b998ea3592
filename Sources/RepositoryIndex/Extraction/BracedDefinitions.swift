import StaticScan

/// Brace languages (JavaScript, TypeScript, Go, Java, Kotlin, PHP, C#, Swift): type declarations
/// with their bodies, functions led by a keyword (`func`, `fun`, `function`), methods declared
/// directly in a type body (`List<Order> findAll(…) {`), and arrow functions bound to a name.
struct BracedDefinitions {
    let file: AnalyzedFile

    private static let typeKeywords: [String: TypeKind] = [
        "class": .classType, "interface": .interface, "struct": .structType, "enum": .classType,
        "record": .classType, "object": .classType, "trait": .interface, "protocol": .interface,
        "extension": .classType,
    ]
    private static let notMethodNames: Set<String> = [
        "if", "for", "while", "switch", "catch", "return", "new", "super", "this", "await", "typeof",
        "foreach", "using", "lock", "fixed", "when", "synchronized", "sizeof", "nameof", "throw", "else",
        "do", "try", "case", "in", "is", "as", "yield", "delete", "void", "assert", "function", "fun",
        "func", "init", "constructor",
    ]
    private static let headerWords: Set<String> = [
        "extends", "implements", "where", "with", "public", "private", "protected", "internal", "open",
        "final", "abstract", "sealed", "data", "static", "readonly", "partial", "class", "struct", "enum",
        "out", "in", "by",
    ]

    func find() -> Definitions {
        var result = Definitions()
        result.types = findTypes()
        let typeBodies = Set(result.types.map { $0.body.lowerBound - 1 })
        let enclosing = enclosingBraces()
        let tokens = file.tokens
        let scriptLanguage = file.language == .javascript || file.language == .typescript
        for index in tokens.indices {
            if scriptLanguage, tokens[index].kind == .punctuation, tokens[index].text == "=>" {
                if let arrow = arrowFunction(at: index) { result.functions.append(arrow) }
                continue
            }
            guard tokens[index].kind == .identifier else { continue }
            switch tokens[index].text {
            case "func", "fun", "function":
                if tokens.isMemberAccess(at: index - 1, in: file.language) { continue }
                if let function = keywordFunction(at: index) { result.functions.append(function) }
            default:
                guard file.isPunctuation(index + 1, "(") else { continue }
                if let brace = enclosing[index], typeBodies.contains(brace),
                    let method = memberMethod(at: index)
                {
                    result.functions.append(method)
                }
            }
        }
        return result
    }

    // MARK: - Types

    private func findTypes() -> [TypeSpan] {
        var result: [TypeSpan] = []
        let tokens = file.tokens
        for index in tokens.indices where tokens[index].kind == .identifier {
            let word = tokens[index].text
            if file.language == .go {
                guard word == "type", file.isIdentifier(index + 1), file.isIdentifier(index + 2),
                    ["struct", "interface"].contains(tokens[index + 2].text),
                    file.isPunctuation(index + 3, "{"),
                    let close = file.brackets.partner(of: index + 3)
                else { continue }
                let body = (index + 4)..<close
                result.append(
                    TypeSpan(
                        name: tokens[index + 1].text, nameToken: index + 1,
                        kind: tokens[index + 2].text == "struct" ? .structType : .interface, body: body,
                        supertypes: embeddedTypes(in: body), annotations: []))
                continue
            }
            guard let kind = Self.typeKeywords[word], file.isIdentifier(index + 1),
                !tokens.isMemberAccess(at: index - 1, in: file.language), !file.isPunctuation(index - 1, "::")
            else { continue }
            // `enum class`, `data class`: the keyword after is the name's keyword.
            if word == "enum", tokens[index + 1].text == "class" { continue }
            let name = index + 1
            var cursor = name + 1
            var supertypes: [String] = []
            var angle = 0
            var bodyOpen: Int? = nil
            var steps = 0
            while cursor < tokens.count, steps < 400 {
                steps += 1
                let token = tokens[cursor]
                if token.kind == .punctuation {
                    if token.text == "{" {
                        bodyOpen = cursor
                        break
                    }
                    if token.text == ";" || (token.text == "}" && angle == 0) { break }
                    if token.text == "<" { angle += 1 }
                    if token.text == ">" { angle = max(0, angle - 1) }
                    if token.text == "(", let close = file.brackets.partner(of: cursor) {
                        cursor = close + 1
                        continue
                    }
                } else if token.kind == .identifier, angle == 0, !Self.headerWords.contains(token.text),
                    !file.isPunctuation(cursor + 1, ".")
                {
                    supertypes.append(token.text)
                }
                // A Kotlin/Swift type without a body ends with its line.
                if cursor > name + 1, token.startsLine, token.indent <= tokens[index].indent { break }
                cursor += 1
            }
            var body = (name + 1)..<(name + 1)
            if let bodyOpen, let close = file.brackets.partner(of: bodyOpen) { body = (bodyOpen + 1)..<close }
            result.append(
                TypeSpan(
                    name: tokens[name].text, nameToken: name, kind: kind, body: body, supertypes: supertypes,
                    annotations: file.annotations(before: index)))
        }
        return result
    }

    /// Go: the embedded types of a struct (`gorm.Model` alone on a line).
    private func embeddedTypes(in body: Range<Int>) -> [String] {
        var result: [String] = []
        for index in body where file.tokens[index].startsLine && file.isIdentifier(index) {
            var last = index
            if file.isPunctuation(index + 1, "."), file.isIdentifier(index + 2) { last = index + 2 }
            let next = last + 1
            if next >= body.upperBound || file.tokens[next].startsLine || file.tokens[next].kind == .string {
                result.append(file.tokens[last].text)
            }
        }
        return result
    }

    /// For each token, the `{` of the innermost brace pair holding it.
    private func enclosingBraces() -> [Int: Int] {
        var result: [Int: Int] = [:]
        var stack: [Int] = []
        for index in file.tokens.indices {
            let token = file.tokens[index]
            if token.kind == .punctuation, token.text == "}" {
                _ = stack.popLast()
                continue
            }
            if token.kind == .identifier, let top = stack.last { result[index] = top }
            if token.kind == .punctuation, token.text == "{" { stack.append(index) }
        }
        return result
    }

    // MARK: - Functions

    /// `func (s *Store) Load(…) {`, `fun name(…)`, `function name(…) {`.
    private func keywordFunction(at keyword: Int) -> FunctionSpan? {
        let tokens = file.tokens
        var cursor = keyword + 1
        var receiverType: String? = nil
        if file.language == .go, file.isPunctuation(cursor, "("),
            let close = file.brackets.partner(of: cursor)
        {
            // A method's name follows its receiver at once; `func(…) error {` and `(func(), int64,
            // error)` are a function literal and a function type, not declarations.
            guard file.isIdentifier(close + 1),
                file.isPunctuation(close + 2, "(") || file.isPunctuation(close + 2, "[")
            else { return nil }
            receiverType = (cursor..<close).last { file.isIdentifier($0) }.map { tokens[$0].text }
            cursor = close + 1
        }
        // Kotlin `fun <T> name(`, `fun Type.name(`: the name is the identifier before `(`.
        var name: Int? = nil
        var steps = 0
        while cursor < tokens.count, steps < 12 {
            steps += 1
            if file.isPunctuation(cursor, "(") { break }
            if file.isIdentifier(cursor) { name = cursor }
            cursor += 1
        }
        guard let name, file.isPunctuation(cursor, "("), let close = file.brackets.partner(of: cursor) else {
            return nil
        }
        let (body, hasBody) = bodyAfter(parameters: close, keywordLine: keyword)
        return FunctionSpan(
            name: tokens[name].text, nameToken: name, parameters: (cursor + 1)..<close, body: body,
            hasBody: hasBody, receiverType: receiverType, annotations: file.annotations(before: keyword))
    }

    /// `List<Order> findAll(String status) throws X {` in a type body; also bodiless declarations.
    private func memberMethod(at name: Int) -> FunctionSpan? {
        let tokens = file.tokens
        guard !Self.notMethodNames.contains(tokens[name].text), name > 0,
            !tokens.isMemberAccess(at: name - 1, in: file.language)
        else { return nil }
        let previous = tokens[name - 1]
        // A Go interface's method stands first on its line, after whatever ended the one before.
        let typed =
            previous.kind == .identifier
            || (previous.kind == .punctuation && [">", "]", "?", "}", ";", "{", "*"].contains(previous.text))
            || (file.language == .go && tokens[name].startsLine)
        guard typed,
            !(previous.kind == .identifier && ["return", "new", "await", "throw"].contains(previous.text)),
            let close = file.brackets.partner(of: name + 1)
        else { return nil }
        let (body, hasBody) = bodyAfter(parameters: close, keywordLine: name)
        guard hasBody || isDeclarationEnd(after: close) else { return nil }
        let start = declarationStart(of: name)
        return FunctionSpan(
            name: tokens[name].text, nameToken: name, parameters: (name + 2)..<close, body: body,
            hasBody: hasBody, receiverType: nil, annotations: file.annotations(before: start))
    }

    /// `name = async (…) => {`, `const name = (…) => expr`, `name: async x => {`: an arrow
    /// function bound to a name, found from its `=>`.
    private func arrowFunction(at arrow: Int) -> FunctionSpan? {
        let tokens = file.tokens
        let start: Int
        var parameters: Range<Int>? = nil
        if file.isPunctuation(arrow - 1, ")"), let open = file.brackets.partner(of: arrow - 1) {
            start = open
            parameters = (open + 1)..<(arrow - 1)
        } else if file.isIdentifier(arrow - 1) {
            start = arrow - 1
            parameters = (arrow - 1)..<arrow
        } else {
            return nil
        }
        var cursor = start - 1
        if file.isIdentifier(cursor), tokens[cursor].text == "async" { cursor -= 1 }
        guard file.isPunctuation(cursor, "=") || file.isPunctuation(cursor, ":"),
            file.isIdentifier(cursor - 1)
        else { return nil }
        let name = cursor - 1
        if file.isPunctuation(arrow + 1, "{"), let close = file.brackets.partner(of: arrow + 1) {
            return FunctionSpan(
                name: tokens[name].text, nameToken: name, parameters: parameters, body: (arrow + 2)..<close,
                hasBody: true, receiverType: nil, annotations: [])
        }
        var end = arrow + 1
        while end < tokens.count, !tokens[end].is(";"), !tokens[end].is(","),
            !(tokens[end].startsLine && tokens[end].indent <= tokens[name].indent)
        {
            if tokens[end].kind == .punctuation, ["(", "[", "{"].contains(tokens[end].text),
                let partner = file.brackets.partner(of: end)
            {
                end = partner
            }
            end += 1
        }
        return FunctionSpan(
            name: tokens[name].text, nameToken: name, parameters: parameters,
            body: (arrow + 1)..<max(arrow + 1, end), hasBody: true, receiverType: nil, annotations: [])
    }

    /// The body after a parameter list closed at `close`: a brace block, or an expression body
    /// (`= expr`, `=> expr;`) to the end of its statement; hasBody false for a declaration.
    private func bodyAfter(parameters close: Int, keywordLine keyword: Int) -> (Range<Int>, Bool) {
        let tokens = file.tokens
        var cursor = close + 1
        var steps = 0
        while cursor < tokens.count, steps < 80 {
            steps += 1
            let token = tokens[cursor]
            if token.kind == .punctuation {
                switch token.text {
                case "{":
                    guard let end = file.brackets.partner(of: cursor) else { return (cursor..<cursor, false) }
                    return ((cursor + 1)..<end, true)
                case ";", "}": return (cursor..<cursor, false)
                case "=", "=>":
                    var end = cursor + 1
                    while end < tokens.count, !tokens[end].is(";"),
                        !(tokens[end].startsLine && tokens[end].indent <= tokens[keyword].indent)
                    {
                        if tokens[end].kind == .punctuation, ["(", "[", "{"].contains(tokens[end].text),
                            let partner = file.brackets.partner(of: end)
                        {
                            end = partner
                        }
                        end += 1
                    }
                    return ((cursor + 1)..<max(cursor + 1, end), true)
                case "(", "<", "[":
                    if let partner = file.brackets.partner(of: cursor) { cursor = partner }
                default: break
                }
            }
            if token.startsLine, token.indent <= tokens[keyword].indent, cursor > close + 1 {
                return (cursor..<cursor, false)
            }
            cursor += 1
        }
        return (cursor..<cursor, false)
    }

    /// Whether the declaration after `close` ends with `;` (or its line) rather than being a call
    /// used as a value.
    private func isDeclarationEnd(after close: Int) -> Bool {
        var cursor = close + 1
        while cursor < file.tokens.count, cursor < close + 40 {
            let token = file.tokens[cursor]
            if token.is(";") || token.startsLine { return true }
            // Go results in parentheses: `ListUsers(…) ([]*User, error)`.
            if file.language == .go, token.is("("), let partner = file.brackets.partner(of: cursor) {
                cursor = partner + 1
                continue
            }
            if token.is("=") || token.is(",") || token.is(")") || token.is(".") { return false }
            cursor += 1
        }
        return false
    }

    /// The first token of the declaration whose name is at `name` (before its type and modifiers).
    private func declarationStart(of name: Int) -> Int {
        var cursor = name
        while cursor > 0, !file.tokens[cursor].startsLine { cursor -= 1 }
        return cursor
    }
}
