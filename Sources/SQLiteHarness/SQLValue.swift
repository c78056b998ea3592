/// A value as SQLite stores it (https://sqlite.org/datatype3.html): one case per storage class.
public enum SQLValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as a SQL literal would show it, for messages and placeholders in commands.
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        case .blob(let bytes): "x'" + bytes.map { String($0, radix: 16) }.joined() + "'"
        }
    }
}
