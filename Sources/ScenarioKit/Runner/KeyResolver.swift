import SQLiteHarness

/// Turns a row index of a filled table into the key a `ref` or `pick` points at, without
/// loading the table: arithmetic for sequences and integer primary keys, otherwise a lookup in a
/// temporary index table (`temp.hf_keys_N(idx INTEGER PRIMARY KEY, key)`) written while the
/// table was generated, or, for tables the scenario does not fill, `LIMIT 1 OFFSET idx`.
final class KeyResolver {
    enum Source {
        case arithmetic(start: Int64, step: Int64)
        case recorded(lookup: Statement)
        case offset(lookup: Statement)
    }

    let source: Source
    /// How many keys there are (rows of the table).
    let count: Int

    init(source: Source, count: Int) {
        self.source = source
        self.count = count
    }

    /// The key of row `index` (0-based).
    func key(at index: Int64) throws -> SQLValue {
        switch source {
        case .arithmetic(let start, let step):
            return .integer(start &+ index &* step)
        case .recorded(let lookup), .offset(let lookup):
            try lookup.bind(["i": .integer(index)])
            defer { lookup.reset() }
            return try lookup.step() ? lookup.column(0) : .null
        }
    }
}

/// Writes the keys of one referenced, non-arithmetic column while its table is generated.
struct KeyRecorder {
    let insert: Statement
    let columnIndex: Int
    var next: Int64 = 0

    mutating func record(_ row: [SQLValue]) throws {
        try insert.bind(.integer(next), at: 1)
        try insert.bind(row[columnIndex], at: 2)
        _ = try insert.step()
        insert.reset()
        next += 1
    }
}
