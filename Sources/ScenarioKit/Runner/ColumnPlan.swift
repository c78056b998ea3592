import SQLiteHarness
import SyntheticData

/// How one column of a table being filled gets its values.
struct ColumnPlan {
    var name: String
    var stream: ColumnStream
    /// For references: maps the stream's row index to the referenced key.
    var resolver: KeyResolver?

    /// Sequences are never redrawn: a row retried for uniqueness keeps its place in the sequence.
    var isSequence: Bool {
        if case .sequence = stream.kind { true } else { false }
    }

    mutating func next() throws -> SQLValue {
        let value = stream.next()
        if let resolver, case .integer(let index) = value { return try resolver.key(at: index) }
        return SQLValue(value)
    }
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
