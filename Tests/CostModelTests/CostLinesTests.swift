import CostModel
import Reporting
import Testing

/// Every estimate carries its lines, quantity × unit price = amount, and they add up to it.
@Suite struct CostLinesTests {
    let usage = RequestUsage(
        queries: 3, rowsRead: 2000, rowsWritten: 10, rowsReturned: 20, bytesReturned: 100_000,
        medianMilliseconds: 12.3)

    func cost(_ name: String, traffic: Double?) throws -> Cost {
        let pricing = try ProfileCatalog.shipped().resolve(.named(name, location: nil))
        return CostEstimator.estimate(usage, pricing: pricing, requestsPerMonth: traffic)
    }

    @Test func cloudflareD1LinesAreQuantityTimesUnitPrice() throws {
        let cost = try cost("cloudflare-d1", traffic: 1_000_000)
        let lines = try #require(cost.lines)
        let read = try #require(lines.first { $0.meter == "rows_read" })
        #expect(read.price == "per_million_rows_read")
        #expect(read.quantity_per_request == 2000)
        #expect(read.quantity_per_month == 2_000_000_000)
        #expect(read.unit_quantity == 1_000_000)
        #expect(read.unit_price_usd == 0.001)
        #expect(read.per_month_usd == 2)
        #expect(read.free_per_month == nil)
        let sum = lines.compactMap(\.per_month_usd).reduce(0, +)
        #expect(abs(sum - (cost.per_month_usd ?? 0)) < 1e-9)
    }

    @Test func theFreeTierIsSubtractedOnItsLineOnlyWhenAskedFor() throws {
        let free = try #require(try cost("lambda+free-tier", traffic: 2_000_000).lines)
        let requests = try #require(free.first { $0.meter == "requests" })
        #expect(requests.free_per_month == 1_000_000)
        #expect(requests.quantity_per_month == 1_000_000)
        let paid = try #require(try cost("lambda", traffic: 2_000_000).lines)
        #expect(paid.first { $0.meter == "requests" }?.quantity_per_month == 2_000_000)
        #expect(paid.allSatisfy { $0.free_per_month == nil })
    }

    @Test func withoutTrafficTheLinesHaveNoMonth() throws {
        let lines = try #require(try cost("cloudflare-d1", traffic: nil).lines)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.quantity_per_month == nil && $0.per_month_usd == nil })
    }
}
