import HundredfoldCore
import Reporting

/// Small reports built in code for the comparison tests: one scale's figures from a few numbers.
enum ComparisonFixture {
    static func scale(
        _ scale: Int, queries: Double, rowsRead: Double, costPerMonth: Double? = nil,
        latency: [Double]? = nil
    ) -> ScaleResult {
        var result = ScaleResult(
            scale: scale, requests: 20, table_rows: ["orders": 1000 * scale],
            queries_per_request: MeanMax(mean: queries, max: queries), rows_read_per_request: rowsRead,
            rows_written_per_request: 0, rows_returned_per_request: queries,
            bytes_returned_per_request: 10 * queries,
            sqlite_counters_per_request: SQLiteCounters(
                vm_steps: rowsRead * 4, full_scan_steps: 0, sorts: 0, auto_indexes: 0),
            latency_ms: Percentiles(p50: latency?.sorted()[(latency?.count ?? 0) / 2] ?? 1, p95: 2, p99: 3),
            cost: costPerMonth.map { Cost(per_request_usd: $0 / 1_000_000, per_month_usd: $0) },
            repeated_statements: queries > 1
                ? [RepeatedStatement(fingerprint: "SELECT ? FROM orders", count: Int(queries) - 1)] : [],
            full_scans: [])
        result.latency_samples_ms = latency
        return result
    }

    static func scenario(
        _ name: String, scales: [ScaleResult], growth: GrowthClass = .constant, budgets: [BudgetSpec] = []
    ) -> ScenarioReport {
        var report = ScenarioReport(
            name: name, file: "Scenarios/\(name).yml", seed: 42, scales: scales,
            growth: [
                "queries_per_request": Growth(
                    exponent: growth == .constant ? 0 : 1, class: growth, amplification: 1)
            ],
            budgets: [], pricing: scales.first?.cost == nil ? nil : "cloudflare-d1")
        report.declared_budgets = budgets
        return report
    }
}
