import HundredfoldCore

/// Compares a base and a head report and applies budgets to the head.
///
/// Budgets applied: the budgets each scenario declared on the side `budgetsFrom` names (the base
/// by default, so a change cannot loosen its own budget), merged by `resolve` with others (the
/// project's `hundredfold.yml`: `resolve(scenarioName, declared)` returns the budgets to apply).
/// Count figures are compared exactly; a regression limit fails only when the increase exceeds
/// every limit given (percent and/or absolute). Latency goes through ``LatencyTest``.
public enum ReportComparator {
    public static func compare(
        base: RunReport, head: RunReport, budgetsFrom: BudgetSource = .base,
        resolve: (_ scenario: String, _ declared: [BudgetSpec]) -> [BudgetSpec] = { $1 }
    ) -> ReportComparison {
        var names: [String] = head.scenarios.map(\.name)
        for scenario in base.scenarios where !names.contains(scenario.name) { names.append(scenario.name) }
        let scenarios = names.map { name in
            let baseScenario = base.scenarios.first { $0.name == name }
            let headScenario = head.scenarios.first { $0.name == name }
            let declared =
                (budgetsFrom == .base ? baseScenario ?? headScenario : headScenario)?.declared_budgets ?? []
            return compare(
                base: baseScenario, head: headScenario, name: name, budgets: resolve(name, declared))
        }
        return ReportComparison(budgetsFrom: budgetsFrom, scenarios: scenarios)
    }

    static func compare(
        base: ScenarioReport?, head: ScenarioReport?, name: String, budgets: [BudgetSpec]
    ) -> ScenarioComparison {
        let status: ScenarioComparison.Status = base == nil ? .added : head == nil ? .removed : .compared
        var scaleNumbers = (head?.scales ?? []).map(\.scale)
        for result in base?.scales ?? [] where !scaleNumbers.contains(result.scale) {
            scaleNumbers.append(result.scale)
        }
        var results: [BudgetResult] = []
        let figures = Figure.allCases.filter { figure in
            budgets.contains { $0.figure == figure } || [base, head].contains { $0?.adds(figure) ?? false }
        }
        let scales = scaleNumbers.sorted().map { scale in
            let baseResult = base?.scales.first { $0.scale == scale }
            let headResult = head?.scales.first { $0.scale == scale }
            let compared = figures.compactMap { figure -> FigureComparison? in
                let limit = budgets.first { $0.figure == figure && $0.regression != nil }?.regression
                let comparison = FigureComparer.compare(
                    figure, base: baseResult, head: headResult, limit: limit)
                if let limit, comparison.base != nil, comparison.head != nil,
                    comparison.verdict != .not_compared
                {
                    results.append(FigureComparer.budgetResult(comparison, limit: limit, scale: scale))
                }
                return comparison.base == nil && comparison.head == nil ? nil : comparison
            }
            return ScaleComparison(scale: scale, figures: compared)
        }
        if let head {
            results = BudgetCheck.evaluate(budgets, on: head) + results
            if let stopped = BudgetCheck.stoppedResult(head) { results.append(stopped) }
        }
        let growth = figures.compactMap { figure -> GrowthComparison? in
            let b = base?.growth[figure.rawValue]
            let h = head?.growth[figure.rawValue]
            guard b != nil || h != nil else { return nil }
            return GrowthComparison(
                figure: figure, base: b?.class, head: h?.class, base_exponent: b?.exponent,
                head_exponent: h?.exponent)
        }
        return ScenarioComparison(
            name: name, status: status, pricing_base: base?.pricing, pricing_head: head?.pricing,
            scales: scales, growth: growth, budgets: results,
            verdict: results.allSatisfy(\.passed) ? .pass : .fail,
            causes: ChangeCause.causes(base: base, head: head),
            cost_lines: (head ?? base)?.scales.max { $0.scale < $1.scale }?.cost?.lines,
            prediction: head?.prediction)
    }
}
