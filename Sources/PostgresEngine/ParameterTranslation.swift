/// A step's SQL for PostgreSQL: `:name` (`@name`, `$name`) and `?` parameters become `$1…$n`, in
/// order of first appearance; a name used twice is one parameter.
public struct ParameterTranslation: Sendable, Equatable {
    /// The SQL with `$n` placeholders.
    public var sql: String
    /// The name of each `$n`, in order (`?NNN` for positional `?`, numbered from 1).
    public var names: [String]

    public init(_ sql: String) {
        var names: [String] = []
        var text = ""
        var positional = 0
        for piece in SQLPieces.split(sql) {
            guard piece.kind == .parameter else {
                text += piece.text
                continue
            }
            var name = String(piece.text.dropFirst())
            if piece.text.hasPrefix("?") {
                positional += 1
                name = name.isEmpty ? "?\(positional)" : "?" + name
            }
            if !names.contains(name) { names.append(name) }
            text += "$\((names.firstIndex(of: name) ?? 0) + 1)"
        }
        self.sql = text
        self.names = names
    }
}
