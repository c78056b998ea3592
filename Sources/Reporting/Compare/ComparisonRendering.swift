import Foundation
import HundredfoldCore

/// What a comparison renderer is given: the comparison, the new static findings of the change
/// (empty for `compare`), and how to name the two sides.
public struct ComparisonDocument: Sendable {
    public var comparison: ReportComparison
    public var findings: [FindingLine]
    public var baseLabel: String
    public var headLabel: String
    /// True for one run's report (`run --format html`): there is no base side.
    public var single: Bool = false
    /// False when the change was not scanned, so "no findings" is not claimed.
    public var staticScan: Bool = true
    /// Where files and the CI run can be opened on the web; nil when unknown.
    public var links: SourceLinks?
    /// When the comparison was made, shown in the HTML report; nil leaves the date out (golden
    /// files, one run's report).
    public var generated: Date?

    public init(
        comparison: ReportComparison, findings: [FindingLine] = [], baseLabel: String = "base",
        headLabel: String = "head"
    ) {
        self.comparison = comparison
        self.findings = findings
        self.baseLabel = baseLabel
        self.headLabel = headLabel
    }

    /// One run's report, shown with its own recorded budgets and no base.
    public static func run(_ report: RunReport) -> ComparisonDocument {
        var comparison = ReportComparator.compare(
            base: RunReport(scenarios: []), head: report, budgetsFrom: .head)
        for index in comparison.scenarios.indices {
            let recorded = report.scenarios[index]
            comparison.scenarios[index].budgets = recorded.budgets
            comparison.scenarios[index].verdict = recorded.verdict
        }
        comparison.verdict = report.verdict
        var document = ComparisonDocument(comparison: comparison, headLabel: "run")
        document.single = true
        return document
    }

    /// The verdict with the findings: an error-severity finding of the change fails too.
    public var verdict: Verdict {
        comparison.verdict == .fail || findings.contains { $0.failing } ? .fail : .pass
    }
}

/// A static finding as comparison reports list it (Reporting does not depend on the scanner).
public struct FindingLine: Codable, Sendable, Equatable {
    public var rule: String
    public var severity: String
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var hint: String
    /// True when the finding reaches the `--fail-on` threshold the job used.
    public var failing: Bool
    /// The SQL statement the finding's call carries, when it carries a literal one.
    public var sql: String?
    /// The scenarios that ran the finding's statement repeatedly in one request at run time.
    public var confirmed_by: [RuntimeConfirmation]?

    public init(
        rule: String, severity: String, path: String, line: Int, column: Int, message: String, hint: String,
        failing: Bool, sql: String? = nil, confirmed_by: [RuntimeConfirmation]? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.failing = failing
        self.sql = sql
        self.confirmed_by = confirmed_by
    }

    /// This finding marked with the scenarios of `report` that repeated its statement, if any.
    public func confirmed(by report: RunReport) -> FindingLine {
        guard let sql else { return self }
        let confirmations = RuntimeConfirmations.confirmations(forSQL: sql, in: [report])
        var line = self
        line.confirmed_by = confirmations.isEmpty ? nil : confirmations
        return line
    }

    /// "confirmed at run time: `scenario` ran it 10 → 100 → 1000 times per request (1x → 10x → 100x)",
    /// one clause per confirming scenario; nil when nothing confirmed it.
    public var confirmationText: String? {
        guard let confirmed_by, !confirmed_by.isEmpty else { return nil }
        let clauses = confirmed_by.map { confirmation in
            let counts = confirmation.counts.map { String($0.count) }.joined(separator: " → ")
            let scales = confirmation.counts.map { "\($0.scale)x" }.joined(separator: " → ")
            return
                "\(MarkdownText.code(confirmation.scenario)) ran it \(counts) times per request (\(scales))"
        }
        return "confirmed at run time: " + clauses.joined(separator: "; ")
    }
}

/// A comparison output format, by the name `--format` takes.
public enum ComparisonFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case html

    /// The renderer of this format.
    public var renderer: any ComparisonRenderer {
        switch self {
        case .text: ComparisonText()
        case .markdown: PullRequestSummary()
        case .json: ComparisonJSON()
        case .html: HTMLReport()
        }
    }
}

/// Turns a comparison into one output format. Output is deterministic for the same input.
public protocol ComparisonRenderer: Sendable {
    func render(_ document: ComparisonDocument) throws -> String
}

/// `compare.json`: the comparison with sorted keys.
public struct ComparisonJSON: ComparisonRenderer {
    public init() {}

    public func render(_ document: ComparisonDocument) throws -> String {
        let data = try ReportJSON.encoder().encode(document.comparison)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
