import Foundation
import TestSupport
import Testing

/// `hundredfold merge`: the shard reports of `run --shard I/N` joined into the report an unsharded
/// run writes, the same apart from timing figures, with the same verdict and exit status.
@Suite(.timeLimit(.minutes(2)))
struct MergeTests {
    /// Runs PATHS unsharded and in `count` shards, merges the shards, and compares.
    /// Returns the unsharded run's exit status and report, and the shards.
    @discardableResult
    static func expectMergeEqualsUnsharded(
        _ paths: [String], count: Int, in project: Project, extra: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (full: HundredfoldBinary.Result, unsharded: ReportFile?, shards: Shards) {
        let full = try project.hf(Interface.fullRun(paths, out: "full.json", extra: extra))
        let unsharded = report("full.json", in: project, after: full, sourceLocation: sourceLocation)
        let shards = try Shards.run(
            paths, count: count, in: project, extra: extra, sourceLocation: sourceLocation)
        shards.expectPartition(of: unsharded?.scenarioNames ?? [], sourceLocation: sourceLocation)
        let merged = try project.hf(Interface.merge(shards.files, out: "merged.json"))
        #expect(
            merged.exitCode == full.exitCode,
            "merge exits like the unsharded run (\(full.exitCode))\n\(merged.log)",
            sourceLocation: sourceLocation)
        if let unsharded,
            let mergedReport = report(
                "merged.json", in: project, after: merged, sourceLocation: sourceLocation)
        {
            #expect(mergedReport.verdict == unsharded.verdict, sourceLocation: sourceLocation)
            #expect(
                mergedReport.scenarioNames == unsharded.scenarioNames,
                "scenarios in the unsharded run's order",
                sourceLocation: sourceLocation)
            expectSameApartFromTiming(
                merged: mergedReport, unsharded: unsharded, sourceLocation: sourceLocation)
        }
        return (full, unsharded, shards)
    }

    @Test("The bundled Scenarios/ in 3 shards merge to the unsharded report; verdict fail and exit 1 on both")
    func bundledScenarios() throws {
        let project = try Project()
        defer { project.remove() }
        try project.copyFromCheckout("Scenarios")
        let (full, unsharded, _) = try Self.expectMergeEqualsUnsharded(
            ["Scenarios"], count: 3, in: project, extra: ["--scales", "1,2"])
        #expect(full.exitCode == 1, "the .bad examples fail their budgets\n\(full.log)")
        #expect(unsharded?.verdict == "fail")
        #expect((unsharded?.scenarioNames.count ?? 0) >= 8, "\(unsharded?.scenarioNames ?? [])")
    }

    @Test(
        "Generated scenarios with --seed in 3 shards merge to the unsharded report; the merge ignores argument order"
    )
    func generatedScenariosWithSeed() throws {
        let project = try Project()
        defer { project.remove() }
        try Corpus.write(Corpus.layout(), into: project)
        let (full, unsharded, shards) = try Self.expectMergeEqualsUnsharded(
            ["scenarios"], count: 3, in: project, extra: ["--seed", "5"])
        #expect(full.exitCode == 1 && unsharded?.verdict == "fail", "\(full.log)")
        #expect(unsharded?.root["seed"] as? Int == 5, "the top-level seed survives the merge check")
        #expect(Set(unsharded?.scenarioNames ?? []) == Set(Corpus.names))

        let shuffled = try project.hf(Interface.merge(shards.files.reversed(), out: "reversed.json"))
        #expect(shuffled.exitCode == 1, "\(shuffled.log)")
        #expect(
            project.read("reversed.json") == project.read("merged.json"),
            "the same shard reports in another order merge to the same bytes")
    }

    @Test("All shards passing: merged verdict pass, exit 0, like the unsharded run")
    func passingShards() throws {
        let project = try Project()
        defer { project.remove() }
        for (index, name) in ["p", "q", "r", "s"].enumerated() {
            try project.write(Corpus.lookup(name: name, rows: 10 + index), to: "ok/\(name).yml")
        }
        let (full, unsharded, shards) = try Self.expectMergeEqualsUnsharded(["ok"], count: 2, in: project)
        #expect(full.exitCode == 0 && unsharded?.verdict == "pass", "\(full.log)")
        #expect(shards.exitCodes == [0, 0])
    }

    @Test("A failing scenario alone in its shard: that shard exits 1, the others 0, the merge 1")
    func failureInOneShard() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(Corpus.lookup(name: "fine"), to: "mix/fine.yml")
        try project.write(Corpus.nPlusOne(name: "broken"), to: "mix/broken.bad.yml")
        let (full, unsharded, shards) = try Self.expectMergeEqualsUnsharded(["mix"], count: 2, in: project)
        #expect(full.exitCode == 1 && unsharded?.verdict == "fail", "\(full.log)")
        #expect(
            shards.exitCodes.sorted() == [0, 1], "one shard per scenario: \(shards.names) \(shards.exitCodes)"
        )
    }
}
