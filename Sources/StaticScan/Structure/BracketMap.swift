/// Matching pairs of `(` `)`, `[` `]`, `{` `}` over a token array.
///
/// Unbalanced input is tolerated: a closer with no opener is ignored, an opener with no closer
/// matches nothing (`partner` is nil).
public struct BracketMap: Sendable {
    private var partners: [Int32]

    public init(tokens: [Token]) {
        partners = Array(repeating: -1, count: tokens.count)
        var stack: [(index: Int, closer: String)] = []
        for index in tokens.indices where tokens[index].kind == .punctuation {
            let text = tokens[index].text
            switch text {
            case "(": stack.append((index, ")"))
            case "[": stack.append((index, "]"))
            case "{": stack.append((index, "}"))
            case ")", "]", "}":
                // Look only a few levels down, so hostile input cannot make this quadratic.
                let floor = max(0, stack.count - 64)
                guard let depth = stack[floor...].lastIndex(where: { $0.closer == text }) else {
                    continue
                }
                // Openers above the match were never closed; drop them.
                let opener = stack[depth].index
                stack.removeSubrange(depth...)
                partners[opener] = Int32(index)
                partners[index] = Int32(opener)
            default: continue
            }
        }
    }

    /// The index of the bracket matching the one at `index`, if any.
    public func partner(of index: Int) -> Int? {
        guard index >= 0, index < partners.count, partners[index] >= 0 else { return nil }
        return Int(partners[index])
    }

    /// The innermost opener (`(`, `[`, `{`) before `index` that is still open there and satisfies
    /// `accepts`: closed pairs on the way back are stepped over whole. At most `steps` tokens are
    /// visited, so hostile input stays cheap.
    public func enclosingOpener(
        before index: Int, in tokens: [Token], steps: Int, where accepts: (Int) -> Bool
    ) -> Int? {
        var cursor = index - 1
        var visited = 0
        while cursor > 0, visited < steps {
            visited += 1
            let token = tokens[cursor]
            if token.kind == .punctuation, [")", "]", "}"].contains(token.text),
                let open = partner(of: cursor), open < cursor
            {
                cursor = open - 1
                continue
            }
            if token.kind == .punctuation, ["(", "[", "{"].contains(token.text), accepts(cursor) {
                return cursor
            }
            cursor -= 1
        }
        return nil
    }
}
