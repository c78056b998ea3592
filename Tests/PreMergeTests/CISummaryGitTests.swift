import Foundation
import Reporting
import TestSupport
import Testing

/// `hundredfold ci` on real git repositories, for what its summary says and where it points: the
/// cause in the first lines, links to the head's lines, a stored base report, output folders.
@Suite(.serialized) struct CISummaryGitTests {
    let git = CIJobGitTests()

    /// A change that lists every order (the scenario then runs a statement per order) and adds a
    /// Python loop that runs that statement, on a repository whose `origin` is `remote`.
    func nPlusOne(remote: String?) throws -> TemporaryDirectory {
        let repo = try git.repository()
        if let remote { try Git.run(["remote", "add", "origin", remote], in: repo.url) }
        try repo.write(CIJobGitTests.unboundedQuery, to: "queries/orders.sql")
        try repo.write(CIJobGitTests.totalsLoop, to: "app/totals.py")
        try git.commit("order totals one by one", in: repo)
        return repo
    }

    func head(_ repo: TemporaryDirectory) throws -> String {
        try Git.run(["rev-parse", "HEAD"], in: repo.url).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    @Test func aFailingChangeNamesItsCauseInTheFirstFiveLinesAndLinksTheLine() throws {
        let repo = try nPlusOne(remote: "git@github.com:acme/shop.git")
        defer { repo.remove() }
        let result = try git.ci(repo)
        #expect(result.exitCode == 1, "\(result.stderr)")
        let first = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(5)
            .joined(separator: "\n")
        #expect(first.contains("- ❌ **order-history**: "), "\(first)")
        #expect(
            first.contains("`SELECT total FROM orders WHERE id = ?` runs 10 times per request"), "\(first)")
        let link = "https://github.com/acme/shop/blob/\(try head(repo))/app/totals.py#L4"
        #expect(first.contains("confirms new finding HF101 at [app/totals.py:4](\(link))"), "\(first)")
        #expect(result.stdout.contains("- [app/totals.py:4](\(link)) **HF101** (error)"), "\(result.stdout)")
    }

    /// Look-alikes: a remote not on github.com has other file addresses, and a remote's credentials
    /// never reach the summary.
    @Test func linksOnlyForGitHubAndNeverWithCredentials() throws {
        let gitlab = try nPlusOne(remote: "https://gitlab.com/acme/shop.git")
        defer { gitlab.remove() }
        let unlinked = try git.ci(gitlab)
        #expect(unlinked.exitCode == 1)
        #expect(!unlinked.stdout.contains("](https://"), "\(unlinked.stdout)")
        #expect(unlinked.stdout.contains("HF101 at `app/totals.py:4`"), "\(unlinked.stdout)")

        let token = try nPlusOne(remote: "https://x-access-token:ghs_SECRET123@github.com/acme/shop")
        defer { token.remove() }
        let linked = try git.ci(token)
        #expect(
            linked.stdout.contains("(https://github.com/acme/shop/blob/\(try head(token))/app/totals.py#L4)"))
        #expect(!linked.stdout.contains("SECRET"), "\(linked.stdout)")
        let written = try String(
            contentsOf: token.url.appendingPathComponent(".hundredfold/summary.md"), encoding: .utf8)
        #expect(!written.contains("SECRET"))
    }

    @Test func onGitHubActionsTheEnvironmentNamesTheRepositoryAndTheRun() throws {
        let repo = try nPlusOne(remote: "git@github.com:someone/else.git")
        defer { repo.remove() }
        var environment = CIJobGitTests.environment(repo)
        environment["GITHUB_SERVER_URL"] = "https://github.example.com"
        environment["GITHUB_REPOSITORY"] = "acme/shop"
        environment["GITHUB_RUN_ID"] = "77"
        let result = try HundredfoldBinary.run(
            ["ci", "--base", "main"], in: repo.url, environment: environment)
        #expect(
            result.stdout.contains(
                "(https://github.example.com/acme/shop/blob/\(try head(repo))/app/totals.py#L4)"),
            "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "[this run's artifacts](https://github.example.com/acme/shop/actions/runs/77)"))
        #expect(!result.stdout.contains("someone/else"))
    }

    /// On a `pull_request` event the checkout is GitHub's merge commit; links go to the pull
    /// request's own head, named by the event, and only when the checkout contains it.
    @Test func onAPullRequestLinksGoToItsHeadNotTheMergeCommit() throws {
        let repo = try nPlusOne(remote: nil)
        defer { repo.remove() }
        let pullRequestHead = try head(repo)
        try Git.run(["checkout", "-q", "-b", "merge", "main"], in: repo.url)
        try Git.run(["merge", "-q", "--no-ff", "-m", "Merge change into main", "change"], in: repo.url)
        let merge = try head(repo)
        var environment = CIJobGitTests.environment(repo)
        environment["GITHUB_SERVER_URL"] = "https://github.com"
        environment["GITHUB_REPOSITORY"] = "acme/shop"
        let event = repo.url.deletingLastPathComponent().appendingPathComponent(
            "\(repo.url.lastPathComponent)-event.json")
        defer { try? FileManager.default.removeItem(at: event) }
        environment["GITHUB_EVENT_PATH"] = event.path

        try Data(#"{"pull_request": {"head": {"sha": "\#(pullRequestHead)"}}}"#.utf8).write(to: event)
        let linked = try HundredfoldBinary.run(
            ["ci", "--base", "main"], in: repo.url, environment: environment)
        #expect(
            linked.stdout.contains("/acme/shop/blob/\(pullRequestHead)/app/totals.py#L4)"), "\(linked.stdout)"
        )

        // The look-alike: an event naming a commit the checkout does not contain.
        let stranger = String(repeating: "ab", count: 20)
        try Data(#"{"pull_request": {"head": {"sha": "\#(stranger)"}}}"#.utf8).write(to: event)
        let fallback = try HundredfoldBinary.run(
            ["ci", "--base", "main"], in: repo.url, environment: environment)
        #expect(fallback.stdout.contains("/acme/shop/blob/\(merge)/app/totals.py#L4)"), "\(fallback.stdout)")
        #expect(!fallback.stdout.contains(stranger))
    }

    // MARK: - A stored base report

    /// The base's report, stored from a run on `main` (as a base branch's CI keeps it).
    func storeBase(_ repo: TemporaryDirectory, as name: String = "base-report.json") throws -> URL {
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        let stored = repo.url.deletingLastPathComponent().appendingPathComponent(
            "\(repo.url.lastPathComponent)-\(name)")
        let result = try HundredfoldBinary.run(["run", "Scenarios", "--out", stored.path], in: repo.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        try Git.run(["checkout", "-q", "change"], in: repo.url)
        return stored
    }

    @Test func aStoredBaseReportReplacesTheBaseRun() throws {
        let repo = try git.repository()
        defer { repo.remove() }
        let stored = try storeBase(repo)
        defer { try? FileManager.default.removeItem(at: stored) }
        // The base branch's scenario no longer loads: only a base that is not run can still compare.
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        try repo.write(
            CIJobGitTests.scenario.replacingOccurrences(of: "requests: 10", with: "requestz: 10"),
            to: "Scenarios/orders.yml")
        try git.commit("break the base's scenario", in: repo)
        try Git.run(["checkout", "-q", "-B", "change"], in: repo.url)
        try repo.write(CIJobGitTests.scenario, to: "Scenarios/orders.yml")
        try repo.write(CIJobGitTests.unindexedSchema, to: "db/schema.sql")
        try git.commit("drop the index", in: repo)

        let result = try git.ci(repo, ["--base-report", stored.path])
        #expect(result.exitCode == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains("could not be run"), "the base was not run: \(result.stdout)")
        #expect(result.stdout.contains("The base is the stored report `\(stored.path)`"), "\(result.stdout)")
        #expect(result.stdout.contains("`rows_read_per_request@10.regression`"))
        #expect(result.stdout.contains("table `orders` is scanned in full"), "\(result.stdout)")

        // The look-alike: without the stored report the broken base counts as added and passes.
        let rerun = try git.ci(repo)
        #expect(rerun.stdout.contains("could not be run"), "\(rerun.stdout)")
    }

    @Test func scenariosTheStoredBaseLacksAreAddedAndSaidSo() throws {
        let repo = try git.repository()
        defer { repo.remove() }
        let stored = try storeBase(repo)
        defer { try? FileManager.default.removeItem(at: stored) }
        try repo.write(
            CIJobGitTests.scenario.replacingOccurrences(
                of: "name: order-history", with: "name: order-totals"),
            to: "Scenarios/totals.yml")
        try git.commit("a second scenario", in: repo)
        let result = try git.ci(repo, ["--base-report", stored.path, "--scales", "1,10,20"])
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("Not in it, so counted as added: `order-totals`."), "\(result.stdout)")
        #expect(
            result.stdout.contains("`order-history` (scales 1x, 10x in it, 1x, 10x, 20x now)"),
            "\(result.stdout)")
        #expect(!result.stdout.contains("counted as removed"))
    }

    @Test func aStoredBaseReportOfTheWrongShapeIsExit2AtItsPosition() throws {
        let repo = try git.repository()
        defer { repo.remove() }
        try repo.write(
            """
            {
              "schema": "hundredfold.report/1",
              "scenarios": [{ "name": 3 }]
            }
            """, to: "bad.json")
        let bad = try git.ci(repo, ["--base-report", "bad.json"])
        #expect(bad.exitCode == 2, "\(bad.stderr)")
        #expect(bad.stderr.hasPrefix("bad.json:3:"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.url.appendingPathComponent(".hundredfold").path))

        try repo.write(#"{"schema": "hundredfold.compare/1", "scenarios": []}"#, to: "compare.json")
        let other = try git.ci(repo, ["--base-report", "compare.json"])
        #expect(other.exitCode == 2)
        #expect(other.stderr.contains("compare.json"), "\(other.stderr)")
        let missing = try git.ci(repo, ["--base-report", "nowhere.json"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("nowhere.json"), "\(missing.stderr)")
        #expect(try git.worktrees(repo) == 1)
    }

    // MARK: - Output folders

    @Test func aRelativeOutDirIsUnderTheWorkingDirectory() throws {
        let repo = try git.repository()
        defer { repo.remove() }
        let subfolder = repo.url.appendingPathComponent("db")
        let result = try HundredfoldBinary.run(
            ["ci", "--base", "main", "--out-dir", "out/ci"], in: subfolder,
            environment: CIJobGitTests.environment(repo))
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: subfolder.path + "/out/ci/compare.json"))
        #expect(!FileManager.default.fileExists(atPath: repo.url.path + "/out/ci/compare.json"))
        #expect(!FileManager.default.fileExists(atPath: repo.url.path + "/.hundredfold"))
    }
}
