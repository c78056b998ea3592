import Foundation
import TestSupport
import Testing

/// `hundredfold ci` given the shard reports of the base and of the head (the merge job of a
/// sharded workflow) says what the single job says, timing aside.
@Suite(.timeLimit(.minutes(2)))
struct CIShardTests {
    /// The summary without the lines ``Interface/isComparedSummaryLine(_:)`` leaves out.
    static func comparedLines(_ data: Data?) -> [String] {
        String(decoding: data ?? Data(), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init).filter(Interface.isComparedSummaryLine)
    }

    @Test(
        "ci with 3 base and 3 head shard reports: same exit, head and base reports and summary as the single job"
    )
    func shardReportsGiveTheSingleJobsAnswer() throws {
        let project = try Project()
        defer { project.remove() }
        let repo = try project.subfolder("repo")
        func git(_ arguments: [String]) throws { try Git.run(arguments, in: repo.url) }
        try git(["init", "-q", "-b", "main"])
        for name in ["one", "two", "three", "four"] {
            try repo.write(Corpus.lookup(name: name, rows: 8), to: "Scenarios/\(name).yml")
        }
        try git(["add", "Scenarios"])
        try git(["commit", "-q", "-m", "base"])
        try git(["checkout", "-q", "-b", "feature"])
        try repo.write(Corpus.nPlusOne(name: "two"), to: "Scenarios/two.yml")
        try git(["commit", "-q", "-am", "an N+1 in two"])

        let single = try repo.hf(["ci", "--base", "main", "--out-dir", "../single"])
        #expect(single.exitCode == 1, "the N+1 fails its budget\n\(single.log)")

        try git(["worktree", "add", "-q", "../base", "main"])
        let base = try Shards.run(
            ["Scenarios"], count: 3, in: try project.subfolder("base"), prefix: "../base-shard")
        try git(["worktree", "remove", "--force", "../base"])
        let head = try Shards.run(["Scenarios"], count: 3, in: repo, prefix: "../head-shard")
        let baseFiles = base.files.map { project.url.appendingPathComponent(String($0.dropFirst(3))).path }
        let headFiles = head.files.map { project.url.appendingPathComponent(String($0.dropFirst(3))).path }

        let sharded = try repo.hf(
            ["ci", "--base", "main", "--out-dir", "../sharded"]
                + Interface.ciShardReports(base: baseFiles, head: headFiles))
        #expect(sharded.exitCode == single.exitCode, "\(sharded.log)")
        for name in ["report.json", "base-report.json"] {
            guard let one = ReportFile(project.read("single/\(name)")),
                let other = ReportFile(project.read("sharded/\(name)"))
            else {
                Issue.record("\(name) missing in single/ or sharded/: \(project.files())\n\(sharded.log)")
                continue
            }
            expectSameApartFromTiming(merged: other, unsharded: one)
        }
        let singleSummary = Self.comparedLines(project.read("single/summary.md"))
        let shardedSummary = Self.comparedLines(project.read("sharded/summary.md"))
        #expect(!singleSummary.isEmpty)
        let sameSummary = shardedSummary == singleSummary
        #expect(
            sameSummary,
            "summary, timing lines aside: \(divergence(shardedSummary.joined(separator: "\n"), singleSummary.joined(separator: "\n")))"
        )
    }
}
