import HundredfoldCore
import Reporting
import Testing

@Suite struct RuntimeConfirmationsTests {
    static func scale(_ scale: Int, _ repeated: [RepeatedStatement]) -> ScaleResult {
        ScaleResult(
            scale: scale, requests: 10, table_rows: [:], queries_per_request: MeanMax(mean: 1, max: 1),
            rows_read_per_request: 0, rows_written_per_request: 0, rows_returned_per_request: 0,
            bytes_returned_per_request: 0,
            sqlite_counters_per_request: SQLiteCounters(
                vm_steps: 0, full_scan_steps: 0, sorts: 0, auto_indexes: 0),
            latency_ms: Percentiles(p50: 0, p95: 0, p99: 0), repeated_statements: repeated, full_scans: [])
    }

    static func scenario(_ name: String, _ scales: [ScaleResult]) -> ScenarioReport {
        ScenarioReport(
            name: name, file: "Scenarios/\(name).yml", seed: 1, scales: scales, growth: [:], budgets: [])
    }

    static let lookup = "SELECT total FROM orders WHERE id = ?"
    static let report = RunReport(scenarios: [
        scenario(
            "order-history",
            [
                scale(100, [RepeatedStatement(fingerprint: lookup, count: 412)]),
                scale(1, [RepeatedStatement(fingerprint: lookup, count: 5)]),
                scale(10, [RepeatedStatement(fingerprint: lookup, count: 41)]),
            ]),
        scenario("dashboard", [scale(1, [RepeatedStatement(fingerprint: "SELECT 1", count: 2)])]),
        scenario("checkout", [scale(1, []), scale(10, [RepeatedStatement(fingerprint: lookup, count: 3)])]),
    ])

    @Test func matchesByFingerprintWithCountsPerScale() {
        let found = RuntimeConfirmations.confirmations(
            forSQL: "select total\n  from orders where id = :order_id", in: [Self.report])
        #expect(
            found == [
                RuntimeConfirmation(
                    scenario: "order-history", fingerprint: Self.lookup,
                    counts: [
                        ScaleCount(scale: 1, count: 5), ScaleCount(scale: 10, count: 41),
                        ScaleCount(scale: 100, count: 412),
                    ]),
                RuntimeConfirmation(
                    scenario: "checkout", fingerprint: Self.lookup, counts: [ScaleCount(scale: 10, count: 3)]),
            ])
    }

    @Test(arguments: [
        "SELECT total FROM orders WHERE id = %s",
        "SELECT total FROM orders WHERE id = %(order_id)s",
        "SELECT total FROM orders WHERE id = $1",
        "SELECT total FROM orders WHERE id = 42;",
    ])
    func sourcePlaceholdersMatch(sql: String) {
        #expect(RuntimeConfirmations.fingerprint(ofSourceSQL: sql) == Self.lookup)
        #expect(RuntimeConfirmations.confirmations(forSQL: sql, in: [Self.report]).count == 2)
    }

    @Test func unrelatedOrEmptySQLIsNotConfirmed() {
        #expect(
            RuntimeConfirmations.confirmations(
                forSQL: "SELECT name FROM users WHERE id = ?", in: [Self.report]
            ).isEmpty)
        #expect(RuntimeConfirmations.confirmations(forSQL: "", in: [Self.report]).isEmpty)
        #expect(RuntimeConfirmations.confirmations(forSQL: Self.lookup, in: []).isEmpty)
    }
}
