import Foundation
import HundredfoldCore
import Reporting
import Testing

/// `request_ms`, the client's time of a server-mode request: a timing figure, compared by its own
/// samples (not the database's), and absent where nothing was sent over HTTP.
@Suite struct RequestTimeTests {
    typealias F = ComparisonFixture

    func scale(database: [Double], client: [Double]?) -> ScaleResult {
        var result = F.scale(1, queries: 2, rowsRead: 10, latency: database)
        if let client {
            let sorted = client.sorted()
            result.request_ms = Percentiles(
                p50: sorted[sorted.count / 2], p95: sorted.last ?? 0, p99: sorted.last ?? 0)
            result.request_samples_ms = client
        }
        return result
    }

    @Test func requestFiguresAreTheClientsTimesAndOnlyWhereMeasured() {
        let server = scale(database: [1, 1, 1], client: [10, 12, 30])
        #expect(server.value(of: .requestP50Ms) == 12)
        #expect(server.value(of: .requestP99Ms) == 30)
        #expect(server.samples(for: .requestP95Ms) == [10, 12, 30])
        #expect(server.samples(for: .latencyP95Ms) == [1, 1, 1])
        let declared = scale(database: [1, 1, 1], client: nil)
        #expect(declared.value(of: .requestP50Ms) == nil)
        #expect(!Figure.requestP95Ms.isDeterministic)
    }

    /// The client's times got slower while the database's did not: the request figures say so,
    /// the latency figures do not.
    @Test func comparisonUsesTheRequestSamples() {
        let database = Array(repeating: 1.0, count: 12)
        let base = RunReport(scenarios: [
            F.scenario(
                "s", scales: [scale(database: database, client: (0..<12).map { 10 + Double($0) / 10 })])
        ])
        let head = RunReport(scenarios: [
            F.scenario(
                "s", scales: [scale(database: database, client: (0..<12).map { 40 + Double($0) / 10 })])
        ])
        let figures = ReportComparator.compare(base: base, head: head).scenarios[0].scales[0].figures
        #expect(figures.first { $0.figure == .requestP50Ms }?.verdict == .slower)
        #expect(figures.first { $0.figure == .latencyP50Ms }?.verdict != .slower)
    }
}
