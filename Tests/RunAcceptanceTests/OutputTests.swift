import Foundation
import TestSupport
import Testing

/// Output formats, the stdout/stderr split, and no machine paths in reports.
@Suite(.timeLimit(.minutes(2)))
struct OutputTests {
    private func workspaceWithPair() throws -> Workspace {
        let ws = try Workspace()
        try ws.write(
            Fixtures.nPlusOne(budget: "budget:\n  queries_per_request: { max: 50, growth: constant }")
                + "\n---\n"
                + Fixtures.filter(name: "unindexed", indexed: false), to: "pair.yml")
        return ws
    }

    @Test("--format json: stdout is exactly the JSON report, with the fixed core names at their paths")
    func jsonFormat() throws {
        let ws = try workspaceWithPair()
        defer { ws.remove() }
        let result = try ws.run(["run", "pair.yml", "--format", "json", "--out", "report.json"])
        #expect(result.exitCode == 1, "\(describe(result))")
        let report = J.parse(result.stdout)
        #expect(report["schema"].string == "hundredfold.report/1")
        #expect(report["verdict"].string == "fail")
        let scenarios = report["scenarios"].array
        #expect(scenarios.compactMap { $0["name"].string } == ["nplus1", "unindexed"])
        for scenario in scenarios {
            #expect(scenario["scales"].array.count == 3)
            for scale in scenario["scales"].array {
                #expect(scale["scale"].int != nil)
                #expect(scale["queries_per_request"]["mean"].double != nil)
                #expect(scale["queries_per_request"]["max"].double != nil)
                #expect(scale["rows_read_per_request"].double != nil)
                #expect(scale["rows_written_per_request"].double != nil)
                for percentile in ["p50", "p95", "p99"] {
                    let value = scale["latency_ms"][percentile].double ?? -1
                    #expect(value >= 0, "latency_ms.\(percentile): \(scale["latency_ms"])")
                }
                let p50 = scale["latency_ms"]["p50"].double ?? 0
                let p99 = scale["latency_ms"]["p99"].double ?? 0
                #expect(p50 <= p99, "percentiles are ordered")
                #expect(scale["repeated_statements"].isArray)
                #expect(scale["full_scans"].isArray)
            }
            for figure in ["queries_per_request", "rows_read_per_request", "rows_written_per_request"] {
                let growth = scenario["growth"][figure]
                #expect(growth["exponent"].double != nil, "\(figure): \(scenario["growth"])")
                #expect(growth["amplification"].double != nil)
                let known = ["constant", "logarithmic", "linear", "n_log_n", "quadratic", "worse"]
                #expect(known.contains(growth["class"].string ?? ""), "\(growth)")
            }
            #expect(scenario["budgets"].isArray)
        }
        let budget = report.scenario("nplus1")["budgets"][0]
        #expect(
            budget["name"].string != nil && budget["limit"].string != nil && budget["value"].string != nil)
        #expect(budget["passed"].bool != nil)
        // A figure that is zero at every scale still gets a growth entry, classed constant.
        #expect(report.scenario("nplus1")["growth"]["rows_written_per_request"]["class"].string == "constant")
        // --out holds the same report.
        let written = J.parse(ws.read("report.json") ?? Data())
        #expect(written["scenarios"].array.count == 2)
        #expect(written["verdict"].string == "fail")
        #expect(!result.stderr.contains("\"schema\""), "the report goes to stdout only")
    }

    @Test("--format markdown starts with the verdict, then a table")
    func markdownFormat() throws {
        let ws = try workspaceWithPair()
        defer { ws.remove() }
        let failing = try ws.run(["run", "pair.yml", "--format", "markdown"])
        #expect(failing.exitCode == 1, "\(describe(failing))")
        let firstLine =
            failing.stdout.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.lowercased() } ?? ""
        #expect(firstLine.contains("fail"), "first line: \(firstLine)")
        #expect(failing.stdout.contains("nplus1") && failing.stdout.contains("unindexed"))
        #expect(failing.stdout.contains("|"), "a Markdown table")
        #expect(failing.stdout.contains("linear"))

        try ws.write(Fixtures.batched(), to: "ok.yml")
        let passing = try ws.run(["run", "ok.yml", "--format", "markdown"])
        #expect(passing.exitCode == 0, "\(describe(passing))")
        let passLine =
            passing.stdout.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.lowercased() } ?? ""
        #expect(passLine.contains("pass"), "first line: \(passLine)")
        #expect(passLine != firstLine, "the verdict line differs between a pass and a fail")
    }

    @Test(
        "text (default): each scenario, every scale, the growth class, verdict, repeated statements and full scans"
    )
    func textFormat() throws {
        let ws = try workspaceWithPair()
        defer { ws.remove() }
        let result = try ws.run(["run", "pair.yml"])
        #expect(result.exitCode == 1, "\(describe(result))")
        let text = result.stdout
        let lowered = normalized(text)
        #expect(text.contains("nplus1") && text.contains("unindexed"))
        for scale in ["1", "10", "100"] {
            #expect(
                text.range(of: "(^|[^0-9.])\(scale)(x|×)?([^0-9.]|$)", options: .regularExpression) != nil,
                "scale \(scale)")
        }
        #expect(lowered.contains("linear"))
        #expect(lowered.contains("fail"))
        #expect(lowered.contains("select total from orders"), "the repeated statement explains the N+1")
        #expect(lowered.contains("items"), "the full scan's table is named")
        #expect(!text.contains("\u{1B}["), "no colour when NO_COLOR is set and stdout is not a terminal")
        #expect(
            !normalized(result.stderr).contains("select total from orders"), "the table goes to stdout only")
        #expect(!result.stderr.contains("\u{1B}["), "no colour on stderr either")
        let explicit = try ws.run(["run", "pair.yml", "--format", "text"])
        #expect(
            explicit.exitCode == 1 && explicit.stdout.contains("nplus1")
                && explicit.stdout.contains("unindexed"),
            "--format text is the default table: \(describe(explicit))")
    }

    @Test("Successful json run: stderr is empty, stdout parses as a whole")
    func streamsSplit() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(), to: "ok.yml")
        let result = try ws.run(["run", "ok.yml", "--format", "json"])
        #expect(result.exitCode == 0)
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(result.stderr)")
        let parsed = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect(parsed != nil, "stdout holds nothing but the JSON: \(result.stdout.prefix(300))")
        let text = try ws.run(["run", "ok.yml"])
        #expect(text.exitCode == 0)
        #expect(
            text.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            "no progress on stderr when it is not a terminal: \(text.stderr)")
        #expect(!text.stdout.isEmpty)
    }

    @Test("No absolute path of the machine in any report, even when scenarios are named by absolute path")
    func noAbsolutePaths() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("SELECT id FROM orders WHERE user_id = :user_id\n", to: "scen/q.sql")
        try ws.write(
            Fixtures.nPlusOne(scales: "[1, 2]").replacingOccurrences(
                of: "    - query: SELECT id FROM orders WHERE user_id = :user_id",
                with: "    - sql_file: q.sql"),
            to: "scen/n1.yml")
        let absolute = ws.url.appendingPathComponent("scen/n1.yml").path
        let forbidden = Set(
            [
                ws.url.path, ws.url.resolvingSymlinksInPath().path, ws.tmp.url.path,
                ws.tmp.url.resolvingSymlinksInPath().path, FileManager.default.temporaryDirectory.path,
            ].filter { $0.count > 4 })
        for format in ["json", "markdown", "text"] {
            let result = try ws.run(["run", absolute, "--format", format, "--out", "abs-\(format).json"])
            #expect(result.exitCode == 0, "\(describe(result))")
            let written = String(decoding: ws.read("abs-\(format).json") ?? Data(), as: UTF8.self)
            #expect(!written.isEmpty)
            for path in forbidden {
                #expect(!result.stdout.contains(path), "\(format) output embeds \(path)")
                #expect(!written.contains(path), "--out embeds \(path)")
            }
            if format == "json" {
                let file = J.parse(result.stdout).scenario("nplus1")["file"].string ?? ""
                #expect(!file.hasPrefix("/"), "scenario file must be relative: \(file)")
                #expect(file.hasSuffix("n1.yml"), "\(file)")
            }
        }
    }

    @Test("--out writes the JSON report whatever --format says, atomically (no temp file left)")
    func outAlwaysJSON() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(), to: "ok.yml")
        try ws.write("old contents", to: "out.json")
        let result = try ws.run(["run", "ok.yml", "--format", "markdown", "--out", "out.json"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let report = J.parse(ws.read("out.json") ?? Data())
        #expect(report["schema"].string == "hundredfold.report/1")
        #expect(ws.project.listFiles() == ["ok.yml", "out.json"], "\(ws.project.listFiles())")
        #expect(!result.stdout.contains("\"schema\""), "stdout is Markdown, not JSON")
    }
}

/// Scale is the point here: a million rows at the largest scale.
@Suite(.timeLimit(.minutes(3)))
struct LargeScaleTests {
    @Test("Scales [1, 1000] with 1,000 rows at scale 1 (1M rows) completes with exact table sizes")
    func millionRows() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            """
            name: million
            schema: |
              CREATE TABLE events(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, amount REAL NOT NULL);
            data:
              events:
                rows: 1000
                columns:
                  kind: { choice: [a, b, c] }
                  amount: { real: [0, 10] }
            workload:
              params: { event: { pick: events.id } }
              steps:
                - query: SELECT kind, amount FROM events WHERE id = :event
            requests: 5
            scales: [1, 1000]
            seed: 8
            budget:
              queries_per_request: { max: 1, growth: constant }
              rows_read_per_request: { growth: logarithmic }
            """, to: "big.yml")
        let (result, report) = try ws.runReport(["big.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("million")
        #expect(scenario.scale(1)["table_rows"]["events"].int == 1000)
        #expect(scenario.scale(1000)["table_rows"]["events"].int == 1_000_000)
        #expect(about(scenario.scale(1000)["rows_read_per_request"].double, 1))
        #expect(scenario["stopped"].exists == false)
        #expect(ws.tmpLeftovers().isEmpty)
    }
}
