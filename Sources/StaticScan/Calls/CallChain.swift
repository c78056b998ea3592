/// One name in a member-access chain (`filter` in `Order.objects.filter(…).first()`).
public struct ChainLink: Sendable, Equatable {
    public var name: String
    /// Index of the name token.
    public var token: Int
    /// The operator before the name (`.`, `->`, `::`, `?.`); empty for the root.
    public var separator: String
    /// The tokens between the call's parentheses (or a tagged template, or a Ruby argument list
    /// without parentheses); nil when the link is not called with arguments.
    public var arguments: Range<Int>?
    /// Whether the link is called (`f()`, `` sql`…` ``, any Ruby method after a dot).
    public var isCall: Bool
    /// `new X(…)`, Go `&pkg.T{…}`.
    public var isConstructor: Bool
    /// The tokens inside a subscript right after the link (`[:10]` in `Model.objects.all()[:10]`).
    public var index: Range<Int>? = nil
}

/// A maximal postfix expression: a root name and the member accesses and calls after it.
public struct CallChain: Sendable, Equatable {
    public var links: [ChainLink]
    /// Index of the first token of the expression (the root name, or `new`).
    public var start: Int
    /// Index just past the last token of the expression.
    public var end: Int

    /// The names from the root to `link`, joined by their separators (`Order.objects.get`).
    public func text(through link: Int) -> String {
        var result = ""
        for item in links.prefix(link + 1) { result += item.separator + item.name }
        return result
    }

    /// The names before `link`, with `this`/`self` dropped from the front.
    public func receiverNames(of link: Int) -> ArraySlice<String> {
        receiverNames(of: link, in: links.map(\.name))
    }

    /// ``receiverNames(of:)`` over names computed once for the chain.
    func receiverNames(of link: Int, in names: [String]) -> ArraySlice<String> {
        var slice = names[0..<min(link, names.count)]
        if let first = slice.first, ["this", "self", "$this", "@"].contains(first), slice.count > 1 {
            slice = slice.dropFirst()
        }
        return slice
    }
}
