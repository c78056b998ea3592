/// A measured figure of a scenario at one scale: what budgets limit, growth is fitted on, and
/// reports compare. The raw value is the name users write in budgets and read in reports.
public enum Figure: String, CaseIterable, Codable, Sendable, Comparable {
    case queriesPerRequest = "queries_per_request"
    case roundTripsPerRequest = "round_trips_per_request"
    case transactionStatementsPerRequest = "transaction_statements_per_request"
    case connectionSetupStatementsPerRequest = "connection_setup_statements_per_request"
    case schemaIntrospectionStatementsPerRequest = "schema_introspection_statements_per_request"
    case instrumentationStatementsPerRequest = "instrumentation_statements_per_request"
    case rowsReadPerRequest = "rows_read_per_request"
    case rowsWrittenPerRequest = "rows_written_per_request"
    case rowsReturnedPerRequest = "rows_returned_per_request"
    case bytesReturnedPerRequest = "bytes_returned_per_request"
    case fullScansPerRequest = "full_scans_per_request"
    case repeatedStatementsMax = "repeated_statements_max"
    case latencyP50Ms = "latency_p50_ms"
    case latencyP95Ms = "latency_p95_ms"
    case latencyP99Ms = "latency_p99_ms"
    case requestP50Ms = "request_p50_ms"
    case requestP95Ms = "request_p95_ms"
    case requestP99Ms = "request_p99_ms"
    case costPerRequestUSD = "cost_per_request_usd"
    case costPerMonthUSD = "cost_per_month_usd"

    /// Counts are deterministic for a seed and gate exactly; latency (and what is derived from
    /// time) is noisy and is only compared with repetitions and a noise margin.
    public var isDeterministic: Bool {
        switch self {
        case .latencyP50Ms, .latencyP95Ms, .latencyP99Ms, .requestP50Ms, .requestP95Ms, .requestP99Ms: false
        default: true
        }
    }

    /// A short label for tables.
    public var label: String {
        switch self {
        case .queriesPerRequest: "queries/request"
        case .roundTripsPerRequest: "round trips/request"
        case .transactionStatementsPerRequest: "transaction statements/request"
        case .connectionSetupStatementsPerRequest: "connection setup statements/request"
        case .schemaIntrospectionStatementsPerRequest: "schema introspection statements/request"
        case .instrumentationStatementsPerRequest: "instrumentation statements/request"
        case .rowsReadPerRequest: "rows read/request"
        case .rowsWrittenPerRequest: "rows written/request"
        case .rowsReturnedPerRequest: "rows returned/request"
        case .bytesReturnedPerRequest: "bytes returned/request"
        case .fullScansPerRequest: "full scans/request"
        case .repeatedStatementsMax: "max repeats of one statement"
        case .latencyP50Ms: "latency p50 (ms)"
        case .latencyP95Ms: "latency p95 (ms)"
        case .latencyP99Ms: "latency p99 (ms)"
        case .requestP50Ms: "request p50 (ms)"
        case .requestP95Ms: "request p95 (ms)"
        case .requestP99Ms: "request p99 (ms)"
        case .costPerRequestUSD: "cost/request (USD, est.)"
        case .costPerMonthUSD: "cost/month (USD, est.)"
        }
    }

    /// Whether `value` of this figure says more than `queries` (`queries_per_request` at the same
    /// scale) already does: round trips that differ from queries, statements of another class
    /// when there are any. Every other figure always does. Reports leave out the rows that do not.
    public func addsToQueries(_ value: Double, queries: Double) -> Bool {
        switch self {
        case .roundTripsPerRequest: value != queries
        case .transactionStatementsPerRequest, .connectionSetupStatementsPerRequest,
            .schemaIntrospectionStatementsPerRequest, .instrumentationStatementsPerRequest:
            value != 0
        default: true
        }
    }

    public static func < (lhs: Figure, rhs: Figure) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
