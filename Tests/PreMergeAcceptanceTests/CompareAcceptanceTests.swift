import Foundation
import TestSupport
import Testing

/// `hundredfold compare BASE.json HEAD.json` on reports made by `hundredfold run --out`.
@Suite(.serialized)
struct CompareAcceptanceTests {
    static let countFigures = [
        "queries_per_request", "rows_read_per_request", "rows_written_per_request",
        "rows_returned_per_request", "bytes_returned_per_request", "full_scans_per_request",
        "repeated_statements_max",
    ]

    /// base.json: batched order-history + only-in-base; head.json: N+1 order-history + only-in-head.
    static func makeReports() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(Fixture.batched(), to: "base/order-history.yml")
        try dir.write(Fixture.tiny(name: "only-in-base"), to: "base/only-in-base.yml")
        try dir.write(Fixture.nPlusOne(), to: "head/order-history.yml")
        try dir.write(Fixture.tiny(name: "only-in-head"), to: "head/only-in-head.yml")
        let base = try hf(["run", "base", "--out", "base.json"], in: dir.url)
        let head = try hf(["run", "head", "--out", "head.json"], in: dir.url)
        guard base.exitCode == 0, head.exitCode == 0 else {
            dir.remove()
            throw TestFailure("run failed: base \(base.summary)\nhead \(head.summary)")
        }
        return dir
    }

    @Test func jsonHasBaseHeadAndDeltaForEveryFigureAtEveryScale() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        let baseReport = try Report(file: dir.url.appendingPathComponent("base.json"))
        let headReport = try Report(file: dir.url.appendingPathComponent("head.json"))
        #expect(baseReport.figure("order-history", scale: 10, "queries_per_request") == 1)
        #expect(headReport.figure("order-history", scale: 1, "queries_per_request") == 21)
        #expect(headReport.figure("order-history", scale: 10, "queries_per_request") == 201)

        let result = try hf(["compare", "base.json", "head.json", "--format", "json"], in: dir.url)
        #expect(result.exitCode == 0, "no budget declared, so no failure: \(result.summary)")
        let all = deltaRecords(in: try parseJSON(result.stdout))
        for scale in [1, 10] {
            for figure in Self.countFigures + ["latency_p95_ms"] {
                let found = records(all, scenario: "order-history", scale: scale, figure: figure)
                guard let record = found.first else {
                    Issue.record("no base/head entry for \(figure) at scale \(scale)")
                    continue
                }
                #expect(record.keys.contains { $0.lowercased().contains("delta") }, "\(figure): no delta")
                if figure != "latency_p95_ms" {
                    let base = baseReport.figure("order-history", scale: scale, figure)
                    let head = headReport.figure("order-history", scale: scale, figure)
                    #expect(
                        approxEqual(record.base, base),
                        "\(figure)@\(scale) base \(String(describing: record.base)) vs \(String(describing: base))"
                    )
                    #expect(
                        approxEqual(record.head, head),
                        "\(figure)@\(scale) head \(String(describing: record.head)) vs \(String(describing: head))"
                    )
                }
                if let delta = record.delta, let base = record.base, let head = record.head,
                    figure != "latency_p95_ms"
                {
                    let absolute = head - base
                    let percent = base == 0 ? nil : absolute / base * 100
                    #expect(
                        approxEqual(delta, absolute, tolerance: 1e-6)
                            || approxEqual(delta, percent, tolerance: 1e-3),
                        "\(figure)@\(scale): delta \(delta) is neither head-base nor percent")
                }
            }
        }
        let queries = records(all, scenario: "order-history", scale: 10, figure: "queries_per_request").first
        #expect(queries?.base == 1 && queries?.head == 201)
    }

    @Test func addedAndRemovedScenariosAreShownNotErrors() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        let json = try hf(["compare", "base.json", "head.json", "--format", "json"], in: dir.url)
        #expect(json.exitCode == 0, "\(json.summary)")
        let document = try parseJSON(json.stdout)
        #expect(
            isMarked("only-in-head", as: "add", in: document),
            "only-in-head must be marked added: \(json.stdout)")
        #expect(
            isMarked("only-in-base", as: "remov", in: document),
            "only-in-base must be marked removed: \(json.stdout)")
        #expect(!isMarked("only-in-head", as: "remov", in: document))
        #expect(!isMarked("only-in-base", as: "add", in: document))

        let text = try hf(["compare", "base.json", "head.json"], in: dir.url)
        #expect(text.exitCode == 0, "\(text.summary)")
        let lines = text.stdout.split(separator: "\n").map { $0.lowercased() }
        #expect(
            lines.contains { $0.contains("only-in-head") && $0.contains("add") }
                || text.stdout.lowercased().contains("added"))
        #expect(text.stdout.contains("only-in-head") && text.stdout.contains("only-in-base"))
    }

    @Test func regressionBudgetFailsWhenExceededAndPassesWithin() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        try dir.write(
            "budgets:\n  queries_per_request: { regression: { percent: 10 } }\n", to: "hundredfold.yml")
        let failing = try hf(["compare", "base.json", "head.json"], in: dir.url)
        #expect(failing.exitCode == 1, "1 → 201 queries exceeds +10%: \(failing.summary)")
        #expect(failing.combined.contains("queries_per_request"), "\(failing.summary)")

        let same = try hf(["compare", "base.json", "base.json"], in: dir.url)
        #expect(same.exitCode == 0, "identical reports are within budget: \(same.summary)")

        try dir.write(
            "budgets:\n  queries_per_request: { regression: { percent: 100000 } }\n", to: "hundredfold.yml")
        let generous = try hf(["compare", "base.json", "head.json"], in: dir.url)
        #expect(generous.exitCode == 0, "+20000% is within +100000%: \(generous.summary)")

        try dir.write(
            "budgets:\n  queries_per_request: { regression: { percent: 10 } }\n", to: "hundredfold.yml")
        let improvement = try hf(["compare", "head.json", "base.json"], in: dir.url)
        #expect(improvement.exitCode == 0, "a drop in queries is not a regression: \(improvement.summary)")
    }

    @Test func reportOfAnotherSchemaVersionIsRejected() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        let text = read(dir.url.appendingPathComponent("head.json"))
        #expect(text.contains("hundredfold.report/1"))
        try dir.write(
            text.replacingOccurrences(of: "hundredfold.report/1", with: "hundredfold.report/2"),
            to: "future.json")
        let result = try hf(["compare", "base.json", "future.json"], in: dir.url)
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("future.json"), "\(result.stderr)")
        #expect(
            result.stderr.contains("hundredfold.report/2") || result.stderr.contains("schema"),
            "\(result.stderr)")
    }

    @Test func malformedJSONIsRejectedWithLineAndColumn() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        try dir.write("{\n  \"schema\": \"hundredfold.report/1\",\n  \"scenarios\": [}\n", to: "broken.json")
        let result = try hf(["compare", "base.json", "broken.json"], in: dir.url)
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(
            result.stderr.range(of: #"broken\.json:3:\d+"#, options: .regularExpression) != nil,
            "error names broken.json:3:COLUMN: \(result.stderr)")
    }

    @Test func missingFileIsRejected() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        let result = try hf(["compare", "base.json", "nowhere.json"], in: dir.url)
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("nowhere.json"), "\(result.stderr)")
        let swapped = try hf(["compare", "nowhere.json", "head.json"], in: dir.url)
        #expect(swapped.exitCode == 2, "\(swapped.summary)")
    }

    @Test func everyFormatWorks() throws {
        let dir = try Self.makeReports()
        defer { dir.remove() }
        let markdown = try hf(["compare", "base.json", "head.json", "--format", "markdown"], in: dir.url)
        #expect(markdown.exitCode == 0, "\(markdown.summary)")
        #expect(
            markdown.stdout.contains("|") && markdown.stdout.contains("order-history"), "\(markdown.stdout)")
        let html = try hf(["compare", "base.json", "head.json", "--format", "html"], in: dir.url)
        #expect(html.exitCode == 0, "\(html.summary)")
        #expect(html.stdout.lowercased().contains("<html") && html.stdout.contains("<svg"))
        #expect(
            externalResourceReferences(in: html.stdout).isEmpty,
            "\(externalResourceReferences(in: html.stdout))")
        for name in ["order-history", "only-in-head", "only-in-base"] {
            #expect(html.stdout.contains(name), "html mentions \(name)")
        }
        let text = try hf(["compare", "base.json", "head.json", "--format", "text"], in: dir.url)
        #expect(text.exitCode == 0, "\(text.summary)")
        #expect(text.stdout.contains("order-history") && text.stdout.contains("201"), "\(text.stdout)")
        let json1 = try hf(["compare", "base.json", "head.json", "--format", "json"], in: dir.url)
        let json2 = try hf(["compare", "base.json", "head.json", "--format", "json"], in: dir.url)
        #expect(json1.stdout == json2.stdout && !json1.stdout.isEmpty, "the same inputs give the same JSON")
        #expect(!json1.stdout.contains(dir.url.path), "no absolute machine paths")
        let bogus = try hf(["compare", "base.json", "head.json", "--format", "yaml"], in: dir.url)
        #expect(bogus.exitCode == 2, "unknown format is a usage error: \(bogus.summary)")
    }
}
