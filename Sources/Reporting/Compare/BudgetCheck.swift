import HundredfoldCore

/// Applies declared budgets (a maximum at a scale or at every scale, an allowed growth class) to
/// one scenario's figures. Regression limits need two reports and are applied by
/// ``ReportComparator``.
public enum BudgetCheck {
    /// The results of `specs` on `scenario`, named and formatted as the run names them
    /// (``BudgetEvaluation``).
    public static func evaluate(_ specs: [BudgetSpec], on scenario: ScenarioReport) -> [BudgetResult] {
        BudgetEvaluation.evaluate(specs, scales: scenario.scales, growth: scenario.growth)
    }

    /// Budgets for `check`, per scenario. A report that recorded its declared budgets has them
    /// evaluated again, merged by `resolve` with the project's (`resolve(name, declared)`); an
    /// older report keeps the results it recorded, plus the project's budgets evaluated now.
    public static func check(
        _ report: RunReport,
        resolve: (_ scenario: String, _ declared: [BudgetSpec]) -> [BudgetSpec] = { $1 }
    ) -> [(scenario: String, results: [BudgetResult])] {
        report.scenarios.map { scenario in
            var results: [BudgetResult]
            if let declared = scenario.declared_budgets {
                results = evaluate(resolve(scenario.name, declared), on: scenario)
            } else {
                results = scenario.budgets + evaluate(resolve(scenario.name, []), on: scenario)
            }
            if let stopped = stoppedResult(scenario) { results.append(stopped) }
            return (scenario.name, results)
        }
    }

    /// The failed `limits` result of a scenario a limit (or an error) stopped; nil when every scale
    /// finished.
    static func stoppedResult(_ scenario: ScenarioReport) -> BudgetResult? {
        scenario.stopped.map { stopped in
            BudgetResult(
                name: "limits", limit: "finish every scale",
                value: "stopped at scale \(stopped.scale): \(stopped.kind): \(stopped.message)",
                passed: false, scale: stopped.scale)
        }
    }
}

/// Numbers as reports print them: integers without a fraction, others with up to 3 decimals, and
/// tiny amounts (costs per request) in scientific notation.
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        if !value.isFinite { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        if abs(value) < 0.001 { return String(format: "%.3g", value) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `+12.5%`, `-3%`, or `new` when the base was zero.
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return (value > 0 ? "+" : "") + plain((value * 10).rounded() / 10) + "%"
    }

    /// A change from `base` to `head` as a reader takes it in: a factor from twice up (`×100,000`),
    /// a divisor from half down (`÷20`), a percentage between (`+25%`); nil when `base` is 0.
    public static func change(from base: Double, to head: Double) -> String? {
        guard base != 0, base.isFinite, head.isFinite else { return nil }
        let ratio = head / base
        if ratio >= 2 { return "×" + grouped(ratio) }
        if ratio > 0 && ratio <= 0.5 { return "÷" + grouped(1 / ratio) }
        return percent((ratio - 1) * 100)
    }

    /// `ratio` with thousands separators: whole from 100 up (`100,000`), else one decimal (`10.5`).
    static func grouped(_ ratio: Double) -> String {
        guard ratio < 100 else {
            let digits = String(Int64(ratio.rounded()))
            var text = ""
            for (index, digit) in digits.enumerated() {
                if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
                text.append(digit)
            }
            return text
        }
        return plain((ratio * 10).rounded() / 10)
    }

    /// `+300`, `-2`.
    public static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + plain(value)
    }

    /// A figure's value with its unit: costs as `$…`.
    public static func figure(_ value: Double?, _ figure: Figure) -> String {
        guard let value else { return "–" }
        switch figure {
        case .costPerMonthUSD, .costPerRequestUSD: return "$" + plain(value)
        default: return plain(value)
        }
    }
}
