import Foundation
import HundredfoldCore
import StaticScan

/// SARIF 2.1.0 for code-scanning upload (GitHub, Azure DevOps, IDE viewers).
///
/// One run, categorised by `automationDetails.id`; the driver (with its `semanticVersion`) lists
/// every rule of the registry with GitHub's fields: descriptions (the full one within GitHub's
/// 1,024 characters), help carrying the bad and good example (no `helpUri`: see ``ToolInfo``), `precision`, `problem.severity` and tags. Each result points at a repository-relative
/// URI under the `SRCROOT` base (never an absolute path), links its message to the loop and the
/// per-item reads as related locations (`[loop at line 10](1)`), and carries a
/// `partialFingerprints` entry that does not change when unrelated lines move, so uploads of later
/// scans match earlier alerts.
public struct SARIFScanRenderer: ScanRenderer {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// `automationDetails.id`: GitHub's analysis category is `hundredfold/scan`.
    public static let automationID = "hundredfold/scan/"
    /// GitHub shows at most this many characters of a rule's `fullDescription`.
    public static let fullDescriptionLimit = 1024

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
                            name: "hundredfold", version: report.toolVersion,
                            semanticVersion: report.toolVersion,
                            rules: rules.map(rule))),
                    automationDetails: .init(id: Self.automationID),
                    originalUriBaseIds: ["SRCROOT": .init(description: .init(text: "The repository root."))],
                    columnKind: "unicodeCodePoints", results: results)
            ])
        return JSONScanRenderer.text(log)
    }

    // MARK: - Pieces

    private func rule(_ info: RuleInfo) -> SARIF.Rule {
        SARIF.Rule(
            id: info.id, name: info.name, shortDescription: .init(text: info.summary),
            fullDescription: .init(
                text: Self.within(
                    Self.fullDescriptionLimit, info.explanation.isEmpty ? info.summary : info.explanation)),
            help: .init(text: RuleHelp.text(info), markdown: RuleHelp.markdown(info)),
            defaultConfiguration: .init(level: Self.level(info.severity)),
            properties: .init(
                tags: Self.tags(info.topic), precision: Self.precision(info.topic),
                problemSeverity: Self.problemSeverity(info.severity)))
    }

    private func result(_ finding: Finding, ruleIndex: Int, fingerprint: String) -> SARIF.Result {
        var related: [(label: String, location: SARIF.PhysicalLocation)] = []
        if let loop = finding.loop_line {
            related.append(("loop at line \(loop)", location(finding.path, line: loop, column: nil)))
        }
        for place in finding.via ?? [] {
            related.append((place.name, location(place.path, line: place.line, column: nil)))
        }
        let links = related.enumerated().map { "[\(Self.escaped($1.label))](\($0 + 1))" }
        let text =
            Self.escaped(finding.message) + (links.isEmpty ? "" : " (\(links.joined(separator: ", ")))")
        let relatedLocations = related.enumerated().map { index, place in
            SARIF.Location(id: index + 1, physicalLocation: place.location, message: .init(text: place.label))
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
            relatedLocations: relatedLocations.isEmpty ? nil : relatedLocations,
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

    /// `text` cut at the last sentence end that fits `limit` characters (at a word with `…` when
    /// no sentence does).
    static func within(_ limit: Int, _ text: String) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        if let end = head.range(of: ". ", options: .backwards)?.lowerBound {
            return String(head[...end])
        }
        let words = head.prefix(limit - 1)
        let cut = words.lastIndex(of: " ") ?? words.endIndex
        return String(words[..<cut]) + "…"
    }

    /// A message with SARIF's link characters escaped, so only the links added here are links.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\\" || character == "[" || character == "]" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    static func tags(_ topic: RuleTopic) -> [String] {
        switch topic {
        case .performance: ["performance", "scalability"]
        case .suppression: ["maintainability"]
        }
    }

    /// A rule's precision for GitHub: the performance rules measure ≥ 0.9 on the real-code corpora
    /// (README, "Measured on real code"); a suppression comment's finding is a plain fact.
    static func precision(_ topic: RuleTopic) -> String {
        switch topic {
        case .performance: "high"
        case .suppression: "very-high"
        }
    }

    /// GitHub's `problem.severity`: `error`, `warning`, `recommendation`.
    static func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "recommendation"
        }
    }

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
