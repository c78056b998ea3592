import Foundation
import HundredfoldCore
import Reporting
import TestSupport
import Testing

/// End to end through the built binary: the static scan's finding in a real program and the
/// traced run of that program meet on the statement's fingerprint.
@Suite struct StaticMeetsDynamicTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func scanFindingIsConfirmedByTheTracedProgram() throws {
        let repository = try TemporaryDirectory()
        defer { repository.remove() }
        let program = Self.root.appendingPathComponent("Scenarios/real-programs/order_history.py")
        try repository.write(try String(contentsOf: program, encoding: .utf8), to: "order_history.py")
        try Git.run(["init", "-q"], in: repository.url)
        try Git.run(["add", "."], in: repository.url)
        try Git.run(["commit", "-qm", "program"], in: repository.url)
        let scan = try HundredfoldBinary.run(["scan", "--all", "--format", "json"], in: repository.url)
        let findings =
            (try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [String: Any])?["findings"]
            as? [[String: Any]] ?? []
        let sql = try #require(
            findings.first { $0["rule"] as? String == "HF101" }?["sql"] as? String, "\(scan.stdout)")

        let run = try HundredfoldBinary.run(
            ["run", "Scenarios/real-programs/order-history.bad.yml", "--scales", "1,10", "--format", "json"],
            in: Self.root)
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.stdout.utf8))
        let confirmations = RuntimeConfirmations.confirmations(forSQL: sql, in: [report])
        let confirmation = try #require(confirmations.first)
        #expect(confirmations.count == 1)
        #expect(confirmation.scenario == "order-history-program-bad")
        #expect(confirmation.fingerprint == "SELECT sku, qty FROM items WHERE order_id = ?")
        let observed = report.scenarios.first?.scales.map { scale in
            ScaleCount(scale: scale.scale, count: scale.repeated_statements.first?.count ?? 0)
        }
        #expect(confirmation.counts == observed)
        #expect(confirmation.counts.map(\.scale) == [1, 10])
        #expect(confirmation.counts[1].count > confirmation.counts[0].count)
    }
}
