import Foundation
import HundredfoldCore

/// `hundredfold check --format json`: `{"schema": "hundredfold.check/1", "tool_version": …,
/// "verdict": "pass"|"fail", "scenarios": [{"name", "verdict", "budgets": [{name, limit, value,
/// passed, scale}]}]}`, scenarios in the report's order.
public enum BudgetCheckJSON {
    public static let schema = "hundredfold.check/1"

    public static func render(_ checked: [(scenario: String, results: [BudgetResult])]) throws -> String {
        let scenarios = checked.map { scenario, results in
            Scenario(name: scenario, verdict: results.allSatisfy(\.passed) ? .pass : .fail, budgets: results)
        }
        let document = Document(
            schema: schema, tool_version: ToolInfo.version,
            verdict: scenarios.allSatisfy { $0.verdict == .pass } ? .pass : .fail, scenarios: scenarios)
        return String(decoding: try ReportJSON.encoder().encode(document), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var schema: String
        var tool_version: String
        var verdict: Verdict
        var scenarios: [Scenario]
    }

    private struct Scenario: Encodable {
        var name: String
        var verdict: Verdict
        var budgets: [BudgetResult]
    }
}
