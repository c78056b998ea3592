import Foundation
import TestSupport
import Testing

/// `hundredfold init --shards N`: a workflow with an N-way matrix of shard jobs and a merge job.
/// DistributionTests run actionlint on it.
@Suite struct InitShardsTests {
    static func workflow(in folder: TemporaryDirectory) throws -> String {
        try String(
            contentsOf: folder.url.appendingPathComponent(".github/workflows/hundredfold.yml"),
            encoding: .utf8)
    }

    @Test func writesAMatrixOfShardsAndAMergeJob() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let result = try HundredfoldBinary.run(["init", "--shards", "3"], in: folder.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let workflow = try Self.workflow(in: folder)
        for expected in [
            "shard: [1, 2, 3]", #"--shard "$SHARD/3""#, "mode: install",
            "name: hundredfold-shard-${{ matrix.shard }}",
            "needs: shard", "pattern: hundredfold-shard-*", #"hundredfold merge "$shards"/head-*.json"#,
            #"--head-report "$RUNNER_TEMP/head.json""#, #"--base-report "$RUNNER_TEMP/base.json""#,
            #"hundredfold ci "${args[@]}""#, "fetch-depth: 0",
        ] {
            #expect(workflow.contains(expected), "\(expected) in:\n\(workflow)")
        }
        #expect(folder.listFiles().contains(".github/workflows/hundredfold-comment.yml"))
    }

    /// The look-alike: without `--shards`, the single-job workflow through the action.
    @Test func withoutShardsTheWorkflowIsOneJob() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(try HundredfoldBinary.run(["init"], in: folder.url).exitCode == 0)
        let workflow = try Self.workflow(in: folder)
        #expect(!workflow.contains("matrix") && !workflow.contains("--shard"))
    }

    @Test(arguments: ["1", "0", "65", "three"])
    func aShardCountOutOfRangeIsAUsageErrorAndWritesNothing(count: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let result = try HundredfoldBinary.run(["init", "--shards", count], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--shards"), "\(result.stderr)")
        #expect(folder.listFiles().isEmpty)
    }
}
