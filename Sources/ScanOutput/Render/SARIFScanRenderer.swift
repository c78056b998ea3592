import Foundation
import HundredfoldCore
import StaticScan

/// SARIF 2.1.0 for code-scanning upload (GitHub, Azure DevOps, IDE viewers).
///
/// One run; the driver lists every rule of the registry (id, name, descriptions, help, default
/// level); each result points at a repository-relative URI under the `SRCROOT` base (never an
/// absolute path), relates the loop's line, and carries a `partialFingerprints` entry that does
/// not change when unrelated lines move, so uploads of later scans match earlier alerts.
public struct SARIFScanRenderer: ScanRenderer {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public init() {}

    public func render(_ report: ScanReport) -> String {
        var rules = report.rules
        for id in Set(report.findings.map(\.rule)).sorted() where report.rule(id) == nil {
            let severity = report.findings.first { $0.rule == id }?.severity ?? .warning
            rules.append(
                RuleInfo(id: id, name: id, severity: severity, summary: id, explanation: "", hint: ""))
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let fingerprints = SARIFFingerprint.compute(report.findings)
        let results = zip(report.findings, fingerprints).map { finding, fingerprint in
            result(finding, ruleIndex: ruleIndex[finding.rule] ?? 0, fingerprint: fingerprint)
        }
        let log = SARIF.Log(
            schema: Self.schemaURI, version: "2.1.0",
            runs: [
                SARIF.Run(
                    tool: .init(
                        driver: .init(
                            name: "hundredfold", version: report.toolVersion, rules: rules.map(rule))),
                    originalUriBaseIds: ["SRCROOT": .init(description: .init(text: "The repository root."))],
                    columnKind: "unicodeCodePoints", results: results)
            ])
        return JSONScanRenderer.text(log)
    }

    // MARK: - Pieces

    private func rule(_ info: RuleInfo) -> SARIF.Rule {
        let help = [info.summary, info.hint.isEmpty ? nil : "Fix: \(info.hint)"].compactMap { $0 }.joined(
            separator: " ")
        return SARIF.Rule(
            id: info.id, name: info.name, shortDescription: .init(text: info.summary),
            fullDescription: .init(text: info.explanation.isEmpty ? info.summary : info.explanation),
            help: .init(
                text: help,
                markdown:
                    "**\(info.id) \(info.name)**: \(help)\n\nRun `hundredfold explain \(info.id)` for examples."
            ),
            defaultConfiguration: .init(level: Self.level(info.severity)),
            properties: .init(tags: ["performance", "scalability"]))
    }

    private func result(_ finding: Finding, ruleIndex: Int, fingerprint: String) -> SARIF.Result {
        var text = finding.message
        if let loop = finding.loop_line { text += " (loop at line \(loop))" }
        var related: [SARIF.Location] = []
        if let loop = finding.loop_line {
            related.append(
                SARIF.Location(
                    id: 1, physicalLocation: location(finding.path, line: loop, column: nil),
                    message: .init(text: "the loop")))
        }
        for place in finding.via ?? [] {
            related.append(
                SARIF.Location(
                    id: related.count + 1,
                    physicalLocation: location(place.path, line: place.line, column: nil),
                    message: .init(text: place.name)))
        }
        return SARIF.Result(
            ruleId: finding.rule, ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: .init(text: text),
            locations: [
                SARIF.Location(
                    id: nil,
                    physicalLocation: location(finding.path, line: finding.line, column: finding.column),
                    message: nil)
            ],
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: ["hundredfold/v1": fingerprint],
            properties: .init(
                call: finding.call, kind: finding.kind, confidence: finding.confidence.rawValue,
                new: finding.new, hint: finding.hint))
    }

    private func location(_ path: String, line: Int, column: Int?) -> SARIF.PhysicalLocation {
        let uri = path.addingPercentEncoding(withAllowedCharacters: Self.uriCharacters) ?? path
        return .init(
            artifactLocation: .init(uri: uri, uriBaseId: "SRCROOT"),
            region: .init(startLine: line, startColumn: column))
    }

    private static let uriCharacters = CharacterSet.urlPathAllowed.subtracting(
        CharacterSet(charactersIn: ":;=@&$+,"))

    /// SARIF levels: `error`, `warning`, `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}

/// Stable identities for results: a hash of what the finding is (rule, path, call, kind), not of
/// where it is, plus its occurrence number among identical ones in file order.
enum SARIFFingerprint {
    static func compute(_ findings: [Finding]) -> [String] {
        var seen: [UInt64: Int] = [:]
        return findings.map { finding in
            let hash = FNV1a.hash(
                [finding.rule, finding.path, finding.call, finding.kind ?? ""].joined(separator: "\u{0}"))
            let occurrence = (seen[hash] ?? 0) + 1
            seen[hash] = occurrence
            return String(format: "%016llx", hash) + ":\(occurrence)"
        }
    }
}
