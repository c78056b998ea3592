/// Turns byte offsets into 1-based line and column (in Unicode scalars), in one forward pass.
///
/// Offsets must be asked for in non-decreasing order; each byte is looked at a constant number
/// of times, so a file with one very long line costs no more than many short ones.
struct LineLocator {
    private let bytes: [UInt8]
    private var line = 1
    private var lineStart = 0
    private var cursor = 0
    private var column = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The line, column, and indentation width of `offset`.
    mutating func locate(_ offset: Int) -> (line: Int, column: Int, lineStart: Int) {
        let target = min(max(offset, cursor), bytes.count)
        while cursor < target {
            let byte = bytes[cursor]
            if byte == 0x0A {
                line += 1
                lineStart = cursor + 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            cursor += 1
        }
        return (line, column, lineStart)
    }

    /// Width of the whitespace at the start of the line beginning at `start`.
    func indent(ofLineAt start: Int) -> Int {
        var width = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20: width += 1
            case 0x09: width = (width / 8 + 1) * 8
            default: return width
            }
            index += 1
        }
        return width
    }
}
