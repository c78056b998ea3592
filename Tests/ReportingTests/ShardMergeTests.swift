import HundredfoldCore
import Reporting
import Testing

/// `hundredfold merge`: shard reports joined into the report of the whole run, or refused.
@Suite struct ShardMergeTests {
    static let order = ["n-plus-one-bad", "n-plus-one-fixed", "third"]

    static func scenario(_ name: String, passed: Bool = true) -> ScenarioReport {
        var scenario = RunReportFixture.report.scenarios[1]
        scenario.name = name
        scenario.budgets = [BudgetResult(name: "queries_per_request", limit: "5", value: "1", passed: passed)]
        scenario.verdict = passed ? .pass : .fail
        return scenario
    }

    static func shard(
        _ index: Int, of count: Int = 2, _ scenarios: [ScenarioReport], seed: UInt64? = 7,
        order: [String] = order, scales: [Int]? = nil
    ) -> ShardMerge.Input {
        var report = RunReport(seed: seed, scenarios: scenarios)
        report.shard = ShardInfo(index: index, count: count, run_order: order, scales: scales)
        return ShardMerge.Input(file: "shard-\(index).json", report: report)
    }

    @Test func shardsJoinInTheRunsOrderWithTheVerdictRecomputed() throws {
        let merged = try ShardMerge.merge([
            Self.shard(2, [Self.scenario("third"), Self.scenario("n-plus-one-bad", passed: false)]),
            Self.shard(1, [Self.scenario("n-plus-one-fixed")]),
        ])
        #expect(merged.scenarios.map(\.name) == Self.order)
        #expect(merged.verdict == .fail)
        #expect(merged.shard == nil)
        #expect(merged.seed == 7)
        let unsharded = RunReport(
            seed: 7,
            scenarios: [
                Self.scenario("n-plus-one-bad", passed: false), Self.scenario("n-plus-one-fixed"),
                Self.scenario("third"),
            ])
        #expect(try ReportJSON.encode(merged) == ReportJSON.encode(unsharded))
    }

    /// The look-alike of a failing merge: every shard passes, so the merged run passes; an empty
    /// shard is a valid part of the run.
    @Test func passingShardsAndAnEmptyShardMergeToAPass() throws {
        let merged = try ShardMerge.merge([
            Self.shard(1, of: 3, [Self.scenario("third"), Self.scenario("n-plus-one-bad")]),
            Self.shard(2, of: 3, []),
            Self.shard(3, of: 3, [Self.scenario("n-plus-one-fixed")]),
        ])
        #expect(merged.verdict == .pass)
        #expect(merged.scenarios.count == 3)
    }

    @Test func refusesWhatIsNotOneWholeRun() {
        let a = Self.scenario("n-plus-one-bad")
        let b = Self.scenario("n-plus-one-fixed")
        let c = Self.scenario("third")
        var otherVersion = Self.shard(2, [c])
        otherVersion.report.tool_version = "0.0.1"
        var unsharded = Self.shard(2, [c])
        unsharded.report.shard = nil
        let cases: [([ShardMerge.Input], ReportError)] = [
            ([], .noReports),
            ([Self.shard(1, [a, b]), unsharded], .notAShard(file: "shard-2.json")),
            (
                [Self.shard(1, [a, b]), Self.shard(2, [c], seed: 8)],
                .differentRuns(
                    what: "seed", file: "shard-1.json", value: "7", otherFile: "shard-2.json", otherValue: "8"
                )
            ),
            (
                [Self.shard(1, [a, b]), Self.shard(2, [c], scales: [1, 10])],
                .differentRuns(
                    what: "scales", file: "shard-1.json", value: "the scenarios' own",
                    otherFile: "shard-2.json",
                    otherValue: "1,10")
            ),
            (
                [Self.shard(1, [a, b]), otherVersion],
                .differentRuns(
                    what: "Hundredfold version", file: "shard-1.json", value: ToolInfo.version,
                    otherFile: "shard-2.json", otherValue: "0.0.1")
            ),
            (
                [Self.shard(1, [a, b]), Self.shard(1, [c])],
                .duplicateShard(index: 1, count: 2, files: ["shard-1.json", "shard-1.json"])
            ),
            ([Self.shard(1, of: 3, [a, b])], .missingShards([2, 3], count: 3, given: ["shard-1.json"])),
            (
                [Self.shard(1, [a, b]), Self.shard(2, [b, c])],
                .duplicateScenario(name: "n-plus-one-fixed", files: ["shard-1.json", "shard-2.json"])
            ),
            (
                [Self.shard(1, [a]), Self.shard(2, [c])],
                .missingScenario(name: "n-plus-one-fixed", files: ["shard-1.json", "shard-2.json"])
            ),
            (
                [Self.shard(1, [a, b]), Self.shard(2, [c, Self.scenario("stray")])],
                .unlistedScenario(name: "stray", file: "shard-2.json")
            ),
        ]
        for (inputs, expected) in cases {
            #expect(throws: expected) { try ShardMerge.merge(inputs) }
        }
    }

    /// Shards of a PostgreSQL run merge into a PostgreSQL report; a shard run on another engine is
    /// not part of the same run.
    @Test func theEngineIsKeptAndShardsOfAnotherEngineAreRefused() throws {
        var first = Self.shard(1, [Self.scenario("n-plus-one-bad"), Self.scenario("n-plus-one-fixed")])
        var second = Self.shard(2, [Self.scenario("third")])
        first.report.engine = "postgres"
        second.report.engine = "postgres"
        #expect(try ShardMerge.merge([first, second]).engine == "postgres")
        second.report.engine = "sqlite"
        #expect(
            throws: ReportError.differentRuns(
                what: "engine", file: "shard-1.json", value: "postgres", otherFile: "shard-2.json",
                otherValue: "sqlite")
        ) { try ShardMerge.merge([first, second]) }
    }

    @Test func refusalsNameTheFiles() {
        let message = ReportError.missingShards([3], count: 3, given: ["a.json", "b.json"]).description
        #expect(message.contains("shard 3/3 missing") && message.contains("a.json, b.json"))
        let seed = ReportError.differentRuns(
            what: "seed", file: "a.json", value: "1", otherFile: "b.json", otherValue: "2"
        ).description
        #expect(seed.hasPrefix("b.json:1:1: error:") && seed.contains("a.json"))
    }
}
