import HundredfoldCore

/// How one table is filled: its rows at scale 1 and a generator per described column.
/// Columns the scenario does not describe are filled from their declared SQL type by the runner.
public struct TableSpec: Sendable, Equatable {
    public var name: String
    /// Rows at scale 1.
    public var rows: Int
    /// A fixed table keeps `rows` at every scale instead of being multiplied by it.
    public var fixed: Bool
    /// Described columns, in declaration order.
    public var columns: [ColumnSpec]
    public var location: SourceLocation

    public init(name: String, rows: Int, fixed: Bool, columns: [ColumnSpec], location: SourceLocation) {
        self.name = name
        self.rows = rows
        self.fixed = fixed
        self.columns = columns
        self.location = location
    }

    /// Rows at `scale`.
    public func rowCount(at scale: Int) -> Int { fixed ? rows : rows * scale }
}

public struct ColumnSpec: Sendable, Equatable {
    public var name: String
    public var generator: ColumnGenerator
    /// The fraction of rows (0...1) that get NULL instead of a generated value.
    public var nullFraction: Double
    public var location: SourceLocation

    public init(name: String, generator: ColumnGenerator, nullFraction: Double = 0, location: SourceLocation)
    {
        self.name = name
        self.generator = generator
        self.nullFraction = nullFraction
        self.location = location
    }
}

/// How values are drawn: uniformly, or skewed so a few values are most of the draws.
public enum Distribution: Sendable, Equatable {
    case uniform
    /// Zipf with exponent `s` (> 0); rank 1 is the most frequent.
    case zipf(s: Double)
}

/// A column's value generator, one case per YAML key (`sequence`, `int`, `real`, `choice`, `text`,
/// `timestamp`, `ref`).
public enum ColumnGenerator: Sendable, Equatable {
    /// start, start + step, …
    case sequence(start: Int64, step: Int64)
    /// Integers in `min...max`.
    case integer(min: Int64, max: Int64, distribution: Distribution)
    /// Reals in `min..<max`.
    case real(min: Double, max: Double)
    /// One of `values`, drawn with `weights` (same count, all > 0).
    case choice(values: [ChoiceValue], weights: [Double])
    /// Text of a length in `minLength...maxLength`.
    case text(minLength: Int, maxLength: Int)
    /// Unix-epoch seconds in `from...to`, stored as ISO-8601 text in UTC.
    case timestamp(from: Int64, to: Int64)
    /// A key of an existing row of another table.
    case reference(table: String, column: String, distribution: Distribution)
}

/// A literal value a `choice` column can take.
public enum ChoiceValue: Sendable, Equatable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null
}
