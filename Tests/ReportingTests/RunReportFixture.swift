import HundredfoldCore
import Reporting

/// A two-scenario report (an N+1 that fails its budget, a batched query that passes), built by hand
/// so the renderers' golden files do not depend on the runner.
enum RunReportFixture {
    static func scale(_ scale: Int, queries: Double, rowsRead: Double, repeats: Int, scans: [FullScan])
        -> ScaleResult
    {
        ScaleResult(
            scale: scale, requests: 20, table_rows: ["orders": 200 * scale, "users": 50],
            queries_per_request: MeanMax(mean: queries, max: queries + 2), rows_read_per_request: rowsRead,
            rows_written_per_request: 0, rows_returned_per_request: queries - 1,
            bytes_returned_per_request: 12.5 * queries,
            sqlite_counters_per_request: SQLiteCounters(
                vm_steps: 100, full_scan_steps: 0, sorts: 0, auto_indexes: 0),
            latency_ms: Percentiles(p50: 0.25, p95: 1.5, p99: 2.125),
            repeated_statements: repeats > 1
                ? [
                    RepeatedStatement(fingerprint: "SELECT a FROM b WHERE c = ?", count: 2),
                    RepeatedStatement(
                        fingerprint: "SELECT sku, qty FROM items WHERE order_id = ?", count: repeats),
                ] : [],
            full_scans: scans)
    }

    static var report: RunReport {
        let bad = ScenarioReport(
            name: "n-plus-one-bad", file: "Scenarios/n-plus-one.bad.yml", seed: 42,
            scales: [
                scale(
                    100, queries: 401, rowsRead: 802, repeats: 400,
                    scans: [FullScan(fingerprint: "SELECT * FROM users", table: "users", per_request: 1)]),
                scale(
                    1, queries: 5, rowsRead: 10, repeats: 4,
                    scans: [FullScan(fingerprint: "SELECT * FROM users", table: "users", per_request: 1)]),
                scale(
                    10, queries: 41, rowsRead: 82, repeats: 40,
                    scans: [FullScan(fingerprint: "SELECT * FROM users", table: "users", per_request: 1)]),
            ],
            growth: [
                "queries_per_request": Growth(exponent: 0.95, class: .linear, amplification: 80.2),
                "rows_read_per_request": Growth(exponent: 0.95, class: .linear, amplification: 80.2),
            ],
            budgets: [
                BudgetResult(
                    name: "queries_per_request", limit: "20", value: "401", passed: false, scale: 100),
                BudgetResult(
                    name: "queries_per_request.growth", limit: "constant", value: "linear", passed: false),
            ])
        let fixed = ScenarioReport(
            name: "n-plus-one-fixed", file: "Scenarios/n-plus-one.fixed.yml", seed: 42,
            scales: [1, 10, 100].map {
                scale($0, queries: 1, rowsRead: 4.0 * Double($0), repeats: 0, scans: [])
            },
            growth: ["queries_per_request": Growth(exponent: 0, class: .constant, amplification: 1)],
            budgets: [
                BudgetResult(
                    name: "queries_per_request.growth", limit: "constant", value: "constant", passed: true)
            ])
        return RunReport(scenarios: [bad, fixed])
    }
}
