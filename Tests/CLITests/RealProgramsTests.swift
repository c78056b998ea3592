import Foundation
import TestSupport
import Testing

/// `hundredfold run` on the real-program examples: a Python program traced per request through the
/// built preload library, its N+1 caught as linear growth, its batched fix passing.
@Suite(.serialized) struct RealProgramsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func scenario(_ file: String) throws -> (exitCode: Int32, scenario: [String: Any]) {
        let result = try HundredfoldBinary.run(
            ["run", "Scenarios/real-programs/\(file)", "--format", "json", "--scales", "1,10"], in: Self.root)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let scenario = try #require((object?["scenarios"] as? [[String: Any]])?.first, "\(result.stderr)")
        return (result.exitCode, scenario)
    }

    @Test func nPlusOneProgramFailsAndBatchedProgramPasses() throws {
        let bad = try scenario("order-history.bad.yml")
        #expect(bad.exitCode == 1)
        #expect(bad.scenario["stopped"] == nil)
        let growth = bad.scenario["growth"] as? [String: [String: Any]]
        #expect(growth?["queries_per_request"]?["class"] as? String == "linear")
        let scales = bad.scenario["scales"] as? [[String: Any]] ?? []
        let repeated = (scales.last?["repeated_statements"] as? [[String: Any]])?.first
        #expect(repeated?["fingerprint"] as? String == "SELECT sku, qty FROM items WHERE order_id = ?")

        let fixed = try scenario("order-history.fixed.yml")
        #expect(fixed.exitCode == 0)
        let queries = (fixed.scenario["scales"] as? [[String: Any]] ?? []).map {
            ($0["queries_per_request"] as? [String: Any])?["max"] as? Double
        }
        #expect(queries == [2, 2])
    }
}
