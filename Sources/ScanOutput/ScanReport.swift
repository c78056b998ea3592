import HundredfoldCore
import StaticScan

/// Everything a renderer shows about one scan: the findings, the rules behind them, what was
/// skipped, and the `--fail-on` threshold that decides the verdict.
public struct ScanReport: Sendable, Equatable {
    /// Findings sorted by path, line, column, rule.
    public private(set) var findings: [Finding]
    /// Metadata of every rule the scanner knows (SARIF lists them; text names them).
    public var rules: [RuleInfo]
    /// How many files were scanned.
    public var filesScanned: Int
    /// Files named by the input that were not scanned, and why.
    public var skipped: [SkippedFile]
    /// The lowest severity of a new finding that fails the scan; nil never fails.
    public var failOn: Severity?
    /// The tool version, for SARIF.
    public var toolVersion: String

    public init(
        findings: [Finding], rules: [RuleInfo], filesScanned: Int, skipped: [SkippedFile] = [],
        failOn: Severity? = .error, toolVersion: String = ScanReport.defaultToolVersion
    ) {
        self.findings = findings.sorted(by: Self.order)
        self.rules = rules.sorted { $0.id < $1.id }
        self.filesScanned = filesScanned
        self.skipped = skipped.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
        self.failOn = failOn
        self.toolVersion = toolVersion
    }

    public static let defaultToolVersion = ToolInfo.version

    /// True when some new finding is at or above the `--fail-on` severity.
    public var failed: Bool {
        guard let failOn else { return false }
        return findings.contains { $0.new && $0.severity >= failOn }
    }

    /// The metadata of rule `id`, if known.
    public func rule(_ id: String) -> RuleInfo? {
        rules.first { $0.id == id }
    }

    /// Finding counts by severity, highest first, skipping zeros: `2 errors, 1 warning`.
    public var severityCounts: String {
        Severity.allCases.reversed().compactMap { severity in
            let count = findings.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// The order of every output: path, line, column, rule.
    static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.rule) < (rhs.path, rhs.line, rhs.column, rhs.rule)
    }
}

/// What renderers need to know about a rule, taken from the rule registry.
public struct RuleInfo: Sendable, Equatable {
    public var id: String
    /// The kebab-case name (`query-in-loop`).
    public var name: String
    public var severity: Severity
    /// One sentence.
    public var summary: String
    /// A paragraph: why it matters.
    public var explanation: String
    /// How to fix it.
    public var hint: String
    /// What the rule is about: performance (HF1xx, HF2xx) or suppression comments (HF9xx).
    public var topic: RuleTopic
    /// The languages the rule checks.
    public var languages: [Language]
    /// The first triggering example, shown as "bad" in help texts.
    public var badExample: RuleExample?
    /// The first non-triggering example, shown as "good".
    public var goodExample: RuleExample?

    public init(
        id: String, name: String, severity: Severity, summary: String, explanation: String, hint: String,
        topic: RuleTopic = .performance, languages: [Language] = [], badExample: RuleExample? = nil,
        goodExample: RuleExample? = nil
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.hint = hint
        self.topic = topic
        self.languages = languages
        self.badExample = badExample
        self.goodExample = goodExample
    }
}

/// What a rule's findings are about.
public enum RuleTopic: String, Sendable, Equatable {
    /// A call or query whose cost grows with the data.
    case performance
    /// A `hundredfold:ignore` comment itself.
    case suppression
}

/// A file the input named but the scan did not read.
public struct SkippedFile: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`, the form of the warning on stderr.
    public var description: String { "\(path): \(reason)" }
}
