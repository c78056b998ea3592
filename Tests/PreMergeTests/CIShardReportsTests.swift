import Foundation
import TestSupport
import Testing

/// `ci` given the reports of sharded runs (`run --shard I/N`) for the base and the head, as the
/// merge job of `init --shards N` does: the same verdict and summary as the single job.
@Suite(.serialized) struct CIShardReportsTests {
    let git = CIJobGitTests()

    /// A second scenario beside the first, so two shards both have work.
    func repository() throws -> TemporaryDirectory {
        let repo = try git.repository()
        try repo.write(
            CIJobGitTests.scenario.replacingOccurrences(
                of: "name: order-history", with: "name: order-totals"),
            to: "Scenarios/totals.yml")
        try git.commit("second scenario", in: repo)
        try Git.run(["branch", "-f", "main", "HEAD"], in: repo.url)
        return repo
    }

    /// `run --shard I/2` of the checked-out commit for I = 1, 2, into `folder`; the file paths.
    func shards(_ side: String, of repo: TemporaryDirectory, into folder: TemporaryDirectory) throws
        -> [String]
    {
        try (1...2).map { index in
            let file = folder.url.appendingPathComponent("\(side)-\(index).json").path
            let result = try HundredfoldBinary.run(
                ["run", "Scenarios", "--shard", "\(index)/2", "--out", file], in: repo.url)
            #expect([0, 1].contains(result.exitCode), "\(result.stderr)")
            return file
        }
    }

    /// The summary without what differs between two runs by design: the lines naming what was
    /// compared (refs or report files), and latency (measured time).
    static func comparable(_ summary: String) -> [String] {
        summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
            !$0.contains("Compared ") && !$0.hasPrefix("### Key figures (") && !$0.contains("p95")
                && !$0.contains("p50") && !$0.contains("p99")
                && !$0.contains("latency")
        }
    }

    @Test func shardReportsGiveTheSingleJobsVerdictAndSummary() throws {
        let repo = try repository()
        defer { repo.remove() }
        let reports = try TemporaryDirectory()
        defer { reports.remove() }
        try Git.run(["checkout", "-q", "main"], in: repo.url)
        let base = try shards("base", of: repo, into: reports)
        try Git.run(["checkout", "-q", "change"], in: repo.url)
        try repo.write(CIJobGitTests.unindexedSchema, to: "db/schema.sql")
        try git.commit("drop the index", in: repo)
        let head = try shards("head", of: repo, into: reports)

        let single = try git.ci(repo)
        #expect(single.exitCode == 1, "\(single.stderr)")
        let sharded = try git.ci(
            repo, base.flatMap { ["--base-report", $0] } + head.flatMap { ["--head-report", $0] })
        #expect(sharded.exitCode == 1, "\(sharded.stderr)")
        #expect(Self.comparable(sharded.stdout) == Self.comparable(single.stdout))
        #expect(sharded.stdout.contains("(stored head"), "\(sharded.stdout.prefix(600))")
        #expect(sharded.stdout.contains("**order-history**") && sharded.stdout.contains("**order-totals**"))
    }

    /// The look-alike: one shard of the head missing is bad input naming the files, not a pass over
    /// half the scenarios.
    @Test func anIncompleteSetOfShardsIsRefused() throws {
        let repo = try repository()
        defer { repo.remove() }
        let reports = try TemporaryDirectory()
        defer { reports.remove() }
        let head = try shards("head", of: repo, into: reports)
        let result = try git.ci(repo, ["--head-report", head[0]])
        #expect(result.exitCode == 2, "\(result.stdout)")
        #expect(
            result.stderr.contains("shard 2/2 missing") && result.stderr.contains("head-1.json"),
            "\(result.stderr)")
    }
}
