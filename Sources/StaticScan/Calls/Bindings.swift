/// Which variables of a file hold clients, lazy queries, call results and SQL text.
///
/// Scoping is approximate: a name's value at a token is its nearest earlier assignment in the
/// file, else its first later one (fields declared after the methods that use them).
public struct Bindings: Sendable {
    private var values: [String: Timeline<BindingValue>] = [:]
    private var sqlText: [String: Timeline<String>] = [:]

    mutating func bind(_ name: String, to value: BindingValue, at token: Int) {
        values[Self.key(name), default: Timeline()].insert((token, value))
    }

    mutating func bindSQL(_ name: String, _ sql: String, at token: Int) {
        sqlText[Self.key(name), default: Timeline()].insert((token, sql))
    }

    /// The value `name` holds at `token`.
    public func value(of name: String, at token: Int) -> BindingValue? {
        binding(of: name, at: token)?.value
    }

    /// The value `name` holds at `token`, with the token where it was assigned.
    public func binding(of name: String, at token: Int) -> (token: Int, value: BindingValue)? {
        values[Self.key(name)]?.nearest(to: token)
    }

    /// The SQL text `name` holds at `token` (assigned a SQL literal, or a statement prepared from one).
    public func sql(of name: String, at token: Int) -> String? {
        sqlText[Self.key(name)]?.nearest(to: token)?.value
    }

    /// The values one name was given, kept in token order so the one in force at a token is a
    /// binary search away (a pass over all of them per lookup was quadratic in files that assign
    /// a name in every function).
    private struct Timeline<T: Sendable>: Sendable {
        /// By token; equal tokens in the order they were bound.
        private var items: [(token: Int, value: T)] = []
        /// The first one bound, whatever its token: the answer when none precedes the token.
        private var first: (token: Int, value: T)? = nil

        mutating func insert(_ item: (token: Int, value: T)) {
            if first == nil { first = item }
            // After every item at or before its token (usually the end).
            if let last = items.last, last.token > item.token {
                var low = 0
                var high = items.count
                while low < high {
                    let middle = (low + high) / 2
                    if items[middle].token <= item.token { low = middle + 1 } else { high = middle }
                }
                items.insert(item, at: low)
            } else {
                items.append(item)
            }
        }

        /// The latest item before `token` (the first bound of those at that token), else the
        /// first one bound.
        func nearest(to token: Int) -> (token: Int, value: T)? {
            let end = firstIndex(atOrAfter: token)
            guard end > 0 else { return first }
            return items[firstIndex(atOrAfter: items[end - 1].token)]
        }

        private func firstIndex(atOrAfter token: Int) -> Int {
            var low = 0
            var high = items.count
            while low < high {
                let middle = (low + high) / 2
                if items[middle].token < token { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// `@redis`, `$redis`, `self.redis` and `redis` are one name.
    static func key(_ name: String) -> String {
        // Most names have no sigil: hand them back without building a new string.
        guard let head = name.utf8.first, head == UInt8(ascii: "@") || head == UInt8(ascii: "$") else {
            return name
        }
        var key = Substring(name)
        while let first = key.first, first == "@" || first == "$" { key = key.dropFirst() }
        return String(key)
    }
}
