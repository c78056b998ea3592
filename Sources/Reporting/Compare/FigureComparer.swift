import HundredfoldCore

/// The verdict on one figure at one scale.
enum FigureComparer {
    static func compare(
        _ figure: Figure, base: ScaleResult?, head: ScaleResult?, limit: RegressionLimit?
    ) -> FigureComparison {
        let b = base?.value(of: figure)
        let h = head?.value(of: figure)
        guard let b, let h else {
            return FigureComparison(
                figure: figure, base: b, head: h, delta: nil, delta_percent: nil, verdict: .one_side,
                method: nil)
        }
        let delta = h - b
        let percent: Double? = b != 0 ? delta / b * 100 : nil
        var comparison = FigureComparison(
            figure: figure, base: b, head: h, delta: delta, delta_percent: percent, verdict: .unchanged,
            method: nil)
        if figure.isDeterministic {
            comparison.verdict = verdict(delta: delta, percent: percent, limit: limit)
            return comparison
        }
        guard
            let test = LatencyTest.compare(
                base: base?.samples(for: figure) ?? [], head: head?.samples(for: figure) ?? [])
        else {
            comparison.verdict = .not_compared
            comparison.method =
                "not compared: fewer than \(LatencyTest.minimumSamples) latency samples on a side"
            return comparison
        }
        comparison.method = test.description
        comparison.p_value = test.pValue
        // The test compares whole sample sets; a percentile that moved against the shift is not
        // called slower (or faster) on the strength of the others.
        let againstTheShift =
            (test.outcome == .slower && delta <= 0) || (test.outcome == .faster && delta >= 0)
        if againstTheShift {
            comparison.verdict = .noise
            comparison.method = test.description + "; this percentile moved the other way"
            return comparison
        }
        switch test.outcome {
        case .noise: comparison.verdict = .noise
        case .faster: comparison.verdict = .faster
        case .slower:
            if let limit, delta > 0 {
                comparison.verdict =
                    exceeds(delta: delta, percent: percent, limit: limit) ? .regression : .within_limit
            } else {
                comparison.verdict = .slower
            }
        }
        return comparison
    }

    static func verdict(delta: Double, percent: Double?, limit: RegressionLimit?) -> FigureVerdict {
        if delta == 0 { return .unchanged }
        if delta < 0 { return .improved }
        guard let limit else { return .worse }
        return exceeds(delta: delta, percent: percent, limit: limit) ? .regression : .within_limit
    }

    /// True when the increase exceeds every limit given; a percent limit on a zero base is
    /// exceeded by any increase.
    static func exceeds(delta: Double, percent: Double?, limit: RegressionLimit) -> Bool {
        guard delta > 0, limit.percent != nil || limit.absolute != nil else { return delta > 0 }
        let overPercent = limit.percent.map { allowed in percent.map { $0 > allowed } ?? true } ?? true
        let overAbsolute = limit.absolute.map { delta > $0 } ?? true
        return overPercent && overAbsolute
    }

    /// The regression limit as a budget result, for the list of budgets.
    static func budgetResult(_ comparison: FigureComparison, limit: RegressionLimit, scale: Int)
        -> BudgetResult
    {
        let parts = [
            limit.percent.map { "+\(NumberText.plain($0))%" },
            limit.absolute.map { "+\(NumberText.plain($0))" },
        ]
        let value =
            "\(NumberText.figure(comparison.base, comparison.figure)) → \(NumberText.figure(comparison.head, comparison.figure))"
            + " (\(NumberText.signed(comparison.delta ?? 0)), \(NumberText.percent(comparison.delta_percent)))"
        return BudgetResult(
            name: "\(comparison.figure.rawValue)@\(scale).regression",
            limit: parts.compactMap { $0 }.joined(separator: " and "), value: value,
            passed: comparison.verdict != .regression,
            scale: scale)
    }
}
