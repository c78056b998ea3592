/// The values of one column, drawn row after row from the column's own random stream.
public struct ColumnStream: Sendable {
    public let kind: ValueKind
    /// The fraction (0...1) of rows that are NULL.
    public let nullFraction: Double
    private var random: RandomSource
    private var row: Int64 = 0
    private let zipf: ZipfSampler?
    private let cumulativeWeights: [Double]

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
        if case .choice(_, let weights) = kind {
            var total = 0.0
            cumulativeWeights = weights.map { weight in
                total += weight
                return total
            }
        } else {
            cumulativeWeights = []
        }
    }

    /// The next row's value.
    public mutating func next() -> GeneratedValue {
        defer { row += 1 }
        if nullFraction > 0, random.nextUnit() < nullFraction { return .null }
        switch kind {
        case .sequence(let start, let step):
            return .integer(start &+ row &* step)
        case .integer(let min, let max, .uniform):
            return .integer(random.next(in: min...max))
        case .integer(let min, _, .zipf):
            return .integer(min &+ Int64(zipf?.sample(&random) ?? 1) - 1)
        case .real(let min, let max):
            return .real(min + (max - min) * random.nextUnit())
        case .choice(let values, _):
            return values.isEmpty ? .null : values[pickWeighted()]
        case .text(let minLength, let maxLength):
            return .text(TextGenerator.text(length: drawLength(minLength, maxLength), using: &random))
        case .timestamp(let from, let to):
            return .text(Timestamp.iso8601(random.next(in: from...to)))
        case .rowIndex(let count, .uniform):
            return .integer(Int64(random.next(below: UInt64(Swift.max(count, 1)))))
        case .rowIndex:
            return .integer(Int64((zipf?.sample(&random) ?? 1) - 1))
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
    private static let letters = Array("etaoinshrdlucmfwypvbgkjqxz".utf8)

    static func text(length: Int, using random: inout RandomSource) -> String {
        guard length > 0 else { return "" }
        var bytes = [UInt8](repeating: 0, count: length)
        var bits = random.next()
        var bitsLeft = 64
        for index in 0..<length {
            if bitsLeft < 8 {
                bits = random.next()
                bitsLeft = 64
            }
            let draw = Int(bits & 0xff)
            bits >>= 8
            bitsLeft -= 8
            let space = draw < 36 && index > 0 && index < length - 1 && bytes[index - 1] != 32
            // Skewed toward frequent letters: the low half of draws picks from the first 8.
            bytes[index] = space ? 32 : letters[draw < 128 ? draw % 8 : draw % letters.count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
