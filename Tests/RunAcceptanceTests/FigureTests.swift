import Foundation
import TestSupport
import Testing

/// Figures on workloads whose values are known by hand.
@Suite(.timeLimit(.minutes(2)))
struct FigureTests {
    @Test("N+1: queries = 1 + kept rows, linear, repeated statement with its count, amplification ~ 100")
    func nPlusOne() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.nPlusOne(), to: "n1.yml")
        let (result, report) = try ws.runReport(["n1.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("nplus1")
        #expect(scenario["scales"].array.compactMap { $0["scale"].int } == [1, 10, 100])
        for scale in [1, 10, 100] {
            let figures = scenario.scale(scale)
            let kept = 10 * scale
            #expect(figures["requests"].int == 3)
            #expect(
                figures["queries_per_request"]["mean"].double == Double(1 + kept),
                "scale \(scale): \(figures)")
            #expect(figures["queries_per_request"]["max"].double == Double(1 + kept), "scale \(scale)")
            #expect(figures["rows_returned_per_request"].double == Double(2 * kept), "scale \(scale)")
            // An index range of k rows plus k primary-key lookups: about 2k rows read.
            #expect(
                about(figures["rows_read_per_request"].double, Double(2 * kept)), "scale \(scale): \(figures)"
            )
            #expect(figures["rows_written_per_request"].double == 0)
            let repeated = figures["repeated_statements"].array
            let lookup = repeated.filter {
                normalized($0["fingerprint"].string ?? "").contains("select total from orders where id")
            }
            #expect(lookup.count == 1, "scale \(scale): \(repeated)")
            #expect(lookup.first?["count"].int == kept, "scale \(scale): \(repeated)")
            if let fingerprint = lookup.first?["fingerprint"].string {
                #expect(!fingerprint.contains(":id"), "parameters must be normalized: \(fingerprint)")
                #expect(fingerprint.contains("?"), "parameters appear as ?: \(fingerprint)")
            }
            // The outer query runs once per request: not repeated.
            #expect(!repeated.contains { normalized($0["fingerprint"].string ?? "").contains("user_id") })
            #expect(
                figures["full_scans"].array.isEmpty, "indexed plan has no full scan: \(figures["full_scans"])"
            )
        }
        let queries = scenario.growth("queries_per_request")
        #expect(queries["class"].string == "linear", "\(queries)")
        #expect((0.9...1.1).contains(queries["exponent"].double ?? -1), "\(queries)")
        #expect(
            about(queries["amplification"].double, 1001.0 / 11.0, percent: 1, absolute: 0.1), "\(queries)")
        #expect(scenario.growth("rows_read_per_request")["class"].string == "linear")
        #expect(scenario.growth("repeated_statements_max")["class"].string == "linear")
        #expect(report["verdict"].string == "pass", "no budget, nothing stopped: pass")
    }

    @Test("Batched fix: two queries at every scale, class constant, no repeated statements")
    func batched() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(), to: "b.yml")
        let (result, report) = try ws.runReport(["b.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("batched")
        for scale in [1, 10, 100] {
            let figures = scenario.scale(scale)
            #expect(figures["queries_per_request"]["mean"].double == 2)
            #expect(figures["queries_per_request"]["max"].double == 2)
            #expect(figures["repeated_statements"].array.isEmpty, "\(figures["repeated_statements"])")
            #expect(figures["rows_returned_per_request"].double == Double(20 * scale))
        }
        let queries = scenario.growth("queries_per_request")
        #expect(queries["class"].string == "constant", "\(queries)")
        #expect(about(queries["amplification"].double, 1, percent: 0, absolute: 0.001))
        #expect(abs(queries["exponent"].double ?? 9) < 0.05)
        #expect(scenario.growth("rows_returned_per_request")["class"].string == "linear")
    }

    @Test(
        "Unindexed filter: a listed full scan reading the whole table, linear; indexed: matched rows, constant"
    )
    func unindexedVersusIndexed() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.filter(name: "unindexed", indexed: false) + "\n---\n"
                + Fixtures.filter(name: "indexed", indexed: true), to: "filter.yml")
        let (result, report) = try ws.runReport(["filter.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scan = report.scenario("unindexed")
        let seek = report.scenario("indexed")
        for scale in [1, 10, 100] {
            let tableSize = Double(1000 * scale)
            let scanned = scan.scale(scale)
            #expect(scanned["rows_returned_per_request"].double == 50)
            #expect(about(scanned["rows_read_per_request"].double, tableSize), "scale \(scale): \(scanned)")
            let scans = scanned["full_scans"].array
            #expect(scans.contains { $0["table"].string == "items" }, "scale \(scale): \(scans)")
            #expect(scans.first?["per_request"].double == 1)
            let scanFingerprint = normalized(scans.first?["fingerprint"].string ?? "")
            #expect(scanFingerprint.contains("from items"), "\(scans)")
            let sought = seek.scale(scale)
            #expect(sought["rows_returned_per_request"].double == 50)
            #expect(about(sought["rows_read_per_request"].double, 50), "scale \(scale): \(sought)")
            #expect(sought["full_scans"].array.isEmpty, "scale \(scale): \(sought["full_scans"])")
        }
        #expect(scan.growth("rows_read_per_request")["class"].string == "linear")
        #expect(
            about(scan.growth("rows_read_per_request")["amplification"].double, 100, percent: 15, absolute: 0)
        )
        #expect(seek.growth("rows_read_per_request")["class"].string == "constant")
        #expect(scan.growth("full_scans_per_request")["class"].string == "constant")
    }

    @Test("Unbounded list read grows linearly; the paginated one (LIMIT 20) stays at 20 rows")
    func unboundedVersusPaginated() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let base = """
            schema: |
              CREATE TABLE posts(id INTEGER PRIMARY KEY, title TEXT NOT NULL);
            data:
              posts: { rows: 100, columns: { title: { text: [10, 20] } } }
            requests: 2
            scales: [1, 10, 100]
            seed: 3
            """
        try ws.write(
            "name: unbounded\n\(base)\nworkload:\n  steps:\n    - query: SELECT id, title FROM posts\n---\n"
                + "name: paginated\n\(base)\nworkload:\n  steps:\n    - query: SELECT id, title FROM posts ORDER BY id LIMIT 20\n",
            to: "list.yml")
        let (result, report) = try ws.runReport(["list.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        for scale in [1, 10, 100] {
            let all = report.scenario("unbounded").scale(scale)
            #expect(all["rows_returned_per_request"].double == Double(100 * scale))
            #expect(about(all["rows_read_per_request"].double, Double(100 * scale)))
            let page = report.scenario("paginated").scale(scale)
            #expect(page["rows_returned_per_request"].double == 20)
            #expect(about(page["rows_read_per_request"].double, 20), "scale \(scale): \(page)")
        }
        #expect(report.scenario("unbounded").growth("rows_returned_per_request")["class"].string == "linear")
        #expect(report.scenario("unbounded").growth("bytes_returned_per_request")["class"].string == "linear")
        #expect(
            report.scenario("paginated").growth("rows_returned_per_request")["class"].string == "constant")
        #expect(report.scenario("paginated").growth("rows_read_per_request")["class"].string == "constant")
    }

    @Test("Primary-key lookup reads about one row at every scale")
    func primaryKeyLookup() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            """
            name: pk
            schema: |
              CREATE TABLE items(id INTEGER PRIMARY KEY, price REAL NOT NULL);
            data:
              items: { rows: 500, columns: { price: { real: [1, 2] } } }
            workload:
              params: { item: { pick: items.id } }
              steps:
                - query: SELECT price FROM items WHERE id = :item
            requests: 10
            scales: [1, 10, 100]
            seed: 5
            """, to: "pk.yml")
        let (result, report) = try ws.runReport(["pk.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("pk")
        for scale in [1, 10, 100] {
            let figures = scenario.scale(scale)
            #expect(figures["rows_returned_per_request"].double == 1, "pick draws an existing id")
            let read = figures["rows_read_per_request"].double ?? -1
            #expect(read > 0 && about(read, 1), "scale \(scale): \(figures)")
            #expect(figures["full_scans"].array.isEmpty)
            #expect(figures["queries_per_request"]["mean"].double == 1)
        }
        let growth = scenario.growth("rows_read_per_request")["class"].string ?? ""
        #expect(["constant", "logarithmic"].contains(growth), "\(scenario["growth"])")
        #expect(scenario.growth("queries_per_request")["class"].string == "constant")
    }

    @Test("Per-row insert loop writes one row per kept row; the multi-row insert is one query")
    func insertLoop() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let base = """
            schema: |
              CREATE TABLE items(id INTEGER PRIMARY KEY, price REAL NOT NULL);
              CREATE TABLE audit(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, note TEXT);
            data:
              items: { rows: 10, columns: { price: { real: [1, 2] } } }
              audit: { rows: 0 }
            requests: 2
            scales: [1, 10, 100]
            seed: 9
            """
        try ws.write(
            """
            name: loop
            \(base)
            workload:
              steps:
                - query: SELECT id FROM items
                  as: items
                - for_each: items
                  steps:
                    - query: INSERT INTO audit(item_id, note) VALUES (:id, 'seen')
            ---
            name: bulk
            \(base)
            workload:
              steps:
                - query: INSERT INTO audit(item_id, note) SELECT id, 'seen' FROM items
            """, to: "insert.yml")
        let (result, report) = try ws.runReport(["insert.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        for scale in [1, 10, 100] {
            let kept = Double(10 * scale)
            let loop = report.scenario("loop").scale(scale)
            #expect(about(loop["rows_written_per_request"].double, kept), "scale \(scale): \(loop)")
            #expect((loop["rows_written_per_request"].double ?? 0) >= kept, "every insert writes a row")
            #expect(loop["queries_per_request"]["mean"].double == 1 + kept)
            let insert = loop["repeated_statements"].array.first {
                normalized($0["fingerprint"].string ?? "").hasPrefix("insert into audit")
            }
            #expect(insert?["count"].int == 10 * scale, "\(loop["repeated_statements"])")
            let bulk = report.scenario("bulk").scale(scale)
            #expect(about(bulk["rows_written_per_request"].double, kept), "scale \(scale): \(bulk)")
            #expect(bulk["queries_per_request"]["mean"].double == 1)
            #expect(bulk["repeated_statements"].array.isEmpty)
        }
        #expect(report.scenario("loop").growth("rows_written_per_request")["class"].string == "linear")
        #expect(report.scenario("loop").growth("queries_per_request")["class"].string == "linear")
        #expect(report.scenario("bulk").growth("queries_per_request")["class"].string == "constant")
    }

    @Test("Fixed tables are not multiplied by the scale; others are")
    func fixedTables() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            """
            name: fixed
            schema: |
              CREATE TABLE countries(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
              CREATE TABLE people(id INTEGER PRIMARY KEY, country_id INTEGER NOT NULL);
            data:
              countries: { rows: 20, fixed: true }
              people: { rows: 30, columns: { country_id: { ref: countries.id } } }
            workload:
              steps:
                - query: SELECT id FROM countries
            requests: 1
            scales: [1, 10]
            seed: 1
            """, to: "fixed.yml")
        let (result, report) = try ws.runReport(["fixed.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("fixed")
        for scale in [1, 10] {
            let figures = scenario.scale(scale)
            #expect(figures["rows_returned_per_request"].double == 20, "fixed table at scale \(scale)")
            #expect(figures["table_rows"]["countries"].int == 20)
            #expect(figures["table_rows"]["people"].int == 30 * scale)
        }
    }

    @Test("requests is honoured, as a number and as a per-scale map")
    func requestsHonoured() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let body = """
            schema: |
              CREATE TABLE t(id INTEGER PRIMARY KEY);
            data:
              t: { rows: 5 }
            workload:
              steps:
                - query: SELECT id FROM t WHERE id = 1
            scales: [1, 10, 100]
            seed: 2
            """
        try ws.write(
            "name: seven\nrequests: 7\n\(body)\n---\nname: mapped\nrequests: { 1: 9, 10: 4, 100: 2 }\n\(body)\n",
            to: "req.yml")
        let (result, report) = try ws.runReport(["req.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        for scale in [1, 10, 100] {
            #expect(report.scenario("seven").scale(scale)["requests"].int == 7)
        }
        #expect(report.scenario("mapped").scale(1)["requests"].int == 9)
        #expect(report.scenario("mapped").scale(10)["requests"].int == 4)
        #expect(report.scenario("mapped").scale(100)["requests"].int == 2)
    }

    @Test("--scales overrides the scenario's scales; --seed is recorded")
    func scalesAndSeedFlags() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.nPlusOne(), to: "n1.yml")
        let (result, report) = try ws.runReport(["n1.yml", "--scales", "1,2,5", "--seed", "99"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("nplus1")
        #expect(scenario["scales"].array.compactMap { $0["scale"].int } == [1, 2, 5])
        #expect(scenario.scale(5)["queries_per_request"]["mean"].double == 51)
        #expect(scenario["seed"].int == 99)
    }

    @Test("A single scale is a valid list of scales")
    func singleScale() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.nPlusOne(scales: "[3]"), to: "n1.yml")
        let (result, report) = try ws.runReport(["n1.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(report.scenario("nplus1").scale(3)["queries_per_request"]["mean"].double == 31)
    }

    @Test("Fingerprints normalize literals and collapse IN-lists")
    func fingerprintNormalization() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            """
            name: literals
            schema: |
              CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            data:
              t: { rows: 20 }
            workload:
              steps:
                - query: SELECT name FROM t WHERE id = 1
                - query: SELECT name FROM t WHERE id = 2
                - query: SELECT name FROM t WHERE id = 3
                - query: SELECT name FROM t WHERE id IN (1, 2, 3)
                - query: SELECT name FROM t WHERE id IN (4, 5)
                - query: SELECT name FROM t WHERE name = 'abc'
            requests: 1
            scales: [1, 2]
            seed: 2
            """, to: "lit.yml")
        let (result, report) = try ws.runReport(["lit.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let repeated = report.scenario("literals").scale(1)["repeated_statements"].array
        let counts = repeated.map { $0["count"].int ?? 0 }.sorted()
        #expect(counts == [2, 3], "id = ? three times, IN (...) twice, name = 'abc' once: \(repeated)")
        for entry in repeated {
            let fingerprint = entry["fingerprint"].string ?? ""
            #expect(
                !fingerprint.contains("4, 5") && !fingerprint.contains("1, 2, 3")
                    && !fingerprint.contains("= 1"))
        }
    }
}
