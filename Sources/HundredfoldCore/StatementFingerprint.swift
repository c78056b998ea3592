/// The normalized shape of a SQL statement: what stays the same when only its values change.
///
/// Two executions with the same fingerprint are "the same statement" for repeated-statement
/// (N+1) detection and for matching scan findings to run results. The normalization:
/// - comments (`-- …`, `/* … */`) are removed and whitespace collapses to single spaces;
/// - literals (strings, numbers with their unary sign, blobs; `TRUE`/`FALSE`/`NULL` stay
///   keywords) and parameters (`?`, `?1`, `:name`, `@name`, `$name`) become `?`;
/// - `IN (?, ?, …)` collapses to `IN (?)`, and a multi-row `VALUES (…), (…)` of identical
///   tuples collapses to one tuple;
/// - keywords are upper-cased, bare identifiers lower-cased (SQL identifiers are
///   case-insensitive), quoted identifiers are kept as written; a trailing `;` is dropped.
public enum StatementFingerprint {
    /// The fingerprint of `sql`.
    public static func fingerprint(_ sql: String) -> String {
        var tokens = SQLTokenizer.tokens(of: sql)
        while tokens.last == .punct(";") { tokens.removeLast() }
        tokens = collapseLists(foldSigns(tokens))
        return render(tokens)
    }

    // MARK: - Collapsing

    /// Drops a unary sign before a literal (`id = -5` is `id = ?`, like `id = 5`); a binary
    /// minus (after an identifier, a value or `)`) stays.
    private static func foldSigns(_ tokens: [SQLToken]) -> [SQLToken] {
        var out: [SQLToken] = []
        for (index, token) in tokens.enumerated() {
            if token == .punct("-") || token == .punct("+"), index + 1 < tokens.count,
                tokens[index + 1] == .placeholder, isUnaryPosition(after: out.last)
            {
                continue
            }
            out.append(token)
        }
        return out
    }

    private static func collapseLists(_ tokens: [SQLToken]) -> [SQLToken] {
        var out: [SQLToken] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            out.append(token)
            index += 1
            if token == .word("IN"), let end = placeholderTuple(tokens, from: index) {
                out += [.punct("("), .placeholder, .punct(")")]
                index = end
            } else if token == .word("VALUES"), let first = tupleEnd(tokens, from: index) {
                let tuple = Array(tokens[index..<first])
                out += tuple
                index = first
                while index < tokens.count, tokens[index] == .punct(","),
                    let next = tupleEnd(tokens, from: index + 1),
                    Array(tokens[(index + 1)..<next]) == tuple
                {
                    index = next
                }
            }
        }
        return out
    }

    /// Whether a sign after `previous` is unary: at the start, after a keyword or an operator.
    private static func isUnaryPosition(after previous: SQLToken?) -> Bool {
        switch previous {
        case nil, .word: true
        case .punct(let text): text != ")"
        case .identifier, .placeholder: false
        }
    }

    /// The index after `( ? , ? , … )` starting at `start`, or nil when it is not such a list.
    private static func placeholderTuple(_ tokens: [SQLToken], from start: Int) -> Int? {
        guard start < tokens.count, tokens[start] == .punct("(") else { return nil }
        var index = start + 1
        var expectValue = true
        while index < tokens.count {
            let token = tokens[index]
            if expectValue, token == .placeholder {
                expectValue = false
            } else if !expectValue, token == .punct(",") {
                expectValue = true
            } else if !expectValue, token == .punct(")") {
                return index + 1
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The index after a balanced parenthesized group starting at `start`.
    private static func tupleEnd(_ tokens: [SQLToken], from start: Int) -> Int? {
        guard start < tokens.count, tokens[start] == .punct("(") else { return nil }
        var depth = 0
        for index in start..<tokens.count {
            if tokens[index] == .punct("(") { depth += 1 }
            if tokens[index] == .punct(")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
        }
        return nil
    }

    // MARK: - Rendering

    private static func render(_ tokens: [SQLToken]) -> String {
        var text = ""
        var previous: SQLToken?
        for token in tokens {
            if let previous, needsSpace(between: previous, and: token) { text += " " }
            text += token.text
            previous = token
        }
        return text
    }

    private static func needsSpace(between left: SQLToken, and right: SQLToken) -> Bool {
        switch (left, right) {
        case (.punct("("), _), (.punct("."), _), (_, .punct(")")), (_, .punct(",")),
            (_, .punct(".")), (_, .punct(";")):
            return false
        case (.identifier, .punct("(")):
            return false
        default:
            return true
        }
    }
}
