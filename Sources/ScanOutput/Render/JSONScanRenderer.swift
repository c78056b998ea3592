import Foundation
import StaticScan

/// The machine format: `{"schema": "hundredfold.scan/1", "tool_version": …, "findings": [...]}` with sorted keys and
/// findings in path, line, column, rule order, so the same scan always gives the same bytes.
///
/// Every finding carries all fixed names (PRODUCT.md), with `null` for an absent `loop_line`,
/// `kind` or `sql`.
public struct JSONScanRenderer: ScanRenderer {
    public static let schema = "hundredfold.scan/1"

    public init() {}

    public func render(_ report: ScanReport) -> String {
        let document = Document(
            schema: Self.schema, toolVersion: report.toolVersion,
            findings: report.findings.map(FindingJSON.init),
            filesScanned: report.filesScanned,
            skipped: report.skipped.map { SkippedJSON(path: $0.path, reason: $0.reason) })
        return Self.text(document)
    }

    /// `value` as indented JSON with sorted keys and a final newline (the JSON and SARIF formats);
    /// empty if it cannot be encoded.
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var schema: String
        var toolVersion: String
        var findings: [FindingJSON]
        var filesScanned: Int
        var skipped: [SkippedJSON]

        enum CodingKeys: String, CodingKey {
            case schema, findings, skipped
            case filesScanned = "files_scanned"
            case toolVersion = "tool_version"
        }
    }

    private struct SkippedJSON: Encodable {
        var path: String
        var reason: String
    }

    /// A finding with explicit nulls, so every key is always present.
    private struct FindingJSON: Encodable {
        let finding: Finding

        enum CodingKeys: String, CodingKey {
            case rule, severity, path, line, column, call, kind, confidence, new, message, hint, sql, via
            case loopLine = "loop_line"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(finding.rule, forKey: .rule)
            try container.encode(finding.severity, forKey: .severity)
            try container.encode(finding.path, forKey: .path)
            try container.encode(finding.line, forKey: .line)
            try container.encode(finding.column, forKey: .column)
            try container.encode(finding.loop_line, forKey: .loopLine)
            try container.encode(finding.call, forKey: .call)
            try container.encode(finding.kind, forKey: .kind)
            try container.encode(finding.confidence, forKey: .confidence)
            try container.encode(finding.new, forKey: .new)
            try container.encode(finding.message, forKey: .message)
            try container.encode(finding.hint, forKey: .hint)
            try container.encode(finding.sql, forKey: .sql)
            try container.encode(finding.via ?? [], forKey: .via)
        }
    }
}
