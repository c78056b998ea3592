import Foundation
import TestSupport
import Testing

/// Exit codes, `--fail-on`, usage errors, `rules` and `explain`.
@Suite("scan command line")
struct CommandTests {
    // MARK: - --fail-on

    @Test func failOnSetsTheExitCode() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let none = try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        #expect(none.result.exitCode == 0, "\(none.result.stderr)")
        let finding = try #require(none.findings.first { $0.rule == "HF101" })
        #expect(
            finding.severity == "warning" || finding.severity == "error",
            "an N+1 over a query result is not a note")

        let warning = try Scan.json(["--base", "HEAD~1", "--fail-on", "warning"], in: repo.url)
        #expect(warning.result.exitCode == 1, "\(warning.result.stderr)")
        #expect(
            warning.findings.count == none.findings.count,
            "the threshold changes the exit code, not the report")

        let error = try Scan.json(["--base", "HEAD~1", "--fail-on", "error"], in: repo.url)
        #expect(error.result.exitCode == (finding.severity == "error" ? 1 : 0))
        let byDefault = try Scan.json(["--base", "HEAD~1"], in: repo.url)
        #expect(byDefault.result.exitCode == error.result.exitCode, "default is --fail-on error")
    }

    @Test func safeChangePassesEveryThreshold() throws {
        let repo = try Fixture.safeRepository()
        defer { repo.remove() }
        for level in ["none", "warning", "error"] {
            let outcome = try Scan.json(["--base", "HEAD~1", "--fail-on", level], in: repo.url)
            #expect(outcome.result.exitCode == 0, "\(level): \(outcome.result.stderr)")
            #expect(outcome.document?.findings.isEmpty == true)
        }
    }

    @Test func badFailOnValueIsUsageError() throws {
        let repo = try Fixture.safeRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "HEAD~1", "--fail-on", "sometimes"], in: repo.url)
        #expect(result.exitCode == 2)
    }

    // MARK: - Usage and git errors

    @Test func missingGitRefIsBadInput() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(["scan", "--base", "no-such-branch"], in: repo.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("no-such-branch"), "names the missing ref: \(result.stderr)")
        #expect(result.stdout.isEmpty || !result.stdout.contains("HF101"))
    }

    @Test func missingHeadRefIsBadInput() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "HEAD~1", "--head", "nope-head"], in: repo.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("nope-head"))
    }

    @Test func diffAndBaseTogetherIsUsageError() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        try repo.write(Data(try Scan.gitDiff(["HEAD~1"], in: repo.url)), to: "change.diff")
        let result = try HundredfoldBinary.run(
            ["scan", "--diff", "change.diff", "--base", "HEAD~1"], in: repo.url)
        #expect(result.exitCode == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingDiffFileIsBadInput() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(["scan", "--diff", "no-such.diff"], in: repo.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("no-such.diff"))
    }

    @Test func headRefScansBetweenTwoCommits() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        // A later, unrelated working-tree edit must not matter when --head is given.
        try repo.write(Data(Fixture.viewsBase.utf8), to: "app/views.py")
        let outcome = try Scan.json(
            ["--base", "HEAD~1", "--head", "HEAD", "--fail-on", "none"], in: repo.url)
        #expect(
            outcome.findings.map(\.key) == [
                FindingKey(rule: "HF101", path: "app/views.py", line: Fixture.findingLine)
            ])
        let working = try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        #expect(working.document?.findings.isEmpty == true, "working tree equals the base again")
    }

    // MARK: - rules and explain

    @Test func rulesListsAllTwelve() throws {
        let result = try HundredfoldBinary.run(["rules"])
        #expect(result.exitCode == 0)
        for id in allRuleIDs { #expect(result.stdout.contains(id), "\(id) missing from `hundredfold rules`") }
    }

    @Test func explainShowsBadAndGoodExample() throws {
        let result = try HundredfoldBinary.run(["explain", "HF101"])
        #expect(result.exitCode == 0)
        let text = result.stdout.lowercased()
        #expect(text.contains("hf101"))
        #expect(text.contains("bad") || text.contains("triggering"), "a bad example")
        #expect(text.contains("good") || text.contains("non-triggering"), "a good example")
        for id in allRuleIDs {
            let each = try HundredfoldBinary.run(["explain", id])
            #expect(each.exitCode == 0 && each.stdout.contains(id), "explain \(id)")
        }
        let lower = try HundredfoldBinary.run(["explain", "hf101"])
        #expect(lower.exitCode == 0 || lower.exitCode == 2, "no crash on a lower-case ID")
    }

    @Test func explainUnknownRuleIsUsageError() throws {
        let result = try HundredfoldBinary.run(["explain", "HF999"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("HF999"))
    }
}
