import Foundation
import TestSupport
import Testing

/// The bundled example pairs, end to end through the built binary: each bad version fails its
/// budget with the growth class a reader expects, each fixed version passes.
@Suite(.serialized) struct RunCommandExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Pair name → the figure the bad version grows in, and how.
    static let pairs: [(name: String, figure: String, growth: String)] = [
        ("n-plus-one", "queries_per_request", "linear"),
        ("unindexed-filter", "rows_read_per_request", "linear"),
        ("unbounded-list", "rows_returned_per_request", "linear"),
        ("insert-loop", "queries_per_request", "linear"),
    ]

    func runJSON(_ file: String) throws -> (exitCode: Int32, scenario: [String: Any]) {
        let result = try HundredfoldBinary.run(
            ["run", "Scenarios/\(file)", "--format", "json"], in: Self.root)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let scenario = (object?["scenarios"] as? [[String: Any]])?.first
        guard let scenario else {
            Issue.record("no scenario in the output of \(file): \(result.stderr)")
            return (result.exitCode, [:])
        }
        return (result.exitCode, scenario)
    }

    @Test(arguments: pairs.map(\.name))
    func badFailsWithTheExpectedGrowthAndFixedPasses(pair: String) throws {
        let expected = try #require(Self.pairs.first { $0.name == pair })
        let bad = try runJSON("\(pair).bad.yml")
        #expect(bad.exitCode == 1)
        #expect(bad.scenario["verdict"] as? String == "fail")
        let growth = bad.scenario["growth"] as? [String: [String: Any]]
        #expect(growth?[expected.figure]?["class"] as? String == expected.growth)
        let budgets = bad.scenario["budgets"] as? [[String: Any]] ?? []
        let failed = budgets.filter { $0["passed"] as? Bool == false }.compactMap { $0["name"] as? String }
        #expect(failed.contains { $0.hasPrefix(expected.figure) }, "failed budgets: \(failed)")

        let fixed = try runJSON("\(pair).fixed.yml")
        #expect(fixed.exitCode == 0)
        #expect(fixed.scenario["verdict"] as? String == "pass")
        let fixedGrowth = fixed.scenario["growth"] as? [String: [String: Any]]
        #expect(fixedGrowth?[expected.figure]?["class"] as? String != expected.growth)
    }
}
