/// HF901: a `hundredfold:ignore` comment that does not say why.
public struct SuppressionWithoutReasonRule: Rule {
    public init() {}

    public var phase: RulePhase { .suppressions }

    public let description = RuleDescription(
        id: "HF901",
        name: "suppression-without-reason",
        severity: .warning,
        summary: "A `hundredfold:ignore` comment names rules but gives no reason.",
        explanation: """
            A suppression silences real findings; the reason is what lets a reviewer (and you, a year later) \
            check that it still holds. The comment still suppresses, and this finding asks for the reason: \
            write it after the rule IDs, `hundredfold:ignore HF101 at most five ids, checked by the form`.
            """,
        hint: "Add the reason after the rule IDs: `hundredfold:ignore HF101 the list is capped at 5`.",
        languages: Language.allCases,
        examples: SuppressionExamples.withoutReason,
        examplesStaySilentInComments: false
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        file.suppressions.filter { !$0.ruleIDs.isEmpty && $0.reason == nil }.map { suppression in
            let rules = suppression.ruleIDs.joined(separator: ", ")
            return Finding(
                rule: description.id, severity: description.severity, path: file.path,
                line: suppression.line, column: suppression.column, loop_line: nil,
                call: Suppression.marker, kind: nil, confidence: .high, new: true,
                message: "The suppression of \(rules) gives no reason.", hint: description.hint)
        }
    }
}
