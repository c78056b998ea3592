import HundredfoldCore

/// Reads the `budget:` shape shared by scenarios and `hundredfold.yml`:
///
/// ```yaml
/// queries_per_request: { max: 50, growth: constant }
/// latency_p95_ms: { max: 25, scale: 100 }
/// rows_read_per_request: { regression: { percent: 10, absolute: 100 } }
/// ```
extension YAMLValue {
    static let budgetKeys = ["max", "growth", "scale", "regression"]
    static let regressionKeys = ["percent", "absolute"]

    /// One ``BudgetSpec`` per figure, in the order written. Keys are ``Figure`` raw values, growth
    /// values ``GrowthClass`` raw values; a budget must set at least one limit. Keys in `ignoring`
    /// are allowed and skipped (they belong to an enclosing format).
    public func budgets(ignoring: [String] = []) throws -> [BudgetSpec] {
        let figures = Figure.allCases.map(\.rawValue)
        let mapping = try self.mapping(
            allowedKeys: figures + ignoring, expected: "a mapping of figure names to limits")
        var budgets: [BudgetSpec] = []
        for entry in mapping.entries {
            guard let figure = Figure(rawValue: entry.key) else { continue }
            budgets.append(try entry.value.budget(for: figure, keyLocation: entry.keyLocation))
        }
        return budgets
    }

    private func budget(for figure: Figure, keyLocation: SourceLocation) throws -> BudgetSpec {
        let fields = try mapping(
            allowedKeys: Self.budgetKeys, expected: "a mapping with max, growth, scale or regression")
        var budget = BudgetSpec(figure: figure, location: keyLocation)
        if let max = fields["max"] {
            let value = try max.double()
            guard value >= 0 else { throw max.invalid("max must be zero or more, found \(value)") }
            budget.max = value
        }
        if let growth = fields["growth"] {
            let text = try growth.string()
            guard let growthClass = GrowthClass(rawValue: text) else {
                let names = GrowthClass.allCases.map(\.rawValue)
                throw growth.invalid(
                    "unknown growth class '\(text)'"
                        + (Suggestion.nearest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""),
                    hint: "growth classes, slowest first: \(names.joined(separator: ", "))")
            }
            budget.growth = growthClass
        }
        if let scale = fields["scale"] {
            let value = try scale.int()
            guard value > 0 else { throw scale.invalid("scale must be a positive integer, found \(value)") }
            guard budget.max != nil else { throw scale.invalid("scale applies to max; set max too") }
            budget.scale = value
        }
        if let regression = fields["regression"] {
            let limits = try regression.mapping(allowedKeys: Self.regressionKeys)
            let percent = try limits.double("percent")
            let absolute = try limits.double("absolute")
            guard percent != nil || absolute != nil else {
                throw regression.invalid("regression needs percent, absolute, or both")
            }
            for key in ["percent", "absolute"] {
                if let value = try limits.double(key), value < 0, let node = limits[key] {
                    throw node.invalid("\(key) must be zero or more, found \(value)")
                }
            }
            budget.regression = RegressionLimit(percent: percent, absolute: absolute)
        }
        guard budget.max != nil || budget.growth != nil || budget.regression != nil else {
            throw invalid("a budget needs at least one of max, growth or regression")
        }
        return budget
    }
}
