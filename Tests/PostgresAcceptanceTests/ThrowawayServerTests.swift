import Foundation
import Testing

/// `run --engine postgres` without a URL: a throwaway server from the machine's `initdb`/`pg_ctl`,
/// the shop's scenarios measured through PostgreSQL's own statistics, nothing left behind.
@Suite(.enabled(if: PostgresBinaries.available, PostgresBinaries.skipMessage))
struct ThrowawayServerTests {
    let shop = ShopRun.postgres
    let bad = "order-list-n-plus-one"
    let fixed = "order-list-joined"

    @Test func runsAndNamesTheEngine() throws {
        #expect(shop.run.exitCode == 0, "\(shop.run.log)")
        let report = try #require(shop.report, "no report.json\n\(shop.run.log)")
        #expect(report.root["schema"] as? String == "hundredfold.report/1")
        #expect(report.engine == "postgres", "top-level engine: \(report.engine ?? "absent")")
        // Text output names the engine in its header line (the first line, or each scenario's).
        let headers = shop.run.stdout.split(separator: "\n").filter {
            $0.hasPrefix("PASS") || $0.hasPrefix("FAIL")
        }
        let firstLine = shop.run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            firstLine.lowercased().contains("postgres")
                || (!headers.isEmpty && headers.allSatisfy { $0.lowercased().contains("postgres") }),
            "no header line names postgres:\n\(shop.run.stdout.prefix(1500))")
    }

    @Test func nPlusOneIsLinearWithExactCounts() throws {
        let report = try #require(shop.report, "no report.json\n\(shop.run.log)")
        for scale in [1, 10, 100] {
            let expected = Double(1 + Scenarios.ordersAtScaleOne * scale)
            let queries = report.queries(bad, scale)
            #expect(queries.mean == expected && queries.max == expected, "\(bad) at \(scale)x: \(queries)")
            let repeated = report.repeated(bad, scale)
            let lookup = repeated.first { $0.fingerprint.lowercased().contains("customers") }
            #expect(
                lookup?.count == Scenarios.ordersAtScaleOne * scale,
                "\(bad) at \(scale)x: the per-order customer lookup should repeat \(Scenarios.ordersAtScaleOne * scale) times: \(repeated)"
            )
        }
        #expect(report.growthClass(bad, "queries_per_request") == "linear")
    }

    @Test func theJoinedFixIsConstant() throws {
        let report = try #require(shop.report, "no report.json\n\(shop.run.log)")
        for scale in [1, 10, 100] {
            let queries = report.queries(fixed, scale)
            #expect(queries.mean == 1 && queries.max == 1, "\(fixed) at \(scale)x: \(queries)")
            #expect(
                report.repeated(fixed, scale).isEmpty,
                "\(fixed) at \(scale)x: \(report.repeated(fixed, scale))")
        }
        #expect(report.growthClass(fixed, "queries_per_request") == "constant")
    }

    /// `full_scans` = tables read by a `Seq Scan`: the unindexed SKU filter names `line_items` at
    /// every scale; the indexed look-alike does not once the table is large enough (4,000 rows at
    /// 100x) for the planner to prefer the index.
    @Test func fullScansNameTheUnindexedTableOnly() throws {
        let report = try #require(shop.report, "no report.json\n\(shop.run.log)")
        for scale in [1, 10, 100] {
            let tables = report.fullScanTables("items-by-sku", scale)
            #expect(tables.contains("line_items"), "items-by-sku at \(scale)x: full_scans \(tables)")
        }
        let indexed = report.fullScanTables("items-of-order", 100)
        #expect(!indexed.contains("line_items"), "items-of-order at 100x reads through its index: \(indexed)")
    }

    /// `buffers` per request from `EXPLAIN (ANALYZE, BUFFERS)`: present at every scale, and the
    /// data was read from somewhere (hit + read > 0); a figure PostgreSQL cannot measure is
    /// listed in `unmeasured`, never reported as 0.
    @Test func buffersAreMeasuredAtEveryScale() throws {
        let report = try #require(shop.report, "no report.json\n\(shop.run.log)")
        for file in ShopRun.scenarioFiles {
            let name = try #require(file.yaml.split(separator: "\n").first?.dropFirst("name: ".count))
            let scales = report.scales(String(name))
            #expect(scales.count == 3, "\(name): \(scales.count) scales")
            for scale in scales {
                let buffers = scale["buffers"] as? [String: Any]
                let hit = number(buffers?["shared_hit"])
                let read = number(buffers?["shared_read"])
                #expect(
                    hit != nil && read != nil,
                    "\(name) at \(scale["scale"] ?? "?")x: buffers \(buffers ?? [:])")
                #expect(
                    (hit ?? 0) >= 0 && (read ?? 0) >= 0 && (hit ?? 0) + (read ?? 0) > 0,
                    "\(name): \(buffers ?? [:])")
                for figure in scale["unmeasured"] as? [String] ?? [] {
                    #expect(
                        scale[figure] == nil,
                        "\(name): \(figure) is unmeasured yet reported as \(scale[figure]!)")
                }
                for figure in [
                    "queries_per_request", "rows_read_per_request", "rows_written_per_request", "latency_ms",
                ] {
                    #expect(scale[figure] != nil, "\(name): core figure \(figure) missing on PostgreSQL")
                }
            }
        }
    }

    /// The throwaway server is stopped and its folder removed: nothing left in `TMPDIR`, no
    /// process working there.
    @Test func leavesNoServerAndNoFolder() {
        #expect(shop.run.exitCode == 0, "\(shop.run.log)")
        #expect(shop.leftoverFiles.isEmpty, "left in TMPDIR: \(shop.leftoverFiles)")
        #expect(shop.leftoverProcesses.isEmpty, "still running: \(shop.leftoverProcesses)")
    }
}
