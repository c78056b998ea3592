import StaticScan

/// A function or method found in a file, with the tokens of its parameters and body.
struct FunctionSpan {
    var name: String
    var nameToken: Int
    /// Tokens between the parameter list's parentheses.
    var parameters: Range<Int>?
    /// Tokens of the body; empty for a declaration without one.
    var body: Range<Int>
    var hasBody: Bool
    /// Go: the receiver's type (`Store` in `func (s *Store) Load()`).
    var receiverType: String?
    var annotations: [String]
}

/// A type declaration found in a file, with the tokens of its body.
struct TypeSpan {
    var name: String
    var nameToken: Int
    var kind: TypeKind
    var body: Range<Int>
    var supertypes: [String]
    var annotations: [String]
}

/// The functions and types a file declares, found from its tokens per language family.
struct Definitions {
    var functions: [FunctionSpan] = []
    var types: [TypeSpan] = []

    static func find(in file: AnalyzedFile) -> Definitions {
        switch file.language {
        case .python: return PythonDefinitions(file: file).find()
        case .ruby: return RubyDefinitions(file: file).find()
        case .elixir: return ElixirDefinitions(file: file).find()
        case .sql: return Definitions()
        default: return BracedDefinitions(file: file).find()
        }
    }

    /// The innermost type whose body holds `token`.
    func owner(of token: Int) -> TypeSpan? {
        types.filter { $0.body.contains(token) }.min { $0.body.count < $1.body.count }
    }
}

// MARK: - Shared token helpers

extension AnalyzedFile {
    func isIdentifier(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .identifier
    }

    func isPunctuation(_ index: Int, _ text: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == text
    }

    /// The annotations (`@Query(…)`, `[Table("x")]`) written right before the declaration whose
    /// first token is `start`, without `@`, nearest last.
    func annotations(before start: Int) -> [String] {
        var names: [String] = []
        var cursor = start - 1
        var steps = 0
        while cursor >= 0, steps < 40 {
            steps += 1
            let token = tokens[cursor]
            if token.kind == .punctuation, token.text == ")" || token.text == "]",
                let open = brackets.partner(of: cursor), open < cursor
            {
                if token.text == "]", isIdentifier(open + 1) { names.append(tokens[open + 1].text) }
                cursor = open - 1
                continue
            }
            if token.kind == .identifier {
                // `@Query`, or the tail of `@org.springframework.data.jpa.repository.Query`.
                var root = cursor
                while isPunctuation(root - 1, "."), isIdentifier(root - 2) { root -= 2 }
                if tokens[root].text.hasPrefix("@") {
                    names.append(root == cursor ? String(token.text.dropFirst()) : token.text)
                    cursor = root - 1
                    continue
                }
                if Self.modifiers.contains(token.text) {
                    cursor -= 1
                    continue
                }
            }
            break
        }
        return names.reversed()
    }

    static let modifiers: Set<String> = [
        "public", "private", "protected", "internal", "static", "final", "abstract", "open", "override",
        "async", "virtual", "sealed", "readonly", "export", "default", "suspend", "inline", "data",
        "partial", "fileprivate", "nonisolated", "mutating", "required", "convenience", "lateinit", "const",
        "synchronized", "transient", "volatile", "native", "operator", "infix", "tailrec", "external",
        "actual", "expect", "inner", "extern", "unsafe", "new", "declare", "get", "set",
    ]
}
