import Foundation
import TestSupport
import Testing

/// `run --shard I/N`, `--timings` and `merge` on the real binary: the shards of the bundled
/// scenarios merge into the unsharded report, bad arguments and bad shard sets are refused.
@Suite(.serialized) struct ShardCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func read(_ folder: TemporaryDirectory, _ name: String) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func threeShardsMergeIntoTheUnshardedReport() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let options = ["--scales", "1,2", "--seed", "3"]
        let whole = try HundredfoldBinary.run(
            ["run", "Scenarios"] + options + ["--out", folder.url.appendingPathComponent("whole.json").path],
            in: Self.root)
        #expect(whole.exitCode == 1, "a bundled .bad scenario fails its budget: \(whole.stderr)")
        var shardFiles: [String] = []
        var shardNames: [[String]] = []
        for index in 1...3 {
            let file = folder.url.appendingPathComponent("shard-\(index).json").path
            let result = try HundredfoldBinary.run(
                ["run", "Scenarios", "--shard", "\(index)/3"] + options + ["--out", file], in: Self.root)
            #expect([0, 1].contains(result.exitCode), "\(result.stderr)")
            let report = try Self.json(try Self.read(folder, "shard-\(index).json"))
            let shard = try #require(report["shard"] as? [String: Any])
            #expect(shard["index"] as? Int == index && shard["count"] as? Int == 3)
            let scenarios = try #require(report["scenarios"] as? [[String: Any]])
            shardNames.append(scenarios.compactMap { $0["name"] as? String })
            shardFiles.append(file)
        }
        let wholeText = try Self.read(folder, "whole.json")
        let wholeNames = try #require(try Self.json(wholeText)["scenarios"] as? [[String: Any]]).compactMap {
            $0["name"] as? String
        }
        #expect(shardNames.flatMap { $0 }.sorted() == wholeNames.sorted())
        #expect(
            shardNames.filter { !$0.isEmpty }.count >= 2, "the ten bundled scenarios spread: \(shardNames)")

        let merged = try HundredfoldBinary.run(
            ["merge"] + shardFiles.reversed() + [
                "--out", folder.url.appendingPathComponent("merged.json").path,
            ],
            in: Self.root)
        #expect(merged.exitCode == 1, "the merged run fails as the whole one does: \(merged.stderr)")
        let mergedText = try Self.read(folder, "merged.json")
        #expect(
            try RunCommandOutputTests.withoutTiming(mergedText)
                == RunCommandOutputTests.withoutTiming(wholeText))
        #expect(mergedText.contains("\"duration_ms\""))
        #expect(!mergedText.contains("\"shard\""))
    }

    @Test(arguments: [
        ("0/3", "between 1 and 3"), ("4/3", "between 1 and 3"), ("a/b", "is not I/N"), ("1/0", "at least 1"),
        ("2", "is not I/N"), ("1/2/3", "is not I/N"), ("-1/3", "between 1 and 3"), ("", "Missing value"),
    ])
    func badShardArgumentsAreRefusedBeforeAnythingRuns(shard: String, message: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(RunCommandOutputTests.scenario, to: "s.yml")
        let result = try HundredfoldBinary.run(
            ["run", "s.yml", "--shard=\(shard)", "--out", "r.json"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--shard") && result.stderr.contains(message), "\(result.stderr)")
        #expect(folder.listFiles() == ["s.yml"])
    }

    @Test func timingsWithoutAShardIsAUsageError() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(RunCommandOutputTests.scenario, to: "s.yml")
        let result = try HundredfoldBinary.run(["run", "s.yml", "--timings", "r.json"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--timings"), "\(result.stderr)")
    }

    /// One scenario, two shards: one shard runs it, the other writes a valid empty report and passes;
    /// the two merge into the unsharded report.
    @Test func aShardWithNoScenarioWritesAnEmptyReport() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(RunCommandOutputTests.scenario, to: "s.yml")
        var counts: [Int] = []
        for index in 1...2 {
            let result = try HundredfoldBinary.run(
                ["run", "s.yml", "--shard", "\(index)/2", "--out", "\(index).json"], in: folder.url)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let report = try Self.json(try Self.read(folder, "\(index).json"))
            #expect(report["verdict"] as? String == "pass")
            counts.append((report["scenarios"] as? [Any])?.count ?? -1)
        }
        #expect(counts.sorted() == [0, 1])
        let whole = try HundredfoldBinary.run(["run", "s.yml", "--out", "whole.json"], in: folder.url)
        let merged = try HundredfoldBinary.run(
            ["merge", "1.json", "2.json", "--out", "merged.json"], in: folder.url)
        #expect(whole.exitCode == 0 && merged.exitCode == 0, "\(merged.stderr)")
        #expect(
            try RunCommandOutputTests.withoutTiming(Self.read(folder, "merged.json"))
                == RunCommandOutputTests.withoutTiming(Self.read(folder, "whole.json")))
    }

    /// Refusals name the files, exit 2, and leave `--out` as it was, with no temporary file beside it.
    @Test func mergeRefusesBadShardSetsAndLeavesOutAlone() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(RunCommandOutputTests.scenario, to: "s.yml")
        for index in 1...3 {
            let result = try HundredfoldBinary.run(
                ["run", "s.yml", "--shard", "\(index)/3", "--out", "\(index).json"], in: folder.url)
            #expect(result.exitCode == 0, "\(result.stderr)")
        }
        let seeded = try HundredfoldBinary.run(
            ["run", "s.yml", "--shard", "3/3", "--seed", "9", "--out", "seeded.json"], in: folder.url)
        #expect(seeded.exitCode == 0)
        try folder.write(
            "{\n  \"schema\": \"hundredfold.report/1\",\n  \"scenarios\": [,]\n}\n", to: "broken.json")
        try folder.write("previous\n", to: "out.json")
        let cases: [([String], [String])] = [
            (["1.json", "2.json"], ["shard 3/3 missing", "1.json, 2.json"]),
            (["1.json", "2.json", "2.json", "3.json"], ["2.json", "shard 2/3 is given twice"]),
            (["1.json", "2.json", "seeded.json"], ["seeded.json:1:1", "seed '9' here", "1.json"]),
            (["1.json", "broken.json"], ["broken.json:3:17"]),
            (["s.yml"], ["s.yml:1:", "not a JSON report"]),
        ]
        for (files, messages) in cases {
            let result = try HundredfoldBinary.run(["merge"] + files + ["--out", "out.json"], in: folder.url)
            #expect(result.exitCode == 2, "\(files): \(result.stderr)")
            for message in messages {
                #expect(result.stderr.contains(message), "\(files): \(message) in \(result.stderr)")
            }
            #expect(try Self.read(folder, "out.json") == "previous\n")
        }
        #expect(
            Set(folder.listFiles())
                == ["s.yml", "1.json", "2.json", "3.json", "seeded.json", "broken.json", "out.json"])
        let merged = try HundredfoldBinary.run(
            ["merge", "3.json", "1.json", "2.json", "--out", "out.json"], in: folder.url)
        #expect(merged.exitCode == 0, "\(merged.stderr)")
        #expect(try Self.read(folder, "out.json").hasPrefix("{"))
    }
}
