import Foundation
import TestSupport
import Testing

/// `hundredfold ci --base REF` on real git repositories.
@Suite(.serialized)
struct CIAcceptanceTests {
    static let outputs = ["report.json", "compare.json", "scan.sarif", "summary.md", "report.html"]
    static let scenarioName = "orders-by-user"

    /// The first line of the summary that is not blank and not an HTML comment.
    static func verdictLine(_ summary: String) -> String {
        summary.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("<!--") } ?? ""
    }

    @Test func droppedIndexFailsAndRestoringItPasses() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let baseCommit = try Git.run(["rev-parse", "main"], in: repo.url).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.commit(["schema.sql": CIRepository.unindexedSchema], message: "drop the index")
        let dropCommit = try repo.head()
        let stepSummary = repo.root.url.appendingPathComponent("step-summary.md")
        try Data("# Earlier step\nkeep me\n".utf8).write(to: stepSummary)

        let failing = try repo.ci(["--base", "main"], environment: ["GITHUB_STEP_SUMMARY": stepSummary.path])
        #expect(failing.exitCode == 1, "a dropped index makes rows read grow linearly: \(failing.summary)")
        for name in Self.outputs {
            #expect(exists(repo.outFile(name)), "\(name) is written to .hundredfold/")
        }
        let outDir = repo.url.appendingPathComponent(".hundredfold")
        let partial = ((try? FileManager.default.contentsOfDirectory(atPath: outDir.path)) ?? [])
            .filter {
                $0.hasPrefix(".") || $0.lowercased().contains("tmp") || $0.lowercased().contains("temp")
            }
        #expect(partial.isEmpty, "files are written atomically, no temporary files left: \(partial)")
        let summary = read(repo.outFile("summary.md"))
        #expect(summary.contains("<!-- hundredfold"), "hidden marker for a bot: \(summary)")
        #expect(Self.verdictLine(summary).lowercased().contains("fail"), "verdict first: \(summary)")
        #expect(summary.contains(Self.scenarioName))
        #expect(summary.contains("rows_read_per_request") || summary.lowercased().contains("rows read"))
        #expect(failing.stdout.contains("<!-- hundredfold"), "the summary is printed on stdout")
        let appended = read(stepSummary)
        #expect(
            appended.hasPrefix("# Earlier step\nkeep me\n"), "pre-existing step summary kept: \(appended)")
        #expect(appended.contains("<!-- hundredfold"), "summary appended to GITHUB_STEP_SUMMARY")
        let left = try repo.leftovers()
        #expect(left.isEmpty, "\(left)")

        // The numbers equal a direct `hundredfold run --out` on each commit.
        let direct = (
            base: try repo.directRun(commit: baseCommit), head: try repo.directRun(commit: dropCommit)
        )
        let compare = deltaRecords(in: try parseJSON(file: repo.outFile("compare.json")))
        let ciReport = try Report(file: repo.outFile("report.json"))
        for scale in [1, 10, 100] {
            for figure in ["queries_per_request", "rows_read_per_request", "full_scans_per_request"] {
                let base = direct.base.figure(Self.scenarioName, scale: scale, figure)
                let head = direct.head.figure(Self.scenarioName, scale: scale, figure)
                let record = records(compare, scenario: Self.scenarioName, scale: scale, figure: figure).first
                #expect(
                    approxEqual(record?.base, base),
                    "\(figure)@\(scale) base: ci \(String(describing: record?.base)) vs run \(String(describing: base))"
                )
                #expect(
                    approxEqual(record?.head, head),
                    "\(figure)@\(scale) head: ci \(String(describing: record?.head)) vs run \(String(describing: head))"
                )
                #expect(
                    approxEqual(ciReport.figure(Self.scenarioName, scale: scale, figure), head),
                    "report.json is the head's report")
            }
        }
        let headRowsRead = try #require(
            direct.head.figure(Self.scenarioName, scale: 100, "rows_read_per_request"))
        let baseRowsRead = try #require(
            direct.base.figure(Self.scenarioName, scale: 100, "rows_read_per_request"))
        #expect(headRowsRead >= 9_000, "a full scan of 10,000 orders at scale 100: \(headRowsRead)")
        #expect(baseRowsRead < 100, "an index lookup reads a handful of rows: \(baseRowsRead)")
        #expect(direct.head.growthClass(Self.scenarioName, "rows_read_per_request") == "linear")
        #expect(direct.base.growthClass(Self.scenarioName, "rows_read_per_request") == "constant")
        #expect(
            mentions(summary, headRowsRead),
            "summary shows head rows read \(headRowsRead) at the largest scale")
        #expect(
            mentions(summary, baseRowsRead),
            "summary shows base rows read \(baseRowsRead) at the largest scale")

        // Restore the index: same numbers as the base, so the job passes.
        try repo.commit(["schema.sql": CIRepository.indexedSchema], message: "restore the index")
        let passing = try repo.ci(["--base", "main"])
        #expect(passing.exitCode == 0, "restored index passes: \(passing.summary)")
        #expect(Self.verdictLine(read(repo.outFile("summary.md"))).lowercased().contains("pass"))
        let leftAfterRestore = try repo.leftovers()
        #expect(leftAfterRestore.isEmpty, "\(leftAfterRestore)")
    }

    @Test func nPlusOneAddedByTheHeadFails() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        try repo.commit(["Scenarios/x.yml": CIRepository.scenario(nPlusOne: true)], message: "n+1")
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 1, "2 queries per request exceed max 1: \(result.summary)")
        let summary = read(repo.outFile("summary.md"))
        #expect(summary.contains("queries_per_request") || summary.lowercased().contains("queries"))
        let left = try repo.leftovers()
        #expect(left.isEmpty, "\(left)")
    }

    @Test func regressionBudgetFromTheScenarioFails() throws {
        let regression = "  rows_read_per_request: { regression: { percent: 10 } }\n"
        let scenario = CIRepository.scenario(extraBudget: "")
            .replacingOccurrences(of: "  rows_read_per_request: { growth: constant }\n", with: regression)
        let repo = try CIRepository.make(scenario: scenario)
        defer { repo.root.remove() }
        try repo.commit(["schema.sql": CIRepository.unindexedSchema], message: "drop the index")
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 1, "rows read grow far more than 10%: \(result.summary)")
        #expect(read(repo.outFile("summary.md")).contains(Self.scenarioName))
    }

    /// main moves on after the branch was cut (it drops the index too): the job compares against
    /// the merge-base, where the index still existed, so the regression is still caught.
    @Test func baseIsTheMergeBaseNotTheTipOfTheBranch() throws {
        let regression = "  rows_read_per_request: { regression: { percent: 10 } }\n"
        let scenario = CIRepository.scenario()
            .replacingOccurrences(of: "  rows_read_per_request: { growth: constant }\n", with: regression)
        let repo = try CIRepository.make(scenario: scenario)
        defer { repo.root.remove() }
        try repo.commit(["schema.sql": CIRepository.unindexedSchema], message: "drop the index on the branch")
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        try repo.commit(["schema.sql": CIRepository.unindexedSchema], message: "drop the index on main too")
        try Git.run(["checkout", "-q", "feature"], in: repo.url)
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 1, "against the merge-base, rows read regress: \(result.summary)")
        let left = try repo.leftovers()
        #expect(left.isEmpty, "\(left)")
    }

    @Test func budgetsComeFromTheBaseUnlessAskedOtherwise() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        try repo.commit(
            ["Scenarios/x.yml": CIRepository.scenario(maxQueries: 1000, nPlusOne: true)],
            message: "n+1 and a looser budget")
        let strict = try repo.ci(["--base", "main"])
        #expect(strict.exitCode == 1, "the base's max 1 still applies: \(strict.summary)")
        let strictSummary = read(repo.outFile("summary.md"))
        let loose = try repo.ci(["--base", "main", "--budgets-from", "head"])
        #expect(loose.exitCode == 0, "--budgets-from head uses max 1000: \(loose.summary)")
        let looseSummary = read(repo.outFile("summary.md"))
        let strictLines = strictSummary.split(separator: "\n").filter {
            $0.lowercased().contains("budget") && $0.lowercased().contains("base")
        }
        let looseLines = looseSummary.split(separator: "\n").filter {
            $0.lowercased().contains("budget") && $0.lowercased().contains("head")
        }
        #expect(!strictLines.isEmpty, "summary says budgets came from base: \(strictSummary)")
        #expect(!looseLines.isEmpty, "summary says budgets came from head: \(looseSummary)")
        #expect(Set(strictLines) != Set(looseLines))
        let bogus = try repo.ci(["--base", "main", "--budgets-from", "elsewhere"])
        #expect(bogus.exitCode == 2, "\(bogus.summary)")
    }
}
