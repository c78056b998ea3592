import Foundation
import HundredfoldCore
import Reporting
import Testing

@Suite struct GrowthAnalysisTests {
    private let scales: [Double] = [1, 10, 100]

    @Test(arguments: [
        ([5.0, 5, 5], GrowthClass.constant),
        ([0.0, 0, 0], .constant),
        ([100.0, 103, 98], .constant),  // flat within 5%
        ([1.0, 1.02, 1.1], .constant),
        ([6.9, 9.2, 11.5], .logarithmic),  // ln(1000 × scale)
        ([11.0, 101, 1001], .linear),  // 1 + 10 × scale (N+1)
        ([1000.0, 10_000, 100_000], .linear),
        ([6_908.0, 92_103, 1_151_293], .nLogN),  // n ln n, n = 1000 × scale
        ([10.0, 1_000, 100_000], .quadratic),
        ([1.0, 1_000, 1_000_000], .worse),
    ])
    func classifiesCommonShapes(values: [Double], expected: GrowthClass) {
        #expect(GrowthAnalysis.growth(scales: scales, values: values).class == expected)
    }

    @Test func exponentIsTheLogLogSlope() {
        let linear = GrowthAnalysis.growth(scales: scales, values: [3, 30, 300])
        #expect(linear.exponent == 1)
        #expect(linear.amplification == 100)
        let quadratic = GrowthAnalysis.growth(scales: [1, 2, 4, 8], values: [1, 4, 16, 64])
        #expect(quadratic.exponent == 2)
    }

    @Test func zerosAreHandled() {
        let allZero = GrowthAnalysis.growth(scales: scales, values: [0, 0, 0])
        #expect(allZero == Growth(exponent: 0, class: .constant, amplification: 1))
        let fromZero = GrowthAnalysis.growth(scales: scales, values: [0, 5, 50])
        #expect(fromZero.amplification == 20)  // 50 / (5 / 2)
        #expect(fromZero.class == .linear)
        #expect(fromZero.exponent.isFinite)
        let single = GrowthAnalysis.growth(scales: [10], values: [500])
        #expect(single.class == .constant)
    }

    @Test func budgetsCompareMaxAndGrowth() throws {
        func result(_ scale: Int, queries: Double) -> ScaleResult {
            ScaleResult(
                scale: scale, requests: 1, table_rows: [:],
                queries_per_request: MeanMax(mean: queries, max: queries),
                rows_read_per_request: 0, rows_written_per_request: 0, rows_returned_per_request: 0,
                bytes_returned_per_request: 0,
                sqlite_counters_per_request: SQLiteCounters(
                    vm_steps: 0, full_scan_steps: 0, sorts: 0, auto_indexes: 0),
                latency_ms: Percentiles(p50: 1, p95: 2, p99: 3), repeated_statements: [], full_scans: [])
        }
        let scales = [result(1, queries: 11), result(10, queries: 101), result(100, queries: 1001)]
        let growth = GrowthAnalysis.growth(scales)
        let results = BudgetEvaluation.evaluate(
            [
                BudgetSpec(figure: .queriesPerRequest, max: 50, growth: .linear),
                BudgetSpec(figure: .queriesPerRequest, max: 200, scale: 10),
                BudgetSpec(figure: .latencyP95Ms, max: 2.5),
                BudgetSpec(figure: .costPerMonthUSD, max: 1),
            ], scales: scales, growth: growth)
        #expect(
            results.map(\.name) == [
                "queries_per_request", "queries_per_request.growth", "queries_per_request@10",
                "latency_p95_ms",
                "cost_per_month_usd",
            ])
        #expect(results.map(\.passed) == [false, true, true, true, false])
        #expect(results[0].value == "1001" && results[0].limit == "50" && results[0].scale == 100)
        #expect(results[3].value == "2")
        #expect(results[4].value == "not measured")
    }
}
