import HundredfoldCore
import YAMLSupport

/// `data:`: tables with rows, fixed, and a generator per column.
extension ScenarioDecoder {
    static let tableKeys = ["rows", "fixed", "columns"]
    static let generatorKeys = ["sequence", "int", "real", "choice", "text", "timestamp", "ref"]
    /// Modifier keys, and the generators each one belongs to.
    static let modifierKeys: [String: [String]] = [
        "step": ["sequence"], "distribution": ["int", "ref"], "weights": ["choice"],
        "nullable": generatorKeys,
    ]

    // MARK: - Tables

    func decodeTables(_ value: YAMLValue) throws -> [TableSpec] {
        let tables = try value.mapping(expected: "a mapping of table names to their rows and columns")
        return try tables.entries.map { entry in
            let table = try entry.value.mapping(allowedKeys: Self.tableKeys)
            let rowsValue = try table.required("rows")
            let rows = try rowsValue.int()
            guard rows >= 0 else {
                throw rowsValue.invalid("rows must be zero or a positive integer, found \(rows)")
            }
            let columns = try table["columns"].map { columns in
                try columns.mapping(expected: "a mapping of column names to generators").entries.map {
                    column in
                    try decodeColumn(named: column.key, column.value, keyLocation: column.keyLocation)
                }
            }
            return TableSpec(
                name: entry.key, rows: rows, fixed: try table.bool("fixed") ?? false, columns: columns ?? [],
                location: entry.keyLocation)
        }
    }

    // MARK: - Columns

    func decodeColumn(named name: String, _ value: YAMLValue, keyLocation: SourceLocation) throws
        -> ColumnSpec
    {
        let allowed = Self.generatorKeys + Self.modifierKeys.keys.sorted()
        let column = try value.mapping(
            allowedKeys: allowed, expected: "a generator mapping, like { int: [1, 10] } or { ref: users.id }")
        let generators = column.keys.filter(Self.generatorKeys.contains)
        guard generators.count == 1, let kind = generators.first, let argument = column[kind] else {
            throw value.invalid(
                generators.isEmpty
                    ? "a column needs one generator: \(Self.generatorKeys.joined(separator: ", "))"
                    : "a column takes one generator, found \(generators.joined(separator: " and "))")
        }
        for key in column.keys where !(Self.modifierKeys[key] ?? [kind]).contains(kind) {
            throw YAMLError.invalidValue(
                location: column.location(of: key), keyPath: value.childPath(key),
                message: "'\(key)' does not apply to a \(kind) column", hint: nil)
        }
        var nullFraction = 0.0
        if let nullable = column["nullable"] {
            nullFraction = try nullable.double()
            guard (0...1).contains(nullFraction) else {
                throw nullable.invalid(
                    "nullable is the fraction of NULLs, between 0 and 1; found \(nullFraction)")
            }
        }
        let generator = try decodeGenerator(kind, argument, column: column)
        return ColumnSpec(name: name, generator: generator, nullFraction: nullFraction, location: keyLocation)
    }

    private func decodeGenerator(_ kind: String, _ argument: YAMLValue, column: YAMLMapping) throws
        -> ColumnGenerator
    {
        switch kind {
        case "sequence":
            let step = try column["step"].map { try $0.int() } ?? 1
            if step == 0, let stepValue = column["step"] { throw stepValue.invalid("step must not be 0") }
            return .sequence(start: Int64(try argument.int()), step: Int64(step))
        case "int":
            let (low, high) = try range(argument, expected: "a range of integers [min, max]") { try $0.int() }
            return .integer(
                min: Int64(low), max: Int64(high),
                distribution: try column["distribution"].map(decodeDistribution) ?? .uniform)
        case "real":
            let (low, high) = try range(argument, expected: "a range of numbers [min, max]") {
                try $0.double()
            }
            return .real(min: low, max: high)
        case "text":
            let (low, high) = try range(argument, expected: "a range of lengths [min, max]") { try $0.int() }
            guard low >= 0 else { throw argument.invalid("text lengths must be zero or more, found \(low)") }
            return .text(minLength: low, maxLength: high)
        case "timestamp":
            let (from, to) = try range(
                argument, expected: "a range of dates [\"2024-01-01\", \"2025-06-30T12:00:00Z\"]"
            ) {
                item in
                guard let seconds = Timestamp.epochSeconds(try item.string()) else {
                    throw item.mismatch("a date (YYYY-MM-DD) or UTC time (YYYY-MM-DDTHH:MM:SSZ)")
                }
                return seconds
            }
            return .timestamp(from: from, to: to)
        case "choice":
            return try decodeChoice(argument, weights: column["weights"])
        default:
            let (table, columnName) = try tableColumn(argument, key: "ref")
            return .reference(
                table: table, column: columnName,
                distribution: try column["distribution"].map(decodeDistribution) ?? .uniform)
        }
    }

    // MARK: - Pieces

    /// A two-item list `[min, max]` with min ≤ max.
    func range<T: Comparable>(_ value: YAMLValue, expected: String, _ read: (YAMLValue) throws -> T) throws
        -> (T, T)
    {
        let items = try value.sequence(expected: expected)
        guard items.count == 2 else { throw value.mismatch(expected) }
        let low = try read(items[0])
        let high = try read(items[1])
        guard low <= high else { throw value.invalid("the range's min must not exceed its max") }
        return (low, high)
    }

    /// `uniform`, `zipf` (exponent 1), or `{ zipf: 1.3 }`.
    func decodeDistribution(_ value: YAMLValue) throws -> Distribution {
        if value.isScalar {
            switch try value.string() {
            case "uniform": return .uniform
            case "zipf": return .zipf(s: 1)
            default: throw value.mismatch("uniform, zipf, or { zipf: EXPONENT }")
            }
        }
        let mapping = try value.mapping(
            allowedKeys: ["zipf"], expected: "uniform, zipf, or { zipf: EXPONENT }")
        let exponent = try mapping.required("zipf")
        let s = try exponent.double()
        guard s > 0 else { throw exponent.invalid("the zipf exponent must be positive, found \(s)") }
        return .zipf(s: s)
    }

    /// `table.column`, as in `ref: users.id` and `pick: users.id`.
    func tableColumn(_ value: YAMLValue, key: String) throws -> (String, String) {
        let text = try value.string()
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw value.mismatch("TABLE.COLUMN (like \(key): users.id)")
        }
        return (String(parts[0]), String(parts[1]))
    }
}
