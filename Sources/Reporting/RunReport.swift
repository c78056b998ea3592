import HundredfoldCore

/// The JSON report of `hundredfold run` (schema `hundredfold.report/1`).
///
/// The core names are fixed by PRODUCT.md because scripts depend on them; more fields may be
/// added, none renamed. Encode it with ``ReportJSON`` so key and row order are deterministic.
public struct RunReport: Codable, Sendable, Equatable {
    public static let schemaIdentifier = "hundredfold.report/1"

    public var schema: String
    /// The version of Hundredfold that wrote the report (absent in reports of older versions).
    public var tool_version: String?
    /// The seed the run used when `--seed` overrode the scenarios' own; nil otherwise.
    public var seed: UInt64?
    public var scenarios: [ScenarioReport]
    public var verdict: Verdict
    /// Set by `run --shard I/N`: which part of the run this report holds (see ``ShardMerge``).
    public var shard: ShardInfo? = nil
    /// The engines the scenarios ran on: `sqlite`, `postgres` or `sqlite,postgres` (the figures
    /// are the first engine's). Absent in reports of older versions.
    public var engine: String? = nil

    public init(seed: UInt64? = nil, scenarios: [ScenarioReport]) {
        self.schema = Self.schemaIdentifier
        self.tool_version = ToolInfo.version
        self.seed = seed
        self.scenarios = scenarios
        self.verdict = scenarios.allSatisfy { $0.verdict == .pass } ? .pass : .fail
    }
}

public enum Verdict: String, Codable, Sendable {
    case pass
    case fail
}

/// One scenario's results across its scales.
public struct ScenarioReport: Codable, Sendable, Equatable {
    public var name: String
    /// The scenario file, relative to the working directory.
    public var file: String
    public var seed: UInt64
    public var scales: [ScaleResult]
    /// Per figure name (``Figure`` raw value): how it grows across scales.
    public var growth: [String: Growth]
    public var budgets: [BudgetResult]
    /// Set when the scenario was stopped (time or row limit, SQL error at run time).
    public var stopped: StopReason?
    /// The pricing profile cost was estimated with, when the scenario has one.
    public var pricing: String?
    public var verdict: Verdict
    /// The budgets the scenario declared, as written, so `compare`, `check` and `ci` can apply a
    /// branch's own budgets (and regression limits) to another branch's figures.
    public var declared_budgets: [BudgetSpec]? = nil
    /// Wall-clock time the scenario took (data generation and requests at every scale), in
    /// milliseconds: a timing figure, used to balance shards (`run --shard I/N --timings FILE`).
    public var duration_ms: Double? = nil
    /// With two engines (`run --engine sqlite,postgres`): per gated figure, its growth class on
    /// each engine and whether they agree.
    public var engine_comparison: [EngineComparison]? = nil
    /// The figures predicted at the scenario's `production: { scale: N }`, when it declares one.
    public var prediction: Prediction? = nil

    public init(
        name: String, file: String, seed: UInt64, scales: [ScaleResult], growth: [String: Growth],
        budgets: [BudgetResult], stopped: StopReason? = nil, pricing: String? = nil
    ) {
        self.name = name
        self.file = file
        self.seed = seed
        self.scales = scales
        self.growth = growth
        self.budgets = budgets
        self.stopped = stopped
        self.pricing = pricing
        self.verdict = (stopped == nil && budgets.allSatisfy(\.passed)) ? .pass : .fail
    }
}

extension ScenarioReport {
    /// Whether `figure` is measured at some scale and says more there than the queries row
    /// (``Figure/addsToQueries(_:queries:)``): the figures reports show.
    public func adds(_ figure: Figure) -> Bool {
        scales.contains { scale in
            scale.value(of: figure).map { figure.addsToQueries($0, queries: scale.queries_per_request.mean) }
                ?? false
        }
    }
}

/// Why a scenario stopped before it finished every scale.
public struct StopReason: Codable, Sendable, Equatable {
    /// `time_limit`, `row_limit` or `error`.
    public var kind: String
    public var scale: Int
    public var message: String

    public init(kind: String, scale: Int, message: String) {
        self.kind = kind
        self.scale = scale
        self.message = message
    }
}

/// Every figure of one scenario at one scale, averaged per request unless the name says otherwise.
public struct ScaleResult: Codable, Sendable, Equatable {
    public var scale: Int
    public var requests: Int
    /// Rows generated per table at this scale.
    public var table_rows: [String: Int]
    /// Application statements (``StatementClass/application``) executed per request.
    public var queries_per_request: MeanMax
    /// Application round trips per request: a run of back-to-back executions of one prepared
    /// write statement (`executemany`, a driver's batch) is one. Absent in older reports.
    public var round_trips_per_request: MeanMax? = nil
    /// Statements per request by class, `application` included. Absent in older reports.
    public var statements_by_class: StatementsByClass? = nil
    public var rows_read_per_request: Double
    public var rows_written_per_request: Double
    public var rows_returned_per_request: Double
    public var bytes_returned_per_request: Double
    /// SQLite's own counters summed per request, the raw material of the rows-read proxy; nil
    /// on PostgreSQL (listed in ``unmeasured``).
    public var sqlite_counters_per_request: SQLiteCounters?
    public var latency_ms: Percentiles
    public var cost: Cost?
    public var repeated_statements: [RepeatedStatement]
    public var full_scans: [FullScan]
    /// Every request's measured time in milliseconds, in run order, so latency can be compared
    /// between reports with a rank test instead of a single percentile.
    public var latency_samples_ms: [Double]? = nil
    /// Wall time of the request's HTTP exchanges at the client (send to last byte of the
    /// response); only for workloads with `http:` steps.
    public var request_ms: Percentiles? = nil
    /// Every request's ``request_ms`` sample, in run order, as ``latency_samples_ms``.
    public var request_samples_ms: [Double]? = nil
    /// PostgreSQL's shared buffers per request, from `pg_stat_statements`; nil on SQLite.
    public var buffers: Buffers? = nil
    /// What the engine cannot measure at this scale (figure or field names), never reported as 0.
    public var unmeasured: [String]? = nil

    public init(
        scale: Int, requests: Int, table_rows: [String: Int], queries_per_request: MeanMax,
        rows_read_per_request: Double, rows_written_per_request: Double,
        rows_returned_per_request: Double, bytes_returned_per_request: Double,
        sqlite_counters_per_request: SQLiteCounters?, latency_ms: Percentiles, cost: Cost? = nil,
        repeated_statements: [RepeatedStatement], full_scans: [FullScan]
    ) {
        self.scale = scale
        self.requests = requests
        self.table_rows = table_rows
        self.queries_per_request = queries_per_request
        self.rows_read_per_request = rows_read_per_request
        self.rows_written_per_request = rows_written_per_request
        self.rows_returned_per_request = rows_returned_per_request
        self.bytes_returned_per_request = bytes_returned_per_request
        self.sqlite_counters_per_request = sqlite_counters_per_request
        self.latency_ms = latency_ms
        self.cost = cost
        self.repeated_statements = repeated_statements
        self.full_scans = full_scans
    }

    /// The samples a timing figure is compared by: the client's request times for the `request_`
    /// figures, the database time for the others.
    public func samples(for figure: Figure) -> [Double] {
        switch figure {
        case .requestP50Ms, .requestP95Ms, .requestP99Ms: request_samples_ms ?? []
        default: latency_samples_ms ?? []
        }
    }

    /// The value of a figure at this scale; nil when it was not measured (cost without pricing, a
    /// figure the engine lists in ``unmeasured``).
    public func value(of figure: Figure) -> Double? {
        if unmeasured?.contains(figure.rawValue) == true { return nil }
        return switch figure {
        case .queriesPerRequest: queries_per_request.mean
        case .roundTripsPerRequest: round_trips_per_request?.mean
        case .transactionStatementsPerRequest: statements_by_class?.transaction.mean
        case .connectionSetupStatementsPerRequest: statements_by_class?.connection_setup.mean
        case .schemaIntrospectionStatementsPerRequest: statements_by_class?.schema_introspection.mean
        case .instrumentationStatementsPerRequest: statements_by_class?.instrumentation.mean
        case .rowsReadPerRequest: rows_read_per_request
        case .rowsWrittenPerRequest: rows_written_per_request
        case .rowsReturnedPerRequest: rows_returned_per_request
        case .bytesReturnedPerRequest: bytes_returned_per_request
        case .fullScansPerRequest: full_scans.reduce(0.0) { $0 + $1.per_request }
        case .repeatedStatementsMax: Double(repeated_statements.map(\.count).max() ?? 0)
        case .latencyP50Ms: latency_ms.p50
        case .latencyP95Ms: latency_ms.p95
        case .latencyP99Ms: latency_ms.p99
        case .requestP50Ms: request_ms?.p50
        case .requestP95Ms: request_ms?.p95
        case .requestP99Ms: request_ms?.p99
        case .costPerRequestUSD: cost?.per_request_usd
        case .costPerMonthUSD: cost?.per_month_usd
        }
    }
}

public struct MeanMax: Codable, Sendable, Equatable {
    public var mean: Double
    public var max: Double

    public init(mean: Double, max: Double) {
        self.mean = mean
        self.max = max
    }
}

/// Statements per request of each ``StatementClass``.
public struct StatementsByClass: Codable, Sendable, Equatable {
    public var application: MeanMax
    public var transaction: MeanMax
    public var connection_setup: MeanMax
    public var schema_introspection: MeanMax
    public var instrumentation: MeanMax

    /// The counts of each class, with zero for a class not given.
    public init(_ counts: [StatementClass: MeanMax]) {
        let zero = MeanMax(mean: 0, max: 0)
        application = counts[.application] ?? zero
        transaction = counts[.transaction] ?? zero
        connection_setup = counts[.connectionSetup] ?? zero
        schema_introspection = counts[.schemaIntrospection] ?? zero
        instrumentation = counts[.instrumentation] ?? zero
    }
}

public struct Percentiles: Codable, Sendable, Equatable {
    public var p50: Double
    public var p95: Double
    public var p99: Double

    public init(p50: Double, p95: Double, p99: Double) {
        self.p50 = p50
        self.p95 = p95
        self.p99 = p99
    }
}

/// SQLite's per-statement counters (`sqlite3_stmt_status`), summed over a request's statements and
/// averaged over requests.
public struct SQLiteCounters: Codable, Sendable, Equatable {
    public var vm_steps: Double
    public var full_scan_steps: Double
    public var sorts: Double
    public var auto_indexes: Double

    public init(vm_steps: Double, full_scan_steps: Double, sorts: Double, auto_indexes: Double) {
        self.vm_steps = vm_steps
        self.full_scan_steps = full_scan_steps
        self.sorts = sorts
        self.auto_indexes = auto_indexes
    }
}

/// PostgreSQL's shared buffer accesses per request
/// (https://www.postgresql.org/docs/15/pgstatstatements.html): 8 KB blocks found in the buffer
/// cache (`shared_hit`) and read from the operating system or storage (`shared_read`).
public struct Buffers: Codable, Sendable, Equatable {
    public var shared_hit: Double
    public var shared_read: Double

    public init(shared_hit: Double, shared_read: Double) {
        self.shared_hit = shared_hit
        self.shared_read = shared_read
    }
}

/// Estimated cloud cost; always an estimate, named by its pricing profile in the scenario report.
public struct Cost: Codable, Sendable, Equatable {
    public var per_request_usd: Double
    public var per_month_usd: Double?
    /// One line per price of the profile: quantity × unit price = amount, so the estimate can be
    /// audited (absent in reports of older versions).
    public var lines: [CostLine]?

    public init(per_request_usd: Double, per_month_usd: Double?, lines: [CostLine]? = nil) {
        self.per_request_usd = per_request_usd
        self.per_month_usd = per_month_usd
        self.lines = lines
    }
}

/// One price of a pricing profile applied to a request's usage, as a cost line (like Infracost's).
public struct CostLine: Codable, Sendable, Equatable {
    /// The price's name in the profile (`per_million_rows_read`).
    public var price: String
    /// What is counted (`rows_read`).
    public var meter: String
    /// USD for `unit_quantity` of the meter.
    public var unit_price_usd: Double
    /// 1 or 1,000,000.
    public var unit_quantity: Double
    public var quantity_per_request: Double
    /// The month's quantity billed: per request × requests a month, less the free allowance when
    /// the free tier is applied; nil without traffic.
    public var quantity_per_month: Double?
    /// The free allowance subtracted, when the free tier is applied.
    public var free_per_month: Double?
    /// quantity_per_month × unit_price_usd / unit_quantity; nil without traffic.
    public var per_month_usd: Double?

    public init(
        price: String, meter: String, unit_price_usd: Double, unit_quantity: Double,
        quantity_per_request: Double,
        quantity_per_month: Double?, free_per_month: Double?, per_month_usd: Double?
    ) {
        self.price = price
        self.meter = meter
        self.unit_price_usd = unit_price_usd
        self.unit_quantity = unit_quantity
        self.quantity_per_request = quantity_per_request
        self.quantity_per_month = quantity_per_month
        self.free_per_month = free_per_month
        self.per_month_usd = per_month_usd
    }
}

/// A statement run more than once in one request (the N+1 signature).
public struct RepeatedStatement: Codable, Sendable, Equatable {
    /// The normalized statement: literals and parameters as `?`, IN-lists collapsed.
    public var fingerprint: String
    /// The most times it ran in one request.
    public var count: Int

    public init(fingerprint: String, count: Int) {
        self.fingerprint = fingerprint
        self.count = count
    }
}

/// A statement whose query plan scans a whole table.
public struct FullScan: Codable, Sendable, Equatable {
    public var fingerprint: String
    public var table: String
    /// How many times per request the statement ran.
    public var per_request: Double

    public init(fingerprint: String, table: String, per_request: Double) {
        self.fingerprint = fingerprint
        self.table = table
        self.per_request = per_request
    }
}

/// How a figure grows across scales.
public struct Growth: Codable, Sendable, Equatable {
    /// The slope of log(figure) against log(scale), least squares over all scales.
    public var exponent: Double
    public var `class`: GrowthClass
    /// The figure at the largest scale divided by the figure at the smallest.
    public var amplification: Double

    public init(exponent: Double, class growthClass: GrowthClass, amplification: Double) {
        self.exponent = exponent
        self.class = growthClass
        self.amplification = amplification
    }
}

/// One budget applied to one measured value.
public struct BudgetResult: Codable, Sendable, Equatable {
    /// `figure` or `figure@scale` or `figure.growth`: which limit this is.
    public var name: String
    /// The limit as the user wrote it (`50`, `constant`).
    public var limit: String
    /// The measured value in the same form.
    public var value: String
    public var passed: Bool
    /// The scale the value was measured at, when the budget is about one scale.
    public var scale: Int?

    public init(name: String, limit: String, value: String, passed: Bool, scale: Int? = nil) {
        self.name = name
        self.limit = limit
        self.value = value
        self.passed = passed
        self.scale = scale
    }
}
