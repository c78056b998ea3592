import Foundation
import TestSupport
import Testing

/// `run --shard I/N --timings PREVIOUS.json`: shards balanced by the durations a previous report
/// recorded, still disjoint and complete.
@Suite(.timeLimit(.minutes(2)))
struct TimingsTests {
    /// One scenario that takes far longer than all the others together (thousands of queries a
    /// request against a few), named so that by name alone it shares a shard with two others.
    static let light = ["a-light", "c-light", "d-light", "e-light", "f-light"]

    static func write(into project: Project) throws {
        try project.write(Corpus.nPlusOne(name: "heavy", orders: 4000, requests: 3), to: "s/heavy.yml")
        for name in light { try project.write(Corpus.lookup(name: name, rows: 5), to: "s/\(name).yml") }
    }

    @Test(
        "With the previous report's timings the heavy scenario gets a shard of its own; the same file gives the same shards"
    )
    func balancesByPreviousDurations() throws {
        let project = try Project()
        defer { project.remove() }
        try Self.write(into: project)
        let all = Self.light + ["heavy"]

        let byName = try Shards.run(["s"], count: 2, in: project, prefix: "by-name")
        byName.expectPartition(of: all)

        let previous = try project.hf(Interface.fullRun(["s"], out: "previous.json"))
        #expect(previous.exitCode == 1, "heavy fails its budget\n\(previous.log)")
        let balanced = try Shards.run(
            ["s"], count: 2, in: project, extra: Interface.timings("previous.json"), prefix: "balanced")
        balanced.expectPartition(of: all)
        #expect(balanced.names.contains(["heavy"]), "heavy alone, the rest together: \(balanced.names)")

        let again = try Shards.run(
            ["s"], count: 2, in: project, extra: Interface.timings("previous.json"), prefix: "again")
        #expect(again.assignment == balanced.assignment, "\(balanced.names) then \(again.names)")

        // The merged report of a sharded run serves as the next run's timings too.
        let merged = try project.hf(Interface.merge(balanced.files, out: "merged.json"))
        #expect(merged.exitCode == 1, "\(merged.log)")
        let fromMerged = try Shards.run(
            ["s"], count: 2, in: project, extra: Interface.timings("merged.json"), prefix: "next")
        fromMerged.expectPartition(of: all)
        #expect(
            fromMerged.names.contains(["heavy"]),
            "balanced by the merged report's timings: \(fromMerged.names)")
    }

    @Test(
        "A scenario the previous report lacks is still run by exactly one shard; one it has that is gone is ignored"
    )
    func newAndRemovedScenarios() throws {
        let project = try Project()
        defer { project.remove() }
        try Self.write(into: project)
        let previous = try project.hf(Interface.fullRun(["s"], out: "previous.json"))
        #expect(previous.exitCode == 1, "\(previous.log)")
        try project.write(Corpus.lookup(name: "brand new", rows: 5), to: "s/new.yml")
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("s/c-light.yml"))
        let shards = try Shards.run(["s"], count: 3, in: project, extra: Interface.timings("previous.json"))
        shards.expectPartition(of: ["a-light", "d-light", "e-light", "f-light", "heavy", "brand new"])
    }

    @Test("A timings file that is missing, truncated or not a report is refused, naming it (exit 2)")
    func badTimingsFile() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(Corpus.lookup(name: "one"), to: "s/one.yml")
        try project.write(#"{"hello": "world"}"#, to: "other.json")
        try project.write(#"{"schema": "hundredfold.report/1", "scenarios": [{"na"#, to: "cut.json")
        // The look-alike that must be accepted, so a refusal is for the right reason.
        let previous = try project.hf(Interface.fullRun(["s"], out: "previous.json"))
        let good = try project.hf(
            Interface.shardRun(
                ["s"], shard: "1/2", out: "good.json", extra: Interface.timings("previous.json")))
        #expect(
            previous.exitCode == 0 && good.exitCode == 0 && ReportFile(project.read("good.json")) != nil,
            "a previous report is accepted as timings\n\(good.log)")
        for file in ["missing.json", "other.json", "cut.json"] {
            let before = project.files()
            let result = try project.hf(
                Interface.shardRun(["s"], shard: "1/2", out: "out.json", extra: Interface.timings(file)))
            expectRefusal(result, naming: file)
            #expect(project.files() == before, "\(file): nothing written: \(project.files())")
        }
    }
}
