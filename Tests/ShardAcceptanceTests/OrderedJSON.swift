import Foundation

/// A JSON document read without losing what `JSONSerialization` forgets: key order and the exact
/// text of every number and string. Two reports equal as ``OrderedJSON`` after ``withoutTiming()``
/// are byte for byte the same apart from whitespace and timing figures.
indirect enum OrderedJSON: Equatable {
    case object([Member])
    case array([OrderedJSON])
    /// A string, number, `true`, `false` or `null` exactly as written.
    case scalar(String)

    struct Member: Equatable {
        var key: String
        var value: OrderedJSON
    }

    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "not JSON at byte \(offset)" }
    }

    static func parse(_ data: Data) throws -> OrderedJSON {
        var reader = Reader(bytes: Array(data))
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw Malformed(offset: reader.index) }
        return value
    }

    /// The document with every member whose key ``Interface/isTimingKey(_:)`` names removed, at any depth.
    func withoutTiming() -> OrderedJSON {
        switch self {
        case .object(let members):
            return .object(
                members.filter { !Interface.isTimingKey($0.key) }.map {
                    Member(key: $0.key, value: $0.value.withoutTiming())
                })
        case .array(let elements): return .array(elements.map { $0.withoutTiming() })
        case .scalar: return self
        }
    }

    /// Compact text in the document's own order, for failure messages and diffs.
    var text: String {
        switch self {
        case .object(let members):
            return "{" + members.map { "\"\($0.key)\":\($0.value.text)" }.joined(separator: ",") + "}"
        case .array(let elements): return "[" + elements.map(\.text).joined(separator: ",") + "]"
        case .scalar(let raw): return raw
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value() throws -> OrderedJSON {
            skipWhitespace()
            guard index < bytes.count else { throw Malformed(offset: index) }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .scalar(try string())
            default: return .scalar(try bare())
            }
        }

        mutating func object() throws -> OrderedJSON {
            index += 1
            var members: [Member] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw Malformed(offset: index)
                }
                let key = String(try string().dropFirst().dropLast())
                skipWhitespace()
                try expect(":")
                members.append(Member(key: key, value: try value()))
                skipWhitespace()
                if try separatorOrEnd("}") { return .object(members) }
            }
        }

        mutating func array() throws -> OrderedJSON {
            index += 1
            var elements: [OrderedJSON] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                elements.append(try value())
                skipWhitespace()
                if try separatorOrEnd("]") { return .array(elements) }
            }
        }

        /// A string with its quotes and escapes as written.
        mutating func string() throws -> String {
            let start = index
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index < bytes.count else { throw Malformed(offset: start) }
            index += 1
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// A number or literal: everything up to the next delimiter.
        mutating func bare() throws -> String {
            let start = index
            while index < bytes.count, !Array(",]} \n\r\t".utf8).contains(bytes[index]) { index += 1 }
            guard index > start else { throw Malformed(offset: start) }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func expect(_ character: Character) throws {
            guard index < bytes.count, bytes[index] == character.asciiValue else {
                throw Malformed(offset: index)
            }
            index += 1
        }

        /// Consumes `,` (returns false) or `end` (returns true).
        mutating func separatorOrEnd(_ end: Character) throws -> Bool {
            guard index < bytes.count else { throw Malformed(offset: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                return false
            }
            try expect(end)
            return true
        }
    }
}
