/// Which variables of a file hold clients, lazy queries, call results and SQL text.
///
/// Scoping is approximate: a name's value at a token is its nearest earlier assignment in the
/// file, else its first later one (fields declared after the methods that use them).
public struct Bindings: Sendable {
    private var values: [String: [(token: Int, value: BindingValue)]] = [:]
    private var sqlText: [String: [(token: Int, sql: String)]] = [:]

    mutating func bind(_ name: String, to value: BindingValue, at token: Int) {
        values[Self.key(name), default: []].append((token, value))
    }

    mutating func bindSQL(_ name: String, _ sql: String, at token: Int) {
        sqlText[Self.key(name), default: []].append((token, sql))
    }

    /// The value `name` holds at `token`.
    public func value(of name: String, at token: Int) -> BindingValue? {
        binding(of: name, at: token)?.value
    }

    /// The value `name` holds at `token`, with the token where it was assigned.
    public func binding(of name: String, at token: Int) -> (token: Int, value: BindingValue)? {
        guard let list = values[Self.key(name)] else { return nil }
        return Self.nearest(list, to: token)
    }

    /// The SQL text `name` holds at `token` (assigned a SQL literal, or a statement prepared from one).
    public func sql(of name: String, at token: Int) -> String? {
        guard let list = sqlText[Self.key(name)] else { return nil }
        return Self.nearest(list.map { ($0.token, $0.sql) }, to: token)?.1
    }

    private static func nearest<T>(_ list: [(token: Int, value: T)], to token: Int) -> (token: Int, value: T)?
    {
        var best: (token: Int, value: T)? = nil
        for item in list where item.token < token {
            if best == nil || item.token > best?.token ?? 0 { best = item }
        }
        return best ?? list.first
    }

    private static func nearest(_ list: [(Int, String)], to token: Int) -> (Int, String)? {
        let typed = list.map { (token: $0.0, value: $0.1) }
        return nearest(typed, to: token).map { ($0.token, $0.value) }
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
