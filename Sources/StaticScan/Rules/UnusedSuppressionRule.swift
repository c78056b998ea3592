/// HF902: a `hundredfold:ignore` comment that suppresses nothing.
public struct UnusedSuppressionRule: Rule {
    public init() {}

    public var phase: RulePhase { .suppressions }

    public let description = RuleDescription(
        id: "HF902",
        name: "unused-suppression",
        severity: .warning,
        summary: "A `hundredfold:ignore` comment suppresses no finding on its line or the line below.",
        explanation: """
            A suppression that no longer matches a finding (the code was fixed or moved, or the rule ID is \
            misspelt) hides nothing today but would hide a new finding tomorrow. A suppression covers \
            findings whose call or loop header is on the comment's line or the line below. In a diff scan \
            it is reported only when the comment itself is in the changed lines.
            """,
        hint: "Remove the comment, or correct its rule ID or move it next to the call it is about.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .elixir,
        ],
        examples: SuppressionExamples.unused,
        examplesStaySilentInComments: false
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        file.suppressions.enumerated().filter { !file.suppressionWasUsed($0.offset) }.map { _, suppression in
            let what =
                suppression.ruleIDs.isEmpty
                ? "names no rule" : "of \(suppression.ruleIDs.joined(separator: ", ")) matches no finding"
            return Finding(
                rule: description.id, severity: description.severity, path: file.path,
                line: suppression.line, column: suppression.column, loop_line: nil,
                call: Suppression.marker, kind: nil, confidence: .high, new: true,
                message: "The suppression \(what) on this line or the next.", hint: description.hint)
        }
    }
}
