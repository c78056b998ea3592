import StaticScan

/// Python: `def`/`async def` and `class`, their bodies ending where indentation returns.
struct PythonDefinitions {
    let file: AnalyzedFile

    func find() -> Definitions {
        var result = Definitions()
        let tokens = file.tokens
        for index in tokens.indices where tokens[index].kind == .identifier {
            let word = tokens[index].text
            guard word == "def" || word == "class", file.isIdentifier(index + 1) else { continue }
            let lineStart = tokens[index].startsLine || (index > 0 && tokens[index - 1].is("async"))
            guard lineStart else { continue }
            let name = index + 1
            let open = name + 1
            var parameters: Range<Int>? = nil
            var afterHeader = open
            if file.isPunctuation(open, "("), let close = file.brackets.partner(of: open) {
                parameters = (open + 1)..<close
                afterHeader = close + 1
            }
            guard
                let colon = (afterHeader..<min(tokens.count, afterHeader + 64)).first(where: {
                    file.isPunctuation($0, ":")
                })
            else { continue }
            let indent = tokens[index].indent
            let end =
                tokens[(colon + 1)...].firstIndex { $0.startsLine && $0.indent <= indent } ?? tokens.count
            let body = (colon + 1)..<max(colon + 1, end)
            let decorators = decorators(before: index)
            if word == "def" {
                result.functions.append(
                    FunctionSpan(
                        name: tokens[name].text, nameToken: name, parameters: parameters, body: body,
                        hasBody: true, receiverType: nil, annotations: decorators))
            } else {
                result.types.append(
                    TypeSpan(
                        name: tokens[name].text, nameToken: name, kind: .classType, body: body,
                        supertypes: parameters.map(bases) ?? [], annotations: decorators))
            }
        }
        return result
    }

    /// `models.Model, TimestampMixin` → `models.Model`, `TimestampMixin` (keyword arguments
    /// such as `metaclass=…` dropped).
    private func bases(_ range: Range<Int>) -> [String] {
        var result: [String] = []
        var current = ""
        var depth = 0
        var keyword = false
        for index in range {
            let token = file.tokens[index]
            if token.kind == .punctuation {
                switch token.text {
                case "(", "[": depth += 1
                case ")", "]": depth -= 1
                case ",":
                    if depth == 0 {
                        if !current.isEmpty, !keyword { result.append(current) }
                        current = ""
                        keyword = false
                    }
                case "=": keyword = true
                case ".": if depth == 0 { current += "." }
                default: continue
                }
            } else if token.kind == .identifier, depth == 0 {
                current += token.text
            }
        }
        if !current.isEmpty, !keyword { result.append(current) }
        return result
    }

    private func decorators(before index: Int) -> [String] {
        var names: [String] = []
        var line = file.tokens[index].line - 1
        var cursor = index - 1
        while cursor >= 0 {
            // Walk back over whole decorator lines (`@app.route("/x")`).
            let lineStart = cursor
            guard file.tokens[lineStart].line == line else { break }
            var first = lineStart
            while first > 0, file.tokens[first - 1].line == line { first -= 1 }
            guard file.isIdentifier(first), file.tokens[first].text.hasPrefix("@") else { break }
            var last = first
            while file.isPunctuation(last + 1, "."), file.isIdentifier(last + 2) { last += 2 }
            names.append(String(file.tokens[last].text.drop(while: { $0 == "@" })))
            cursor = first - 1
            line -= 1
        }
        return names.reversed()
    }
}
