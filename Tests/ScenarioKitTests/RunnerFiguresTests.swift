import HundredfoldCore
import Reporting
import ScenarioKit
import TestSupport
import Testing

import struct Foundation.URL

@Suite struct RunnerFiguresTests {
    typealias B = ScenarioBuilder

    private func run(_ scenario: Scenario) throws -> ScenarioReport {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let report = try B.runner(directory.url).run(scenario)
        #expect(directory.listFiles().isEmpty, "temporary databases must be deleted")
        return report
    }

    @Test func nPlusOneGrowsLinearlyAndFailsAConstantBudget() throws {
        let report = try run(
            B.scenario(
                schema: B.shopSchema, tables: B.shopTables, params: [B.pick("user_id", "users", "id")],
                steps: [
                    B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                    B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]),
                ],
                budgets: [BudgetSpec(figure: .queriesPerRequest, growth: .constant)]))
        #expect(report.scales.map(\.scale) == [1, 10, 100])
        #expect(report.scales.map(\.table_rows) == [1, 10, 100].map { ["users": 20, "orders": 200 * $0] })
        #expect(report.growth["queries_per_request"]?.class == .linear)
        #expect(report.growth["repeated_statements_max"]?.class == .linear)
        let last = try #require(report.scales.last)
        #expect(last.queries_per_request.mean > 500)
        #expect(last.repeated_statements.first?.fingerprint == "SELECT total FROM orders WHERE id = ?")
        #expect(last.full_scans.isEmpty)
        // An index range of k orders plus k primary-key lookups: 2k rows read, 2k returned.
        #expect(last.rows_read_per_request == last.rows_returned_per_request)
        #expect(last.rows_read_per_request == 2 * (last.queries_per_request.mean - 1))
        #expect(
            report.budgets == [
                BudgetResult(
                    name: "queries_per_request.growth", limit: "constant",
                    value: "linear",
                    passed: false)
            ])
        #expect(report.verdict == .fail)
    }

    @Test func batchedQueryStaysConstantAndPasses() throws {
        let report = try run(
            B.scenario(
                schema: B.shopSchema, tables: B.shopTables, params: [B.pick("user_id", "users", "id")],
                steps: [B.query("SELECT id, total FROM orders WHERE user_id = :user_id")],
                budgets: [BudgetSpec(figure: .queriesPerRequest, max: 1, growth: .constant)]))
        #expect(report.scales.allSatisfy { $0.queries_per_request == MeanMax(mean: 1, max: 1) })
        #expect(report.scales.allSatisfy { $0.repeated_statements.isEmpty })
        #expect(report.growth["queries_per_request"]?.class == .constant)
        #expect(report.growth["rows_read_per_request"]?.class == .linear)
        #expect(report.scales.allSatisfy { $0.rows_written_per_request == 0 && $0.full_scans.isEmpty })
        #expect(report.scales.allSatisfy { $0.bytes_returned_per_request > 0 })
        #expect(report.verdict == .pass)
    }

    @Test func unindexedFilterIsAFullScanAndIndexedIsNot() throws {
        let steps = [B.query("SELECT id FROM orders WHERE status = 'paid' AND total > 499")]
        let scan = try run(B.scenario(schema: B.shopSchema, tables: B.shopTables, steps: steps))
        let last = try #require(scan.scales.last)
        #expect(
            last.full_scans == [
                FullScan(
                    fingerprint: "SELECT id FROM orders WHERE status = ? AND total > ?", table: "orders",
                    per_request: 1)
            ])
        #expect(last.rows_read_per_request == 20_000)
        #expect(scan.growth["rows_read_per_request"]?.class == .linear)
        #expect(scan.growth["full_scans_per_request"]?.class == .constant)

        let indexed = try run(
            B.scenario(
                schema: B.shopSchema + "\nCREATE INDEX orders_status_total ON orders(status, total);",
                tables: B.shopTables, steps: steps))
        #expect(indexed.scales.allSatisfy { $0.full_scans.isEmpty })
        #expect((indexed.scales.last?.rows_read_per_request ?? .infinity) < 200)
    }

    @Test func writesAreCountedPerRequest() throws {
        let schema = B.shopSchema + "\nCREATE TABLE log(user_id INTEGER, at TEXT);"
        let perRow = try run(
            B.scenario(
                schema: schema, tables: B.shopTables, params: [B.pick("user_id", "users", "id")],
                steps: [
                    B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                    B.forEach("orders", [B.query("INSERT INTO log VALUES (:id, '2025-01-01')")]),
                ], scales: [1, 10]))
        let batched = try run(
            B.scenario(
                schema: schema, tables: B.shopTables, params: [B.pick("user_id", "users", "id")],
                steps: [
                    B.query("INSERT INTO log SELECT id, '2025-01-01' FROM orders WHERE user_id = :user_id")
                ],
                scales: [1, 10]))
        for (a, b) in zip(perRow.scales, batched.scales) {
            #expect(a.rows_written_per_request == b.rows_written_per_request)
            #expect(a.rows_written_per_request > 0)
            #expect(a.queries_per_request.mean > b.queries_per_request.mean)
            #expect(b.queries_per_request.mean == 1)
        }
    }

    @Test func sameSeedGivesIdenticalCountsAndOtherSeedsDiffer() throws {
        let scenario = B.scenario(
            schema: B.shopSchema, tables: B.shopTables,
            params: [B.pick("user_id", "users", "id", .zipf(s: 1.1))],
            steps: [
                B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]),
            ], scales: [1, 10])
        func counts(_ report: ScenarioReport) -> [ScaleResult] {
            report.scales.map { scale in
                var scale = scale
                scale.latency_ms = Percentiles(p50: 0, p95: 0, p99: 0)
                scale.latency_samples_ms = nil
                return scale
            }
        }
        let first = try run(scenario)
        let second = try run(scenario)
        #expect(counts(first) == counts(second))
        var reseeded = scenario
        reseeded.seed = 7
        #expect(counts(try run(reseeded)) != counts(first))
    }
}
