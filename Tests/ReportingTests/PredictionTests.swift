import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// Figures extrapolated to `production: { scale: N }` from their fitted growth, marked as a
/// prediction; a figure whose growth steepened between the last two scales is warned about, and
/// one growing steadily is not.
@Suite struct PredictionTests {
    static func scales(_ values: [(Int, Double, Double)]) -> [ScaleResult] {
        values.map { ComparisonFixture.scale($0.0, queries: $0.1, rowsRead: $0.2, costPerMonth: $0.1 * 2) }
    }

    @Test func aLinearFigureIsExtrapolatedAndAConstantOneKept() throws {
        let measured = Self.scales([(1, 11, 40), (10, 101, 40), (100, 1001, 40)])
        let growth = GrowthAnalysis.growth(measured)
        let prediction = try #require(Prediction.at(1000, scales: measured, growth: growth))
        #expect(prediction.predicted && prediction.scale == 1000)
        let queries = try #require(prediction.figures["queries_per_request"])
        // 1001 × (1000 / 100)^exponent, the exponent fitted over 1x–100x (just under 1).
        let exponent = try #require(growth["queries_per_request"]).exponent
        #expect(abs(queries - 1001 * pow(10, exponent)) < 1)
        #expect(queries > 9000 && queries < 10_100)
        #expect(prediction.figures["rows_read_per_request"] == 40)
        #expect(prediction.figures["cost_per_month_usd"].map { $0 > 18_000 } == true)
        #expect(prediction.figures["latency_p50_ms"] == nil, "timing figures are not extrapolated")
        #expect(prediction.steepening.isEmpty, "steady linear growth did not steepen")
    }

    @Test func growthThatStartsAtTheLastScaleIsWarnedAbout() throws {
        // selectinload chunks 500 ids: constant up to 10x, then growing.
        let measured = Self.scales([(1, 3, 10), (10, 3, 100), (100, 30, 1000)])
        let growth = GrowthAnalysis.growth(measured)
        let prediction = try #require(Prediction.at(1000, scales: measured, growth: growth))
        let change = try #require(prediction.steepening.first { $0.figure == "queries_per_request" })
        #expect(change.last_two_scales == .linear && change.overall < .linear)
        #expect(!prediction.steepening.contains { $0.figure == "rows_read_per_request" })
        let lines = Prediction.lines(of: Self.report(measured, prediction))
        #expect(lines.first?.hasPrefix("Predicted at production scale 1000x") == true)
        #expect(
            lines.contains {
                $0.hasPrefix("Warning: queries/request grows linear between the last two scales")
            })
    }

    @Test func withoutAProductionScaleNothingIsShown() {
        let measured = Self.scales([(1, 11, 40), (10, 101, 40)])
        #expect(Prediction.lines(of: Self.report(measured, nil)).isEmpty)
        #expect(Prediction.steepening(measured, growth: GrowthAnalysis.growth(measured)).isEmpty)
    }

    static func report(_ scales: [ScaleResult], _ prediction: Prediction?) -> ScenarioReport {
        var report = ScenarioReport(
            name: "orders", file: "orders.yml", seed: 1, scales: scales,
            growth: GrowthAnalysis.growth(scales),
            budgets: [], stopped: nil, pricing: nil)
        report.prediction = prediction
        return report
    }
}
