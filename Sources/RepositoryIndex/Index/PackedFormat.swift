/// A compact binary encoding for the index cache: integers as variable-length (zigzag) numbers,
/// each distinct string stored once in a table and referred to by number, and a checksum at
/// the end, so a truncated or damaged file is refused whole.
///
/// Layout: the table (count, then each string's length and UTF-8 bytes), the body, then the
/// FNV-1a hash of all of it (8 bytes, little-endian).
struct PackedWriter {
    private var body: [UInt8] = []
    private var table: [String] = []
    private var numbers: [String: Int] = [:]

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        body.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    mutating func uint64(_ value: UInt64) { int(Int(bitPattern: UInt(value))) }

    mutating func string(_ value: String) {
        if let number = numbers[value] {
            int(number)
        } else {
            numbers[value] = table.count
            int(table.count)
            table.append(value)
        }
    }

    /// Nil is written as -1, a string as its table number.
    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { int(-1) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func ints(_ values: [Int]) {
        int(values.count)
        for value in values { int(value) }
    }

    /// The finished encoding.
    func bytes() -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(body.count + table.count * 16 + 16)
        var header = PackedWriter()
        header.int(table.count)
        result += header.body
        for string in table {
            var length = PackedWriter()
            length.int(string.utf8.count)
            result += length.body
            result += string.utf8
        }
        result += body
        var hash = PackedReader.checksum(result[...])
        for _ in 0..<8 {
            result.append(UInt8(truncatingIfNeeded: hash))
            hash >>= 8
        }
        return result
    }
}

/// Reads what ``PackedWriter`` wrote; every read checks its bounds and throws
/// ``PackedReader/Damaged`` rather than trap.
struct PackedReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    private let end: Int
    private var table: [String] = []

    /// Checks the checksum and reads the string table.
    init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 8 else { throw Damaged() }
        self.bytes = bytes
        end = bytes.count - 8
        var stored: UInt64 = 0
        for index in (end..<bytes.count).reversed() { stored = stored << 8 | UInt64(bytes[index]) }
        guard stored == Self.checksum(bytes[..<end]) else { throw Damaged() }
        let count = try int()
        guard count >= 0, count <= end else { throw Damaged() }
        table.reserveCapacity(count)
        for _ in 0..<count {
            let length = try int()
            guard length >= 0, length <= end - offset else { throw Damaged() }
            table.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
            offset += length
        }
    }

    /// Whether the body is read to its end.
    var isAtEnd: Bool { offset == end }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let decoded = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
        return Int(decoded)
    }

    /// A count of items still to read: never more than the bytes left, so a damaged count
    /// cannot make a reader reserve or loop beyond the file.
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= end - offset else { throw Damaged() }
        return value
    }

    mutating func bool() throws -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func uint64() throws -> UInt64 { UInt64(bitPattern: Int64(try int())) }

    mutating func string() throws -> String {
        let number = try int()
        guard table.indices.contains(number) else { throw Damaged() }
        return table[number]
    }

    mutating func optionalString() throws -> String? {
        let number = try int()
        if number == -1 { return nil }
        guard table.indices.contains(number) else { throw Damaged() }
        return table[number]
    }

    mutating func strings() throws -> [String] {
        let count = try count()
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try string()) }
        return result
    }

    mutating func ints() throws -> [Int] {
        let count = try count()
        var result: [Int] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try int()) }
        return result
    }

    /// A raw value of `T` stored as a string.
    mutating func value<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }

    /// FNV-1a over `bytes`.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
