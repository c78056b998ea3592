/// One budget as the user declared it, in a scenario's `budget:` or in `hundredfold.yml`.
///
/// ```yaml
/// budget:
///   queries_per_request: { max: 50, growth: constant }
///   latency_p95_ms: { max: 20, scale: 100 }
///   rows_read_per_request: { regression: { percent: 10, absolute: 100 } }
/// ```
public struct BudgetSpec: Hashable, Sendable, Codable {
    public var figure: Figure
    /// The largest allowed value (at `scale`, or at every scale when `scale` is nil).
    public var max: Double?
    /// The fastest allowed growth class of the figure across scales.
    public var growth: GrowthClass?
    /// The scale `max` applies to; nil means every scale.
    public var scale: Int?
    /// For `compare` and `ci`: the largest allowed regression of head over base.
    public var regression: RegressionLimit?
    /// Where the budget was declared, for messages.
    public var location: SourceLocation?

    public init(
        figure: Figure, max: Double? = nil, growth: GrowthClass? = nil, scale: Int? = nil,
        regression: RegressionLimit? = nil, location: SourceLocation? = nil
    ) {
        self.figure = figure
        self.max = max
        self.growth = growth
        self.scale = scale
        self.regression = regression
        self.location = location
    }
}

/// The largest allowed increase of a figure from base to head. When both are set, a regression
/// fails only when it exceeds both (a small absolute change on a tiny base is not a regression).
public struct RegressionLimit: Hashable, Sendable, Codable {
    public var percent: Double?
    public var absolute: Double?

    public init(percent: Double? = nil, absolute: Double? = nil) {
        self.percent = percent
        self.absolute = absolute
    }
}
