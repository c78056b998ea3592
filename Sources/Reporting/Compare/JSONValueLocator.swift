import Foundation

/// Finds where a value sits in JSON text, by the coding path a `DecodingError` names
/// (`scenarios[0].scales`), so an error about a report can point at its line and column.
///
/// It reads text that has already parsed as JSON; keys are compared as written between their
/// quotes (report keys have no escapes).
struct JSONValueLocator {
    private let bytes: [UInt8]
    private var index = 0

    /// The byte offset of the value at `path` in `data`, or nil when the path is not there.
    static func offset(of path: [CodingKey], in data: Data) -> Int? {
        var locator = JSONValueLocator(bytes: [UInt8](data))
        return locator.find(path[...])
    }

    /// What the value at `offset` is, in words (`text`, `a list`, …).
    static func kind(at offset: Int, in data: Data) -> String {
        let bytes = [UInt8](data)
        guard offset < bytes.count else { return "nothing" }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return "text"
        case UInt8(ascii: "["): return "a list"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "true or false"
        case UInt8(ascii: "n"): return "null"
        default: return "a number"
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func find(_ path: ArraySlice<CodingKey>) -> Int? {
        skipBlanks()
        guard let key = path.first else { return index < bytes.count ? index : nil }
        guard index < bytes.count else { return nil }
        let isObject = bytes[index] == UInt8(ascii: "{")
        guard isObject || bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        var position = 0
        while true {
            skipBlanks()
            guard index < bytes.count, bytes[index] != UInt8(ascii: "}"), bytes[index] != UInt8(ascii: "]")
            else { return nil }
            let matches: Bool
            if isObject {
                let name = readString()
                skipBlanks()
                index += 1  // the ':'
                skipBlanks()
                matches = key.intValue == nil && name == key.stringValue
            } else {
                matches = key.intValue == position
            }
            if matches { return find(path.dropFirst()) }
            skipValue()
            skipBlanks()
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
            position += 1
        }
    }

    private mutating func skipBlanks() {
        while index < bytes.count, [9, 10, 13, 32].contains(bytes[index]) { index += 1 }
    }

    /// Reads a string starting at its opening quote; returns its text as written.
    private mutating func readString() -> String {
        let start = index + 1
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        defer { index += 1 }
        return String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self)
    }

    private mutating func skipValue() {
        guard index < bytes.count else { return }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            _ = readString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            repeat {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    _ = readString()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                index += 1
            } while depth > 0 && index < bytes.count
        default:
            while index < bytes.count,
                ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[index])
            {
                index += 1
            }
        }
    }
}
