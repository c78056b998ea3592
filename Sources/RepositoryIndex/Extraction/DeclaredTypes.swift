import StaticScan

/// The types a file gives its names: declarations (`AccountRepository accounts`,
/// `invoices: InvoiceRepository`, `st *Store`, `UserRepository $users`) and constructions
/// (`repo = UserRepo()`, `s := &Store{}`, `NewStore(db)`, `Store.new`). A name may get several.
enum DeclaredTypes {
    static func find(in file: AnalyzedFile) -> [String: [String]] {
        var result: [String: Set<String>] = [:]
        let tokens = file.tokens
        func add(_ name: String, _ type: String) {
            let key = plain(name)
            guard !key.isEmpty, type.first?.isLetter == true, !notTypes.contains(type) else { return }
            result[key, default: []].insert(type)
        }
        for index in tokens.indices where tokens[index].kind == .identifier {
            let name = tokens[index].text
            switch file.language {
            case .go:
                // `st *Store`, `repo store.Repository`, `s Store` in parameters and fields.
                var type = index + 1
                if file.isPunctuation(type, "*") { type += 1 }
                if file.isIdentifier(type), !goKeywords.contains(name),
                    !goKeywords.contains(tokens[type].text),
                    tokens[type].line == tokens[index].line
                {
                    var last = type
                    if file.isPunctuation(last + 1, "."), file.isIdentifier(last + 2) { last += 2 }
                    let after = last + 1
                    if after >= tokens.count || tokens[after].startsLine || file.isPunctuation(after, ",")
                        || file.isPunctuation(after, ")") || tokens[after].kind == .string
                    {
                        add(name, tokens[last].text)
                    }
                }
            case .java, .csharp, .php:
                // `AccountRepository accounts;`, `IOrderRepository orders)`, `UserRepository $users`,
                // `IRepository<Comment> _comments;` (a generic type, arguments skipped).
                if let next = tokens.indices.contains(index + 1) ? afterTypeArguments(index, in: file) : nil,
                    file.isIdentifier(next),
                    isUpper(name), !declarationWords.contains(tokens[next].text),
                    !tokens.isMemberAccess(at: index - 1, in: file.language)
                {
                    let after = next + 1
                    if after < tokens.count,
                        [";", "=", ",", ")", "{"].contains(tokens[after].text),
                        tokens[after].kind == .punctuation
                    {
                        add(tokens[next].text, name)
                    }
                }
            default:
                break
            }
            // `name: Type` (Kotlin, Swift, TypeScript, Python annotations, C# named tuples aside).
            if file.isPunctuation(index + 1, ":"), file.isIdentifier(index + 2),
                [.kotlin, .swift, .typescript, .python].contains(file.language)
            {
                var last = index + 2
                while file.isPunctuation(last + 1, "."), file.isIdentifier(last + 2) { last += 2 }
                if isUpper(tokens[last].text) { add(name, tokens[last].text) }
            }
            // Constructions: `x = Type(…)`, `x = new Type(…)`, `x := &Type{…}`, `x := NewType(…)`,
            // `x = Type.new`, `$x = new Type(`.
            guard file.isPunctuation(index + 1, "=") || file.isPunctuation(index + 1, ":=") else { continue }
            var value = index + 2
            if file.isIdentifier(value), tokens[value].text == "new" { value += 1 }
            if file.isPunctuation(value, "&") { value += 1 }
            guard file.isIdentifier(value) else { continue }
            var last = value
            while file.isPunctuation(last + 1, ".") || file.isPunctuation(last + 1, "::"),
                file.isIdentifier(last + 2), isUpper(tokens[last + 2].text)
            {
                last += 2
            }
            let type = tokens[last].text
            if file.language == .go, type.hasPrefix("New"), type.count > 3 {
                add(name, String(type.dropFirst(3)))
            } else if isUpper(type),
                file.isPunctuation(last + 1, "(") || file.isPunctuation(last + 1, "{")
                    || (file.isPunctuation(last + 1, ".") && file.isIdentifier(last + 2)
                        && tokens[last + 2].text == "new")
            {
                add(name, type)
            }
        }
        return result.mapValues { $0.sorted() }
    }

    /// The token after `Type` or after its type arguments (`Type<A, B<C>>`) on the same line.
    private static func afterTypeArguments(_ type: Int, in file: AnalyzedFile) -> Int {
        let tokens = file.tokens
        guard file.language != .php, file.isPunctuation(type + 1, "<") else { return type + 1 }
        var depth = 0
        var cursor = type + 1
        while cursor < tokens.count, cursor < type + 40, tokens[cursor].line == tokens[type].line {
            let text = tokens[cursor].text
            if tokens[cursor].kind == .punctuation {
                if text == "<" {
                    depth += 1
                } else if text == ">" || text == ">>" {
                    depth -= text.count
                    if depth <= 0 { return cursor + 1 }
                } else if ![",", ".", "?", "[", "]"].contains(text) {
                    return type + 1
                }
            }
            cursor += 1
        }
        return type + 1
    }

    /// `$users` → `users`, `@repo` → `repo`.
    static func plain(_ name: String) -> String {
        String(name.drop(while: { $0 == "$" || $0 == "@" }))
    }

    private static func isUpper(_ text: String) -> Bool {
        text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    private static let notTypes: Set<String> = [
        "String", "Int", "Integer", "Long", "Boolean", "Bool", "Double", "Float", "Object", "List", "Map",
        "Set", "Array", "Any", "Unit", "Void", "Optional", "Date", "DateTime", "Task", "Promise", "Dict",
        "Decimal", "UUID", "Guid", "IEnumerable", "IList", "ICollection", "Func", "Action", "Record",
        "Partial", "Collection", "Iterable", "Sequence", "Result", "Error", "Exception",
    ]
    private static let goKeywords: Set<String> = [
        "return", "package", "import", "func", "var", "const", "type", "go", "defer", "range", "case",
        "else", "if", "for", "switch", "select", "chan", "map", "struct", "interface", "break", "continue",
        "goto", "fallthrough", "default",
    ]
    private static let declarationWords: Set<String> = [
        "extends", "implements", "where", "as", "is", "in", "instanceof", "new", "return", "throws",
    ]
}
