/// A static rule: one file carrying its description, its examples, and its check.
///
/// Register a new rule in ``RuleRegistry/all``; the examples test then runs its examples (and
/// each triggering one inside a comment and a string) without further code.
public protocol Rule: Sendable {
    /// Who the rule is and its examples: the text of `hundredfold rules` and `explain`.
    var description: RuleDescription { get }
    /// When the rule runs: over the code, or after suppressions were applied (HF901/HF902).
    var phase: RulePhase { get }
    /// Whether `finding`, on a line and in a loop the change did not touch, is still the change's
    /// doing because it comes from lines the change removed (HF107 on the query they stood in,
    /// HF106 on a read they made lazy); the scanner keeps it.
    func followsFromRemovedLines(_ finding: Finding) -> Bool
    /// The findings in `file` (before suppression and changed-line filtering).
    func check(_ file: AnalyzedFile) -> [Finding]
}

extension Rule {
    public var phase: RulePhase { .code }
    public func followsFromRemovedLines(_ finding: Finding) -> Bool { false }
}

/// When a rule runs.
public enum RulePhase: Sendable {
    case code
    /// After the code rules' findings were matched against suppression comments.
    case suppressions
}

/// What `hundredfold rules` and `hundredfold explain ID` print.
public struct RuleDescription: Sendable {
    /// `HF101`.
    public var id: String
    /// `query-in-loop`.
    public var name: String
    public var severity: Severity
    /// One sentence.
    public var summary: String
    /// A paragraph: what is detected, why it costs, what stays silent.
    public var explanation: String
    /// How to fix a finding.
    public var hint: String
    /// Languages the rule checks; each has at least three triggering and three non-triggering examples.
    public var languages: [Language]
    public var examples: [RuleExample]
    /// False for rules about comments themselves (suppressions), whose examples still trigger
    /// when wrapped in a comment.
    public var examplesStaySilentInComments: Bool

    public init(
        id: String, name: String, severity: Severity, summary: String, explanation: String, hint: String,
        languages: [Language], examples: [RuleExample], examplesStaySilentInComments: Bool = true
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.hint = hint
        self.languages = languages
        self.examples = examples
        self.examplesStaySilentInComments = examplesStaySilentInComments
    }

    public var triggeringExamples: [RuleExample] { examples.filter(\.triggers) }
    public var nonTriggeringExamples: [RuleExample] { examples.filter { !$0.triggers } }
}
