import HundredfoldCore

/// Two run reports compared scenario by scenario, scale by scale, figure by figure (the JSON of
/// `hundredfold compare --format json` and `compare.json`, schema `hundredfold.compare/1`).
public struct ReportComparison: Codable, Sendable, Equatable {
    public static let schemaIdentifier = "hundredfold.compare/1"

    public var schema: String
    /// The version of Hundredfold that compared.
    public var tool_version: String
    /// The commits compared, when known (`ci` knows them; `compare` of two files does not).
    public var base_commit: String?
    public var head_commit: String?
    /// Whose budgets were applied: `base` or `head`.
    public var budgets_from: String
    public var scenarios: [ScenarioComparison]
    /// `fail` when any budget (a limit, a growth class, a regression limit) failed on the head.
    public var verdict: Verdict

    public init(budgetsFrom: BudgetSource, scenarios: [ScenarioComparison]) {
        self.schema = Self.schemaIdentifier
        self.tool_version = ToolInfo.version
        self.budgets_from = budgetsFrom.rawValue
        self.scenarios = scenarios
        self.verdict = scenarios.allSatisfy { $0.verdict == .pass } ? .pass : .fail
    }

    /// Every failed budget, scenario by scenario.
    public var violations: [(scenario: String, budget: BudgetResult)] {
        scenarios.flatMap { scenario in
            scenario.budgets.filter { !$0.passed }.map { (scenario.name, $0) }
        }
    }
}

/// Which branch's declared budgets a comparison applies to the head.
public enum BudgetSource: String, Codable, Sendable, CaseIterable {
    case base
    case head
}

/// One scenario in both reports, or in one of them.
public struct ScenarioComparison: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// In both reports.
        case compared
        /// Only in the head report: shown, not an error.
        case added
        /// Only in the base report: shown, not an error.
        case removed
    }

    public var name: String
    public var status: Status
    /// The pricing profile of each side (cost is an estimate with this profile).
    public var pricing_base: String?
    public var pricing_head: String?
    public var scales: [ScaleComparison]
    public var growth: [GrowthComparison]
    /// Budgets applied to the head (and regression limits of head over base), passed or failed.
    public var budgets: [BudgetResult]
    public var verdict: Verdict
    /// What explains the change at the head's largest scale: statements repeated and tables
    /// scanned more often than on the base (absent in comparisons of older versions).
    public var causes: [ChangeCause]? = nil
    /// The cost estimate's lines at the largest scale, the head's (the base's for a removed
    /// scenario): quantity × unit price = amount.
    public var cost_lines: [CostLine]? = nil
    /// The head's figures extrapolated to its production scale (`production: { scale: N }`);
    /// absent without one.
    public var prediction: Prediction? = nil
}

/// Every figure of one scale on both sides.
public struct ScaleComparison: Codable, Sendable, Equatable {
    public var scale: Int
    public var figures: [FigureComparison]
}

/// One figure at one scale: base, head, the change, and what it means.
public struct FigureComparison: Codable, Sendable, Equatable {
    public var figure: Figure
    public var base: Double?
    public var head: Double?
    /// head − base.
    public var delta: Double?
    /// (head − base) / base × 100; nil when base is 0 or a side is missing.
    public var delta_percent: Double?
    public var verdict: FigureVerdict
    /// For latency: the test that decided the verdict, with its numbers.
    public var method: String?
    /// For latency: the two-sided p-value of that test, as a number.
    public var p_value: Double? = nil
}

/// What a figure's change means. Every figure is "lower is better".
public enum FigureVerdict: String, Codable, Sendable {
    case unchanged
    case improved
    /// Higher on the head, no regression limit for the figure: reported, not failing.
    case worse
    /// Higher on the head, but within every regression limit given.
    case within_limit
    /// Higher on the head by more than every regression limit given: fails.
    case regression
    /// Latency: the difference is not significant, or smaller than the minimum effect.
    case noise
    /// Latency: significantly slower (advisory unless a latency regression budget gates it).
    case slower
    /// Latency: significantly faster.
    case faster
    /// Latency without repeated samples on both sides: not compared.
    case not_compared
    /// Measured on one side only (a scale or a figure such as cost added or removed).
    case one_side
}

/// How a figure grows across scales on both sides.
public struct GrowthComparison: Codable, Sendable, Equatable {
    public var figure: Figure
    public var base: GrowthClass?
    public var head: GrowthClass?
    public var base_exponent: Double?
    public var head_exponent: Double?

    /// True when the head grows faster than the base (a class change for the worse).
    public var isWorse: Bool {
        guard let base, let head else { return false }
        return head > base
    }
}
