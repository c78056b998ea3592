import HundredfoldCore

/// A scenario as declared in a YAML file, fully resolved and validated by the loader: every file it
/// names has been read, every reference checked. The runner trusts it.
public struct Scenario: Sendable, Equatable {
    public var name: String
    /// Where the scenario's YAML document starts (file relative to the working directory).
    public var location: SourceLocation
    /// The schema scripts, applied in order (one for inline SQL or a `.sql` file, one per
    /// migration file, in name order, for a folder).
    public var schema: [SQLScript]
    /// `schema: { command: ... }`: the application's own migrations, run once per scenario on an
    /// empty database instead of ``schema`` (which is then empty).
    public var schemaCommand: CommandStep?
    /// The tables to fill, in declaration order (referenced tables are filled first by the runner).
    public var tables: [TableSpec]
    public var workload: Workload
    /// Requests per scale.
    public var requests: RequestCount
    public var scales: [Int]
    public var seed: UInt64
    /// Requests per month, for the monthly cost.
    public var traffic: Double?
    public var pricing: PricingChoice?
    public var budgets: [BudgetSpec]
    public var limits: Limits
    /// `production: { scale: N }`: the scale production runs at, where the report predicts each
    /// figure from its fitted growth; nil when the scenario declares none.
    public var productionScale: Int? = nil

    public init(
        name: String, location: SourceLocation, schema: [SQLScript], tables: [TableSpec],
        workload: Workload, requests: RequestCount, scales: [Int], seed: UInt64, traffic: Double?,
        pricing: PricingChoice?, budgets: [BudgetSpec], limits: Limits, schemaCommand: CommandStep? = nil
    ) {
        self.schemaCommand = schemaCommand
        self.name = name
        self.location = location
        self.schema = schema
        self.tables = tables
        self.workload = workload
        self.requests = requests
        self.scales = scales
        self.seed = seed
        self.traffic = traffic
        self.pricing = pricing
        self.budgets = budgets
        self.limits = limits
    }
}

/// SQL text and where it came from, so a failing statement can be pointed at.
public struct SQLScript: Sendable, Equatable {
    public var sql: String
    /// Where the SQL text starts: the YAML scalar for inline SQL, line 1 of a file otherwise.
    public var location: SourceLocation
    /// The key path in the scenario (`schema`, `workload.steps[2].sql_file`).
    public var keyPath: String

    public init(sql: String, location: SourceLocation, keyPath: String) {
        self.sql = sql
        self.location = location
        self.keyPath = keyPath
    }
}

/// How many requests to run at each scale: one number for all, or one per scale.
public enum RequestCount: Sendable, Equatable {
    case uniform(Int)
    case perScale([Int: Int])

    /// Requests at `scale`; a per-scale map falls back to its value for the nearest smaller scale.
    public func count(at scale: Int) -> Int {
        switch self {
        case .uniform(let count): count
        case .perScale(let counts):
            counts[scale] ?? counts.filter { $0.key <= scale }.max { $0.key < $1.key }?.value
                ?? counts.values.min() ?? 1
        }
    }
}

/// A pricing profile by name, or prices written inline in the scenario.
public enum PricingChoice: Sendable, Equatable {
    case profile(name: String, location: SourceLocation)
    /// Inline prices, each key as in a profile file (`per_million_rows_read`, …), in USD.
    case inline(prices: [String: Double], location: SourceLocation)
}

/// The bounds that keep a runaway workload from hanging CI.
public struct Limits: Sendable, Equatable {
    /// Wall-clock limit for the whole scenario, all scales together.
    public var timeLimitSeconds: Double
    /// The most rows the data generation may write at one scale, all tables together.
    public var maxRowsPerScale: Int

    public static let defaults = Limits(timeLimitSeconds: 120, maxRowsPerScale: 5_000_000)

    public init(timeLimitSeconds: Double, maxRowsPerScale: Int) {
        self.timeLimitSeconds = timeLimitSeconds
        self.maxRowsPerScale = maxRowsPerScale
    }
}
