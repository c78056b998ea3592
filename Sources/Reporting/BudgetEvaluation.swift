import HundredfoldCore

/// Applies a scenario's budgets (`max`, at one scale or every scale, and `growth`) to its results.
/// Regression limits are applied by `compare`/`ci`, which have a base to compare with.
public enum BudgetEvaluation {
    public static func evaluate(
        _ budgets: [BudgetSpec], scales: [ScaleResult], growth: [String: Growth]
    ) -> [BudgetResult] {
        var results: [BudgetResult] = []
        for budget in budgets {
            let name = budget.figure.rawValue
            if let max = budget.max {
                results.append(maxResult(budget, max: max, scales: scales))
            }
            if let allowed = budget.growth {
                if let measured = growth[name] {
                    results.append(
                        BudgetResult(
                            name: name + ".growth", limit: allowed.rawValue,
                            value: measured.class.rawValue,
                            passed: measured.class <= allowed))
                } else {
                    results.append(
                        BudgetResult(
                            name: name + ".growth", limit: allowed.rawValue, value: "not measured",
                            passed: false))
                }
            }
        }
        return results
    }

    private static func maxResult(_ budget: BudgetSpec, max: Double, scales: [ScaleResult]) -> BudgetResult {
        let figure = budget.figure
        if let scale = budget.scale {
            let name = "\(figure.rawValue)@\(scale)"
            guard let value = scales.first(where: { $0.scale == scale })?.value(of: figure) else {
                return BudgetResult(
                    name: name, limit: format(max), value: "not measured", passed: false, scale: scale)
            }
            return BudgetResult(
                name: name, limit: format(max), value: format(value), passed: value <= max, scale: scale)
        }
        let measured = scales.compactMap { result in result.value(of: figure).map { (result.scale, $0) } }
        guard measured.count == scales.count, let worst = measured.max(by: { $0.1 < $1.1 }) else {
            return BudgetResult(
                name: figure.rawValue, limit: format(max), value: "not measured", passed: false)
        }
        return BudgetResult(
            name: figure.rawValue, limit: format(max), value: format(worst.1), passed: worst.1 <= max,
            scale: worst.0)
    }

    /// A number as budgets show it: whole numbers without a fraction, others to 2 decimals.
    public static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }
}
