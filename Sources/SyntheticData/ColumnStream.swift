/// A value from ``ColumnStream/nextCell(into:)``: a scalar, or text written into the buffer.
public enum Cell: Equatable, Sendable {
    case value(GeneratedValue)
    /// UTF-8 text of `count` bytes at the start of the buffer.
    case utf8(count: Int)
}

/// The values of one column, drawn row after row from the column's own random stream.
public struct ColumnStream: Sendable {
    public let kind: ValueKind
    /// The fraction (0...1) of rows that are NULL.
    public let nullFraction: Double
    private var random: RandomSource
    private var row: Int64 = 0
    private let zipf: ZipfSampler?
    private let cumulativeWeights: [Double]
    private let choices: [GeneratedValue]

    /// A stream for `table.column` under `seed`: the same arguments give the same values.
    public init(kind: ValueKind, nullFraction: Double = 0, seed: UInt64, table: String, column: String) {
        self.kind = kind
        self.nullFraction = nullFraction
        random = RandomSource(seed: seed, stream: table + "." + column)
        switch kind {
        case .integer(let min, let max, .zipf(let s)):
            zipf = ZipfSampler(count: Int(clamping: max - min + 1), exponent: s)
        case .rowIndex(let count, .zipf(let s)):
            zipf = ZipfSampler(count: count, exponent: s)
        default:
            zipf = nil
        }
        if case .choice(let values, let weights) = kind {
            choices = values
            var total = 0.0
            cumulativeWeights = weights.map { weight in
                total += weight
                return total
            }
        } else {
            choices = []
            cumulativeWeights = []
        }
    }

    /// The next row's value.
    public mutating func next() -> GeneratedValue {
        defer { row += 1 }
        if nullFraction > 0, random.nextUnit() < nullFraction { return .null }
        switch kind {
        case .text(let minLength, let maxLength):
            return .text(TextGenerator.text(length: drawLength(minLength, maxLength), using: &random))
        case .timestamp(let from, let to):
            return .text(Timestamp.iso8601(random.next(in: from...to)))
        default:
            return drawScalar()
        }
    }

    /// The most UTF-8 bytes ``nextCell(into:)`` writes into its buffer.
    public var maxTextBytes: Int {
        switch kind {
        case .text(let minLength, let maxLength): Swift.max(minLength, maxLength)
        case .timestamp: Timestamp.maxBytes
        default: 0
        }
    }

    /// The next row's value, like ``next()``, but generated text is written into `buffer` (at
    /// least ``maxTextBytes`` long) instead of allocating a `String`: the fast path for inserts.
    /// Draws exactly what ``next()`` draws.
    public mutating func nextCell(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Cell {
        defer { row += 1 }
        if nullFraction > 0, random.nextUnit() < nullFraction { return .value(.null) }
        switch kind {
        case .text(let minLength, let maxLength):
            let length = drawLength(minLength, maxLength)
            TextGenerator.write(length: length, into: buffer, using: &random)
            return .utf8(count: length)
        case .timestamp(let from, let to):
            return .utf8(count: Timestamp.write(random.next(in: from...to), into: buffer))
        default:
            return .value(drawScalar())
        }
    }

    /// Every kind but text and timestamps.
    private mutating func drawScalar() -> GeneratedValue {
        switch kind {
        case .sequence(let start, let step):
            return .integer(start &+ row &* step)
        case .integer(let min, let max, .uniform):
            return .integer(random.next(in: min...max))
        case .integer(let min, _, .zipf):
            return .integer(min &+ Int64(zipf?.sample(&random) ?? 1) - 1)
        case .real(let min, let max):
            return .real(min + (max - min) * random.nextUnit())
        case .choice:
            return choices.isEmpty ? .null : choices[pickWeighted()]
        case .rowIndex(let count, .uniform):
            return .integer(Int64(random.next(below: UInt64(Swift.max(count, 1)))))
        case .rowIndex:
            return .integer(Int64((zipf?.sample(&random) ?? 1) - 1))
        case .text, .timestamp:
            return .null
        }
    }

    // MARK: - Helpers

    private mutating func pickWeighted() -> Int {
        guard let total = cumulativeWeights.last, total > 0 else { return 0 }
        let target = random.nextUnit() * total
        var low = 0
        var high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private mutating func drawLength(_ minLength: Int, _ maxLength: Int) -> Int {
        Int(random.next(in: Int64(minLength)...Int64(Swift.max(minLength, maxLength))))
    }
}

/// Lower-case pseudo-words separated by single spaces, never starting or ending with a space.
enum TextGenerator {
    /// Letters by English frequency; the low half of draws picks from the first 8.
    private static let letters: StaticString = "etaoinshrdlucmfwypvbgkjqxz"

    static func text(length: Int, using random: inout RandomSource) -> String {
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { bytes in
            write(length: length, into: bytes, using: &random)
            return length
        }
    }

    /// Writes `length` bytes of text at the start of `bytes`.
    static func write(
        length: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, using random: inout RandomSource
    ) {
        let table = letters.utf8Start
        var previous: UInt8 = 32
        var index = 0
        while index < length {
            // One random word gives 8 characters.
            var bits = random.next()
            let end = Swift.min(index + 8, length)
            while index < end {
                let draw = Int(truncatingIfNeeded: bits & 0xff)
                bits >>= 8
                let space = draw < 36 && index > 0 && index < length - 1 && previous != 32
                previous = space ? 32 : table[draw < 128 ? draw & 7 : draw % 26]
                bytes[index] = previous
                index += 1
            }
        }
    }
}
