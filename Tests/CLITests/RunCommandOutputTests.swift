import Foundation
import TestSupport
import Testing

/// `hundredfold run` output: deterministic JSON, `--out`, formats, exit codes.
@Suite(.serialized) struct RunCommandOutputTests {
    static let scenario = """
        name: lookup
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total REAL);
        data:
          users: { rows: 20, fixed: true, columns: { name: { text: [3, 9] } } }
          orders: { rows: 60, columns: { user_id: { ref: users.id, distribution: zipf }, total: { real: [1, 99] } } }
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
        requests: 5
        scales: [1, 3]
        budget:
          queries_per_request: { max: 1000 }
        """

    /// The JSON with the timing fields (`latency_ms` per scale, latency growth) blanked.
    static func withoutTiming(_ json: String) throws -> String {
        var text = json
        for pattern in [
            #""(latency|request)_ms" : \{[^}]*\}"#, #""(latency|request)_p\d\d_ms" : \{[^}]*\}"#,
            #""(latency|request)_samples_ms" : \[[^\]]*\]"#, #""duration_ms" : [-+.eE\d]+"#,
        ] {
            let regex = try NSRegularExpression(pattern: pattern)
            text = regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "TIMING")
        }
        return text
    }

    @Test func jsonIsByteIdenticalAcrossRunsExceptTiming() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario, to: "s.yml")
        let first = try HundredfoldBinary.run(
            ["run", "s.yml", "--seed", "7", "--out", "a.json"], in: folder.url)
        let second = try HundredfoldBinary.run(
            ["run", "s.yml", "--seed", "7", "--format", "json", "--out", "b.json"], in: folder.url)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(second.exitCode == 0, "\(second.stderr)")
        let a = try String(contentsOf: folder.url.appendingPathComponent("a.json"), encoding: .utf8)
        let b = try String(contentsOf: folder.url.appendingPathComponent("b.json"), encoding: .utf8)
        #expect(try Self.withoutTiming(a) == Self.withoutTiming(b))
        #expect(try Self.withoutTiming(a).contains("TIMING"))
        #expect(second.stdout == b)
        #expect(a.contains("\"seed\" : 7"))
        #expect(!a.contains(folder.url.path))
        #expect(folder.listFiles() == ["a.json", "b.json", "s.yml"])
    }

    /// `--out` writes the format its extension names, else `--format`, else JSON.
    @Test func outFollowsItsExtensionThenTheFormat() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario, to: "s.yml")
        let html = try HundredfoldBinary.run(
            ["run", "s.yml", "--format", "html", "--out", "r.html"], in: folder.url)
        #expect(html.exitCode == 0, "\(html.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(page.lowercased().hasPrefix("<!doctype html"), "\(page.prefix(80))")
        let markdown = try HundredfoldBinary.run(
            ["run", "s.yml", "--format", "markdown", "--out", "r"], in: folder.url)
        #expect(markdown.exitCode == 0, "\(markdown.stderr)")
        let text = try String(contentsOf: folder.url.appendingPathComponent("r"), encoding: .utf8)
        #expect(!text.hasPrefix("{") && text.contains("|"), "markdown: \(text.prefix(80))")
        #expect(markdown.stdout == text)
        let byDefault = try HundredfoldBinary.run(["run", "s.yml", "--out", "plain"], in: folder.url)
        #expect(byDefault.exitCode == 0)
        let json = try String(contentsOf: folder.url.appendingPathComponent("plain"), encoding: .utf8)
        #expect(json.hasPrefix("{"))
    }

    /// A folder as `--out` is refused before any scenario runs.
    @Test func outNamingAFolderIsRefusedFirst() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario, to: "s.yml")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let result = try HundredfoldBinary.run(["run", "s.yml", "--out", "reports"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("'reports' is a folder"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing ran: \(result.stdout)")
    }

    @Test func textAndMarkdownFormats() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario, to: "s.yml")
        let text = try HundredfoldBinary.run(["run", "s.yml"], in: folder.url)
        #expect(text.exitCode == 0)
        #expect(text.stdout.hasPrefix("PASS  lookup  (s.yml, seed 42)"))
        #expect(text.stdout.contains("queries/request"))
        #expect(text.stdout.hasSuffix("Verdict: PASS — 1 scenario passed\n"))
        #expect(text.stderr.isEmpty)
        let markdown = try HundredfoldBinary.run(
            ["run", "s.yml", "--format", "markdown", "--scales", "1,2"], in: folder.url)
        #expect(markdown.stdout.hasPrefix("## Hundredfold run: ✅ PASS"))
        #expect(markdown.stdout.contains("| figure | 1x | 2x |"))
    }

    @Test func failedBudgetExitsOne() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario.replacingOccurrences(of: "max: 1000", with: "max: 1"), to: "s.yml")
        let result = try HundredfoldBinary.run(["run", "s.yml"], in: folder.url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("✗ queries_per_request"))
        #expect(result.stdout.contains("Verdict: FAIL"))
    }

    @Test func defaultPathIsScenariosFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let missing = try HundredfoldBinary.run(["run"], in: folder.url)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("no such file or folder: 'Scenarios/'"))
        try folder.write(Self.scenario, to: "Scenarios/x/s.yaml")
        let found = try HundredfoldBinary.run(["run", "--format", "json"], in: folder.url)
        #expect(found.exitCode == 0, "\(found.stderr)")
        #expect(found.stdout.contains("\"file\" : \"Scenarios/x/s.yaml\""))
    }

    @Test func everyScenarioIsCheckedBeforeAnyRuns() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario, to: "sc/a.yml")
        try folder.write(
            Self.scenario.replacingOccurrences(of: "name: lookup", with: "name: broken")
                .replacingOccurrences(of: "SELECT total FROM orders", with: "SELECT totl FROM orders"),
            to: "sc/b.yml")
        let result = try HundredfoldBinary.run(["run", "sc", "--out", "r.json"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "sc/b.yml:15:25: error: workload.steps[1].steps[0].query: SQLite: no such column: totl"))
        #expect(folder.listFiles() == ["sc/a.yml", "sc/b.yml"])
    }

    @Test func notUTF8FileExitsTwo() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0x0A]).write(
            to: folder.url.appendingPathComponent("s.yml"))
        let result = try HundredfoldBinary.run(["run", "s.yml"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("s.yml:1:7: error: the file is not valid UTF-8 text"))
    }

    @Test func budgetsFromHundredfoldYml() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.scenario, to: "s.yml")
        try folder.write(
            "budgets:\n  scenarios:\n    lookup:\n      rows_read_per_request: { max: 0 }\n",
            to: "hundredfold.yml")
        let failed = try HundredfoldBinary.run(["run", "s.yml"], in: folder.url)
        #expect(failed.exitCode == 1)
        #expect(failed.stdout.contains("✗ rows_read_per_request: limit 0"))
        try folder.write("budgets:\n  scenario:\n    lookup: {}\n", to: "hundredfold.yml")
        let broken = try HundredfoldBinary.run(["run", "s.yml"], in: folder.url)
        #expect(broken.exitCode == 2)
        #expect(
            broken.stderr.hasPrefix(
                "hundredfold.yml:2:3: error: budgets: unknown key 'scenario'; did you mean 'scenarios'?"))
    }
}
