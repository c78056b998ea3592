import CostModel
import Reporting
import Testing

/// Each shipped profile against values computed by hand from the figures below.
///
/// Figures: 3 queries, 2000 rows read, 10 rows written, 20 rows returned of 100,000 bytes (5000
/// bytes a row), median time 12.3 ms.
@Suite struct CostEstimatorTests {
    let usage = RequestUsage(
        queries: 3, rowsRead: 2000, rowsWritten: 10, rowsReturned: 20, bytesReturned: 100_000,
        medianMilliseconds: 12.3)

    func cost(_ name: String, traffic: Double? = 1_000_000) throws -> Cost {
        let pricing = try ProfileCatalog.shipped().resolve(.named(name, location: nil))
        return CostEstimator.estimate(usage, pricing: pricing, requestsPerMonth: traffic)
    }

    func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= abs(b) * 1e-9
    }

    @Test func shipsEveryProfileWithSources() throws {
        let catalog = try ProfileCatalog.shipped()
        #expect(
            catalog.names == [
                "aurora-postgres-standard", "cloudflare-d1", "dynamodb-on-demand", "lambda", "turso",
            ])
        for profile in catalog.profiles.values {
            for price in profile.prices {
                #expect(price.source?.hasPrefix("https://") == true, "\(profile.name) \(price.key)")
                #expect(price.read?.contains("2026-11-26") == true, "\(profile.name) \(price.key)")
            }
        }
    }

    @Test func cloudflareD1() throws {
        // 2000 × $0.001/M + 10 × $1.00/M = $0.000002 + $0.00001
        let cost = try cost("cloudflare-d1")
        #expect(close(cost.per_request_usd, 0.000012))
        #expect(close(cost.per_month_usd, 12))
    }

    @Test func turso() throws {
        // $1 per billion rows read, $1 per million rows written: same as D1 for these figures.
        #expect(close(try cost("turso").per_request_usd, 0.000012))
    }

    @Test func dynamoDBOnDemand() throws {
        // 5000-byte rows: 2 read units (4 KB) and 5 write units (1 KB) per row.
        // 4000 RRU × $0.125/M + 50 WRU × $0.625/M = $0.0005 + $0.00003125
        #expect(close(try cost("dynamodb-on-demand").per_request_usd, 0.00053125))
    }

    @Test func dynamoDBCountsOneUnitPerRowWhenNothingIsReturned() throws {
        let pricing = try ProfileCatalog.shipped().resolve(.named("dynamodb-on-demand", location: nil))
        var bare = usage
        bare.rowsReturned = 0
        bare.bytesReturned = 0
        // 2000 RRU × $0.125/M + 10 WRU × $0.625/M
        let cost = CostEstimator.estimate(bare, pricing: pricing, requestsPerMonth: nil)
        #expect(close(cost.per_request_usd, 0.00025 + 0.00000625))
        #expect(cost.per_month_usd == nil)
    }

    @Test func auroraStandard() throws {
        // 2000 rows / 100 rows per page + 10 row writes = 30 I/O × $0.20/M
        #expect(close(try cost("aurora-postgres-standard").per_request_usd, 0.000006))
    }

    @Test func auroraStandardOnPostgresPricesTheBlocksTheRequestTouched() throws {
        // 45 shared blocks (hit + read) + 10 row writes = 55 I/O × $0.20/M; rows read no longer count.
        let pricing = try ProfileCatalog.shipped().resolve(.named("aurora-postgres-standard", location: nil))
        var measured = usage
        measured.blocks = 45
        let cost = CostEstimator.estimate(measured, pricing: pricing, requestsPerMonth: nil)
        #expect(close(cost.per_request_usd, 0.000011))
        #expect(cost.lines?.first?.quantity_per_request == 55)
    }

    @Test func lambda() throws {
        // $0.20/M requests + 1 GB × 0.013 s (12.3 ms rounded up) × $0.0000166667
        let expected = 0.0000002 + 0.013 * 0.0000166667
        #expect(close(try cost("lambda").per_request_usd, expected))
    }

    @Test func lambdaFreeTierIsOnlyAppliedWhenAskedFor() throws {
        // 2M requests: 1M free, 1M × $0.20/M = $0.20; 26,000 GB-s are under the 400,000 free.
        let free = try cost("lambda+free-tier", traffic: 2_000_000)
        #expect(close(free.per_month_usd, 0.2))
        #expect(close(free.per_request_usd, 0.0000001))
        let paid = try cost("lambda", traffic: 2_000_000)
        #expect(close(paid.per_month_usd, 2_000_000 * (0.0000002 + 0.013 * 0.0000166667)))
    }

    @Test func inlinePrices() throws {
        let pricing = try ProfileCatalog.shipped().resolve(
            .inline(["per_query": 0.00001, "per_gb_returned": 0.09, "per_cpu_second": 0.5], location: nil))
        let cost = CostEstimator.estimate(usage, pricing: pricing, requestsPerMonth: 10)
        // 3 × $0.00001 + 0.0001 GB × $0.09 + 0.0123 s × $0.5
        let expected = 0.00003 + 0.000009 + 0.00615
        #expect(close(cost.per_request_usd, expected))
        #expect(close(cost.per_month_usd, expected * 10))
        #expect(pricing.label == "inline")
    }

    @Test func unknownNamesSuggestTheNearest() throws {
        let catalog = try ProfileCatalog.shipped()
        #expect(throws: CostModelError.self) { try catalog.resolve(.named("cloudflare-d2", location: nil)) }
        do {
            _ = try catalog.resolve(.inline(["per_milion_rows_read": 1], location: nil))
            Issue.record("an unknown inline price must be an error")
        } catch let error as CostModelError {
            #expect(error.description.contains("did you mean 'per_million_rows_read'"))
        }
        do {
            _ = try catalog.resolve(.named("cloudflare-d2", location: nil))
        } catch let error as CostModelError {
            #expect(error.description.contains("did you mean 'cloudflare-d1'"))
        }
    }
}
