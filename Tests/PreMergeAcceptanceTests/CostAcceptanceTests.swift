import Foundation
import TestSupport
import Testing

/// Cost estimates: pricing profiles and inline prices turned into money per request and per month.
@Suite(.serialized)
struct CostAcceptanceTests {
    /// Per request: one full scan of a fixed 100-row table (about 100 rows read) and one INSERT of
    /// one row (exactly 1 row written); 2 queries.
    static func scenario(pricing: String) -> String {
        """
        name: cost-check
        schema: |
          CREATE TABLE items(id INTEGER PRIMARY KEY, label TEXT);
          CREATE TABLE events(id INTEGER PRIMARY KEY, item_id INTEGER);
        data:
          items:  { rows: 100, fixed: true, columns: { label: { text: [3, 8] } } }
          events: { rows: 1, fixed: true, columns: { item_id: { int: [1, 100] } } }
        workload:
          params: { item: { pick: items.id } }
          steps:
            - query: SELECT count(*) FROM items WHERE label <> ''
            - query: INSERT INTO events(item_id) VALUES (:item)
        requests: 5
        scales: [1, 10]
        seed: 3
        traffic: { requests_per_month: 1000000 }
        pricing: \(pricing)

        """
    }

    @Test func cloudflareD1CostEqualsTheHandComputation() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.scenario(pricing: "cloudflare-d1"), to: "cost.yml")
        let result = try hf(["run", "cost.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        #expect(report.scenario("cost-check")?["pricing"] as? String == "cloudflare-d1")
        for scale in [1, 10] {
            let written = try #require(report.figure("cost-check", scale: scale, "rows_written_per_request"))
            let readRows = try #require(report.figure("cost-check", scale: scale, "rows_read_per_request"))
            #expect(written == 1, "one INSERT of one row writes exactly one row (scale \(scale))")
            #expect(
                (99...103).contains(readRows),
                "a full scan of a 100-row table reads about 100 rows, got \(readRows) (scale \(scale))")
            let perRequest = try #require(report.figure("cost-check", scale: scale, "cost_per_request_usd"))
            let perMonth = try #require(report.figure("cost-check", scale: scale, "cost_per_month_usd"))
            // $0.001 per million rows read, $1.00 per million rows written.
            let expected = readRows * 0.001 / 1e6 + written * 1.0 / 1e6
            #expect(
                approxEqual(perRequest, expected, tolerance: 1e-6), "per request \(perRequest) vs \(expected)"
            )
            #expect(approxEqual(perMonth, expected * 1_000_000, tolerance: 1e-6), "per month \(perMonth)")
            // By hand, independent of the rows-read proxy: 100 rows read + 1 written ≈ $1.10 a month.
            #expect(abs(perMonth - 1.10) < 0.005, "per month \(perMonth) should be about $1.10")
        }
    }

    @Test func inlinePricesEqualTheHandComputation() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let inline = """
            { per_request: 0.000002, per_query: 0.000001, per_million_rows_read: 0,
                       per_million_rows_written: 3.0, per_gb_returned: 0, per_cpu_second: 0 }
            """
        try dir.write(Self.scenario(pricing: inline), to: "cost.yml")
        let result = try hf(["run", "cost.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        for scale in [1, 10] {
            #expect(report.figure("cost-check", scale: scale, "queries_per_request") == 2)
            // 0.000002 per request + 2 queries × 0.000001 + 1 row written × $3 / 1e6 = $0.000007.
            let perRequest = try #require(report.figure("cost-check", scale: scale, "cost_per_request_usd"))
            let perMonth = try #require(report.figure("cost-check", scale: scale, "cost_per_month_usd"))
            #expect(approxEqual(perRequest, 0.000007, tolerance: 1e-6), "per request \(perRequest)")
            #expect(approxEqual(perMonth, 7.0, tolerance: 1e-6), "per month \(perMonth)")
        }
    }

    @Test func unknownPricingProfileIsAnErrorNamingTheLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = Self.scenario(pricing: "cloudflare-d9")
        try dir.write(text, to: "cost.yml")
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.hasPrefix("pricing:") }) + 1
        let result = try hf(["run", "cost.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(
            result.stderr.contains("cost.yml:\(line):"), "error must name cost.yml:\(line): \(result.stderr)")
        #expect(result.stderr.contains("pricing"), "\(result.stderr)")
        #expect(result.stderr.contains("cloudflare-d9"), "the unknown name is quoted: \(result.stderr)")
        #expect(!exists(dir.url.appendingPathComponent("report.json")), "nothing runs on bad input")
    }

    @Test func misspelledInlinePriceIsAnErrorWithASuggestion() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = Self.scenario(pricing: "{ per_milion_rows_read: 0.001 }")
        try dir.write(text, to: "cost.yml")
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.hasPrefix("pricing:") }) + 1
        let result = try hf(["run", "cost.yml"], in: dir.url)
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("cost.yml:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("per_million_rows_read"), "suggests the nearest key: \(result.stderr)")
    }

    @Test(arguments: ["text", "markdown"])
    func humanOutputSaysEstimateAndNamesTheProfile(format: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.scenario(pricing: "cloudflare-d1"), to: "cost.yml")
        let result = try hf(["run", "cost.yml", "--format", format], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        #expect(result.stdout.lowercased().contains("estimate"), "\(format) output: \(result.stdout)")
        #expect(
            result.stdout.contains("cloudflare-d1"), "\(format) output names the profile: \(result.stdout)")
    }
}
