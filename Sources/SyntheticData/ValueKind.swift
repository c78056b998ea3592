/// A generated cell value.
public enum GeneratedValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// How draws are spread over a range.
public enum Skew: Hashable, Sendable {
    case uniform
    /// Zipf with exponent `s`; the first value of the range is the most frequent.
    case zipf(Double)
}

/// How one column's values are made: one case per scenario column generator, plus ``rowIndex``
/// for references (the caller maps a row index of the referenced table to its key).
public enum ValueKind: Hashable, Sendable {
    /// start, start + step, … by row number.
    case sequence(start: Int64, step: Int64)
    case integer(min: Int64, max: Int64, skew: Skew)
    /// Reals in `min..<max`.
    case real(min: Double, max: Double)
    /// One of `values` with relative `weights` (same count, all > 0).
    case choice(values: [GeneratedValue], weights: [Double])
    /// Lower-case words of a length in `minLength...maxLength`.
    case text(minLength: Int, maxLength: Int)
    /// Unix-epoch seconds in `from...to`, as ISO-8601 UTC text (`2024-05-01T08:30:00Z`).
    case timestamp(from: Int64, to: Int64)
    /// A 0-based row index in `0..<count` of another table; zipf makes the first rows hottest.
    case rowIndex(count: Int, skew: Skew)

    /// A sensible generator for a column the scenario does not describe: a timestamp when the
    /// name says it holds one (`…_at`, `…_on`, or containing `date` or `time`) — as ISO-8601 text,
    /// or as Unix seconds in 2020–2025 for an INT column — otherwise ``forDeclaredType(_:)``.
    public static func forColumn(named name: String, declaredType: String) -> ValueKind {
        let lower = name.lowercased()
        let isTime =
            lower.hasSuffix("_at") || lower.hasSuffix("_on") || lower.contains("date")
            || lower.contains("time")
        guard isTime else { return forDeclaredType(declaredType) }
        switch forDeclaredType(declaredType) {
        case .integer: return .integer(min: 1_577_836_800, max: 1_767_225_599, skew: .uniform)
        case .real: return .real(min: 1_577_836_800, max: 1_767_225_599)
        default: return .timestamp(from: 1_577_836_800, to: 1_767_225_599)
        }
    }

    /// A sensible generator for a column the scenario does not describe, from its declared SQL
    /// type, by SQLite's affinity rules (https://sqlite.org/datatype3.html#type_affinity):
    /// dates and times get timestamps in 2020–2025, INT integers in 1...1,000,000, CHAR/CLOB/TEXT
    /// text of 5–20 characters, REAL/FLOA/DOUB reals in 0..<1,000, anything else (NUMERIC, BLOB,
    /// no type) integers.
    public static func forDeclaredType(_ declaredType: String) -> ValueKind {
        let type = declaredType.uppercased()
        if type.contains("DATE") || type.contains("TIME") {
            return .timestamp(from: 1_577_836_800, to: 1_767_225_599)
        }
        if type.contains("INT") { return .integer(min: 1, max: 1_000_000, skew: .uniform) }
        if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") {
            return .text(minLength: 5, maxLength: 20)
        }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") {
            return .real(min: 0, max: 1_000)
        }
        return .integer(min: 1, max: 1_000_000, skew: .uniform)
    }
}
