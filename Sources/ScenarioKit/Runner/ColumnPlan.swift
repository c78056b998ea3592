import SQLiteHarness
import SyntheticData

/// How one column of a table being filled gets its values.
struct ColumnPlan {
    var name: String
    var stream: ColumnStream
    /// For references: maps the stream's row index to the referenced key.
    var resolver: KeyResolver?
    /// Where generated text is written before SQLite copies it.
    private let buffer: TextBuffer

    init(name: String, stream: ColumnStream, resolver: KeyResolver?) {
        self.name = name
        self.stream = stream
        self.resolver = resolver
        buffer = TextBuffer(capacity: stream.maxTextBytes)
    }

    /// Sequences are never redrawn: a row retried for uniqueness keeps its place in the sequence.
    var isSequence: Bool {
        if case .sequence = stream.kind { true } else { false }
    }

    /// Draws the next value and binds it to parameter `index` of `insert`; returns the value
    /// itself only when `keep` is true (for recording keys).
    mutating func drawAndBind(_ insert: Statement, at index: Int32, keep: Bool) throws -> SQLValue? {
        switch stream.nextCell(into: buffer.bytes) {
        case .utf8(let count):
            try insert.bind(utf8: UnsafePointer(buffer.start), count: count, at: index)
            return keep
                ? .text(
                    String(decoding: UnsafeBufferPointer(rebasing: buffer.bytes[..<count]), as: UTF8.self))
                : nil
        case .value(let value):
            var sqlValue = SQLValue(value)
            if let resolver, case .integer(let rowIndex) = value { sqlValue = try resolver.key(at: rowIndex) }
            try insert.bind(sqlValue, at: index)
            return keep ? sqlValue : nil
        }
    }
}

/// A byte buffer owned by one column plan, freed with it.
final class TextBuffer {
    let start: UnsafeMutablePointer<UInt8>
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init(capacity: Int) {
        start = .allocate(capacity: max(capacity, 1))
        bytes = UnsafeMutableBufferPointer(start: start, count: max(capacity, 1))
    }

    deinit { start.deallocate() }
}

extension SQLValue {
    init(_ value: GeneratedValue) {
        switch value {
        case .null: self = .null
        case .integer(let int): self = .integer(int)
        case .real(let real): self = .real(real)
        case .text(let text): self = .text(text)
        }
    }
}

extension Skew {
    init(_ distribution: Distribution) {
        switch distribution {
        case .uniform: self = .uniform
        case .zipf(let s): self = .zipf(s)
        }
    }
}

extension ValueKind {
    /// The synthetic-data recipe of a scenario generator; references become row indexes into
    /// `referencedRows` rows.
    init(_ generator: ColumnGenerator, referencedRows: Int) {
        switch generator {
        case .sequence(let start, let step): self = .sequence(start: start, step: step)
        case .integer(let min, let max, let distribution):
            self = .integer(min: min, max: max, skew: Skew(distribution))
        case .real(let min, let max): self = .real(min: min, max: max)
        case .choice(let values, let weights):
            self = .choice(values: values.map(GeneratedValue.init), weights: weights)
        case .text(let minLength, let maxLength): self = .text(minLength: minLength, maxLength: maxLength)
        case .timestamp(let from, let to): self = .timestamp(from: from, to: to)
        case .reference(_, _, let distribution):
            self = .rowIndex(count: referencedRows, skew: Skew(distribution))
        }
    }
}

extension GeneratedValue {
    init(_ value: ChoiceValue) {
        switch value {
        case .integer(let int): self = .integer(int)
        case .real(let real): self = .real(real)
        case .text(let text): self = .text(text)
        case .null: self = .null
        }
    }
}
