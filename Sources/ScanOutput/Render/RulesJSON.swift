import HundredfoldCore
import StaticScan

/// `hundredfold rules --format json`: `{"schema": "hundredfold.rules/1", "tool_version": …,
/// "rules": [...]}`, each rule with its id, name, severity, topic, languages and texts, in ID
/// order.
public enum RulesJSON {
    public static let schema = "hundredfold.rules/1"

    public static func render(_ rules: [RuleInfo]) -> String {
        JSONScanRenderer.text(
            Document(schema: schema, toolVersion: ToolInfo.version, rules: rules.map(Entry.init)))
    }

    private struct Document: Encodable {
        var schema: String
        var toolVersion: String
        var rules: [Entry]

        enum CodingKeys: String, CodingKey {
            case schema, rules
            case toolVersion = "tool_version"
        }
    }

    private struct Entry: Encodable {
        var id, name, summary, explanation, hint, topic: String
        var severity: Severity
        var languages: [String]

        init(_ rule: RuleInfo) {
            id = rule.id
            name = rule.name
            summary = rule.summary
            explanation = rule.explanation
            hint = rule.hint
            topic = rule.topic.rawValue
            severity = rule.severity
            languages = rule.languages.map(\.rawValue)
        }

        enum CodingKeys: String, CodingKey {
            case id, name, summary, explanation, hint, topic, severity, languages
        }
    }
}
