/// Values in the text format of `COPY … FROM STDIN`
/// (https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.2): tab-separated, `\N` for
/// NULL, backslash escapes for backslash, tab, newline and carriage return; bytes as `\\x…` hex.
public enum CopyText {
    static let hex = Array("0123456789abcdef".utf8)

    /// Appends a NULL field.
    public static func appendNull(to buffer: inout CopyBuffer) {
        buffer.append(contentsOf: [92, 78])  // \N
    }

    /// Appends an integer field.
    public static func append(_ value: Int64, to buffer: inout CopyBuffer) {
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Appends a float: Swift's shortest text that reads back as the same double.
    public static func append(_ value: Double, to buffer: inout CopyBuffer) {
        if value.isNaN {
            buffer.append(contentsOf: "NaN".utf8)
        } else if value.isInfinite {
            buffer.append(contentsOf: (value < 0 ? "-Infinity" : "Infinity").utf8)
        } else {
            buffer.append(contentsOf: String(value).utf8)
        }
    }

    /// Appends text, escaped.
    public static func append<S: Sequence>(text: S, to buffer: inout CopyBuffer) where S.Element == UInt8 {
        for byte in text {
            switch byte {
            case 92: buffer.append(contentsOf: [92, 92])
            case 9: buffer.append(contentsOf: [92, 116])
            case 10: buffer.append(contentsOf: [92, 110])
            case 13: buffer.append(contentsOf: [92, 114])
            default: buffer.append(contentsOf: CollectionOfOne(byte))
            }
        }
    }

    /// Appends bytes for a `bytea` column (`\\x` then hex: the escaped form of `\x…`).
    public static func append(bytes: [UInt8], to buffer: inout CopyBuffer) {
        buffer.append(contentsOf: [92, 92, 120])
        for byte in bytes {
            buffer.append(contentsOf: [hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }
    }

    /// Appends the tab between fields.
    public static func appendSeparator(to buffer: inout CopyBuffer) {
        buffer.append(contentsOf: CollectionOfOne(9))
    }
}
