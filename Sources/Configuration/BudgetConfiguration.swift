import HundredfoldCore

/// The `budgets:` of `hundredfold.yml`: limits for every scenario, and per scenario by name.
///
/// ```yaml
/// budgets:
///   default:                        # applies to every scenario
///     queries_per_request: { growth: constant }
///   scenarios:
///     order-history:                # only this scenario; per figure, wins over default
///       rows_read_per_request: { max: 200 }
/// ```
/// Figure keys written directly under `budgets:` are shorthand for `default:`. A scenario's own
/// `budget:` wins over both for the figures it names.
public struct BudgetConfiguration: Sendable, Equatable {
    public var defaults: [BudgetSpec]
    /// Scenario name → its budgets.
    public var perScenario: [String: [BudgetSpec]]

    public init(defaults: [BudgetSpec] = [], perScenario: [String: [BudgetSpec]] = [:]) {
        self.defaults = defaults
        self.perScenario = perScenario
    }

    /// The budgets of scenario `name` that declares `own` budgets: per figure, the scenario's own
    /// budget wins, then this file's per-scenario one, then the default.
    public func budgets(forScenario name: String, own: [BudgetSpec] = []) -> [BudgetSpec] {
        var result = own
        var covered = Set(own.map(\.figure))
        for layer in [perScenario[name] ?? [], defaults] {
            let added = layer.filter { !covered.contains($0.figure) }
            result += added
            covered.formUnion(added.map(\.figure))
        }
        return result
    }
}
