import Foundation
import TestSupport
import Testing

/// `hundredfold ci` options (`--scales`, `--seed`, `--config`, `--fail-on`), what its JSON carries
/// (tool version, the commits compared, the p-value as a number), and its summary's escaping.
@Suite(.serialized)
struct CIOptionsAcceptanceTests {
    static let httpInALoop =
        "import requests\n\ndef fetch_all(urls):\n    out = []\n    for url in urls:\n        out.append(requests.get(url))\n    return out\n"

    @Test func scalesAndSeedReachBothSides() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let result = try repo.ci(["--base", "main", "--scales", "1,10", "--seed", "7"])
        #expect(result.exitCode == 0, "\(result.summary)")
        for name in ["report.json", "base-report.json"] {
            let report = try Report(file: repo.outFile(name))
            #expect(report.scaleNumbers(CIAcceptanceTests.scenarioName) == [1, 10], "\(name)")
            #expect(number(report.scenario(CIAcceptanceTests.scenarioName)?["seed"]) == 7, "\(name)")
        }
    }

    @Test func anAbsoluteOutDirIsUsedAsGiven() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let out = repo.root.url.appendingPathComponent("outside/ci")
        let result = try repo.ci(["--base", "main", "--out-dir", out.path])
        #expect(result.exitCode == 0, "\(result.summary)")
        #expect(exists(out.appendingPathComponent("compare.json")), "written where asked: \(out.path)")
        #expect(
            !exists(repo.url.appendingPathComponent(String(out.path.dropFirst()))),
            "not joined onto the repository")
    }

    @Test func badScalesAreUsageErrorsBeforeAnyRun() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let result = try repo.ci(["--base", "main", "--scales", "1,x"])
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("--scales"), "\(result.summary)")
        #expect(!exists(repo.outFile("compare.json")))
    }

    @Test func configFileAppliesToBothSides() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let config = repo.root.url.appendingPathComponent("strict.yml")
        try Data("budgets:\n  bytes_returned_per_request: { max: 1 }\n".utf8).write(to: config)
        let strict = try repo.ci(["--base", "main", "--config", config.path])
        #expect(strict.exitCode == 1, "a budget of 1 byte returned fails: \(strict.summary)")
        #expect(read(repo.outFile("summary.md")).contains("bytes_returned_per_request"))
        let loose = try repo.ci(["--base", "main"])
        #expect(loose.exitCode == 0, "without --config the repository's own (none) apply: \(loose.summary)")
        let missing = try repo.ci(["--base", "main", "--config", "nope.yml"])
        #expect(missing.exitCode == 2, "\(missing.summary)")
        #expect(missing.stderr.contains("nope.yml"), "\(missing.summary)")
    }

    @Test func failOnDecidesWhetherAFindingFailsTheJob() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        try repo.commit(["app/fetch.py": Self.httpInALoop], message: "http in a loop")
        let strict = try repo.ci(["--base", "main"])
        #expect(strict.exitCode == 1, "HF103 is an error by default: \(strict.summary)")
        #expect(read(repo.outFile("summary.md")).contains("app/fetch.py:6"))
        let none = try repo.ci(["--base", "main", "--fail-on", "none"])
        #expect(none.exitCode == 0, "--fail-on none never fails on findings: \(none.summary)")
        #expect(read(repo.outFile("summary.md")).contains("app/fetch.py:6"), "the finding is still listed")
    }

    @Test func compareJSONCarriesVersionCommitsAndPValues() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let base = try Git.run(["rev-parse", "main"], in: repo.url).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.commit(["README.md": "change\n"], message: "a change")
        let head = try repo.head()
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 0, "\(result.summary)")
        let compare = try #require(try parseJSON(file: repo.outFile("compare.json")) as? [String: Any])
        #expect(compare["tool_version"] as? String == "0.1.0")
        #expect(compare["base_commit"] as? String == base)
        #expect(compare["head_commit"] as? String == head)
        let figures = ((compare["scenarios"] as? [[String: Any]]) ?? []).flatMap {
            (($0["scales"] as? [[String: Any]]) ?? []).flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
        }
        let latency = figures.filter { ($0["figure"] as? String)?.hasPrefix("latency") == true }
        #expect(!latency.isEmpty)
        for figure in latency where figure["verdict"] as? String != "not_compared" {
            let p = try #require(figure["p_value"] as? Double, "p_value is a number: \(figure)")
            #expect((0...1).contains(p))
        }
        let report = try #require(try parseJSON(file: repo.outFile("report.json")) as? [String: Any])
        #expect(report["tool_version"] as? String == "0.1.0")
        let sarif = read(repo.outFile("scan.sarif"))
        #expect(sarif.contains("\"semanticVersion\" : \"0.1.0\""))
    }

    @Test func noScenarioOnTheHeadIsBadInputWithAHint() throws {
        let root = try TemporaryDirectory(prefix: "hundredfold-ci")
        defer { root.remove() }
        try root.write("def ok():\n    return 1\n", to: "app/util.py")
        try Git.run(["init", "-q", "-b", "main"], in: root.url)
        try Git.run(["add", "--", "app/util.py"], in: root.url)
        try Git.run(["commit", "-q", "-m", "base"], in: root.url)
        try Git.run(["checkout", "-q", "-b", "feature"], in: root.url)
        try root.write(Self.httpInALoop, to: "app/fetch.py")
        try Git.run(["add", "--", "app/fetch.py"], in: root.url)
        try Git.run(["commit", "-q", "-m", "http in a loop"], in: root.url)
        let result = try HundredfoldBinary.run(["ci", "--base", "main"], in: root.url)
        #expect(result.exitCode == 2, "a gate that ran no scenario must not pass: \(result.summary)")
        #expect(result.stderr.contains("no scenario found in 'Scenarios'"), "\(result.summary)")
        #expect(result.stderr.contains("hundredfold init"), "the hint names the way out: \(result.summary)")
        #expect(result.stderr.contains("hundredfold scan --base"), "\(result.summary)")
        #expect(result.stdout.isEmpty, "no empty table is printed: \(result.summary)")
    }

    @Test func anInjectedScenarioNameReachesTheSummaryAsText() throws {
        let name = "<img src=x onerror=alert(1)> ![t](https://example.com/t.png) `x"
        let scenario = CIRepository.scenario().replacingOccurrences(
            of: "name: orders-by-user", with: "name: \"\(name)\"")
        let repo = try CIRepository.make(scenario: scenario)
        defer { repo.root.remove() }
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 0, "\(result.summary)")
        let summary = read(repo.outFile("summary.md"))
        #expect(!summary.contains("<img"), "\(summary)")
        #expect(!summary.contains("![t]("), "no image is loaded from a name: \(summary)")
        #expect(
            summary.contains("&lt;img src=x onerror=alert(1)&gt; !\\[t\\](https://example.com/t.png) \\`x"))
    }
}
