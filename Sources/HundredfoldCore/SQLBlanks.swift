/// What SQLite's tokenizer (`tokenize.c`) passes over between tokens: whitespace, `-- …` line
/// comments and `/* … */` block comments (an unclosed one runs to the end).
public enum SQLBlanks {
    /// The index after the blanks that start at `start` in `bytes` (`start` itself when none do).
    public static func end<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from start: Int) -> Int
    where Bytes.Index == Int {
        var index = start
        func byte(_ at: Int) -> UInt8 { at < bytes.endIndex ? bytes[at] : 0 }
        while index < bytes.endIndex {
            switch byte(index) {
            case UInt8(ascii: " "), 9, 10, 12, 13:
                index += 1
            case UInt8(ascii: "-") where byte(index + 1) == UInt8(ascii: "-"):
                while index < bytes.endIndex, bytes[index] != 10 { index += 1 }
            case UInt8(ascii: "/") where byte(index + 1) == UInt8(ascii: "*"):
                index += 2
                while index < bytes.endIndex,
                    !(bytes[index] == UInt8(ascii: "*") && byte(index + 1) == UInt8(ascii: "/"))
                {
                    index += 1
                }
                index = min(index + 2, bytes.endIndex)
            default:
                return index
            }
        }
        return index
    }
}
