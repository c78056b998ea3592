import Foundation
import TestSupport
import Testing

/// `run --shard I/N`: which scenarios a shard runs (PRODUCT.md "Past one machine": every N-th
/// scenario, stable by name).
@Suite(.timeLimit(.minutes(2)))
struct ShardAssignmentTests {
    @Test("Shards 1/3, 2/3, 3/3 are disjoint, hold every scenario once, and differ in size by one at most")
    func partition() throws {
        let project = try Project()
        defer { project.remove() }
        try Corpus.write(Corpus.layout(), into: project)
        let shards = try Shards.run(["scenarios"], count: 3, in: project)
        shards.expectPartition(of: Corpus.names)
        let written = Set(project.files()).subtracting(Corpus.layout().keys)
        #expect(written == Set(shards.files), "only the reports are written, atomically: \(written.sorted())")
        let sizes = shards.names.map(\.count)
        #expect(
            (sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1,
            "every 3rd scenario: sizes \(sizes) of \(shards.names)")
    }

    @Test("The same assignment on a second run, and with the files renamed, moved and regrouped")
    func stableByName() throws {
        let project = try Project()
        defer { project.remove() }
        try Corpus.write(Corpus.layout(), into: project)
        let first = try Shards.run(["scenarios"], count: 3, in: project, prefix: "first")
        let second = try Shards.run(["scenarios"], count: 3, in: project, prefix: "second")
        #expect(first.assignment == second.assignment, "\(first.names) then \(second.names)")

        let renamed = try Project()
        defer { renamed.remove() }
        try Corpus.write(Corpus.renamedLayout(), into: renamed)
        let moved = try Shards.run(["scenarios"], count: 3, in: renamed)
        moved.expectPartition(of: Corpus.names)
        #expect(
            first.assignment == moved.assignment, "by name, not by file: \(first.names) vs \(moved.names)")

        // Each folder given as its own path, in another order: still the same assignment.
        let paths = [
            "scenarios/zz", "scenarios/y.yml", "scenarios/m", "scenarios/x.yml", "scenarios/w",
            "scenarios/0-first.yml",
        ]
        let split = try Shards.run(paths, count: 3, in: renamed, prefix: "split")
        #expect(
            first.assignment == split.assignment,
            "by name, not by argument order: \(first.names) vs \(split.names)")
    }

    @Test(
        "A shard past the number of scenarios is a valid empty report (exit 0), and the five shards merge to the whole"
    )
    func emptyShard() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(Corpus.lookup(name: "one"), to: "two/one.yml")
        try project.write(Corpus.lookup(name: "two"), to: "two/two.yml")
        let shards = try Shards.run(["two"], count: 5, in: project)
        shards.expectPartition(of: ["one", "two"])
        #expect(shards.exitCodes == [0, 0, 0, 0, 0], "\(shards.exitCodes)")
        #expect(shards.names.filter(\.isEmpty).count == 3, "\(shards.names)")

        let last = ReportFile(project.read("shard-5.json"))
        #expect(last?.schema == "hundredfold.report/1")
        #expect(
            last?.verdict == "pass",
            "an empty shard passes: \(String(decoding: project.read("shard-5.json") ?? Data(), as: UTF8.self))"
        )
        #expect(last?.root["scenarios"] as? [Any] != nil, "scenarios is an empty list, not absent")

        let full = try project.hf(Interface.fullRun(["two"], out: "full.json"))
        let merged = try project.hf(Interface.merge(shards.files, out: "merged.json"))
        #expect(merged.exitCode == full.exitCode, "\(merged.log)")
        if let merged = report("merged.json", in: project, after: merged),
            let unsharded = report("full.json", in: project, after: full)
        {
            expectSameApartFromTiming(merged: merged, unsharded: unsharded)
        }
    }

    @Test("--shard 1/1 runs everything, and merging that one report gives the unsharded report")
    func oneShard() throws {
        let project = try Project()
        defer { project.remove() }
        try Corpus.write(Corpus.layout(), into: project)
        let shards = try Shards.run(["scenarios"], count: 1, in: project)
        shards.expectPartition(of: Corpus.names)
        let full = try project.hf(Interface.fullRun(["scenarios"], out: "full.json"))
        let merged = try project.hf(Interface.merge(shards.files, out: "merged.json"))
        #expect(merged.exitCode == full.exitCode && full.exitCode == 1, "\(full.log)\n\(merged.log)")
        if let merged = report("merged.json", in: project, after: merged),
            let unsharded = report("full.json", in: project, after: full)
        {
            expectSameApartFromTiming(merged: merged, unsharded: unsharded)
        }
    }

    @Test(
        "A shard that is not I/N with 1 ≤ I ≤ N is refused before anything runs (exit 2)",
        arguments: ["0/3", "4/3", "x/y", "1/0", "3", "2/3/4", "1.5/3", ""])
    func badShard(_ shard: String) throws {
        let project = try Project()
        defer { project.remove() }
        try Corpus.write(Corpus.layout(), into: project)
        // The look-alike that must be accepted, so the refusal is for the right reason.
        let good = try project.hf(Interface.shardRun(["scenarios"], shard: "3/3", out: "good.json"))
        #expect(
            [0, 1].contains(good.exitCode) && ReportFile(project.read("good.json")) != nil,
            "3/3 runs\n\(good.log)")
        let before = project.files()
        let result = try project.hf(Interface.shardRun(["scenarios"], shard: shard, out: "out.json"))
        expectRefusal(result, mentionsOneOf: ["shard"])
        #expect(project.files() == before, "nothing written: \(project.files())")
    }
}
