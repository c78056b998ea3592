import ArgumentParser
import HundredfoldCore
import ScanOutput
import StaticScan
import YAMLSupport

/// `hundredfold explain ID`: one rule in full, with its bad and good examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain one static rule, with a bad and a good example.")

    @Argument(help: ArgumentHelp("The rule's ID (HF101) or name (query-in-loop).", valueName: "id"))
    var id: String

    func run() throws {
        let rules = RuleInfo.registry
        guard
            let rule = rules.first(where: {
                $0.id.caseInsensitiveCompare(id) == .orderedSame
                    || $0.name.caseInsensitiveCompare(id) == .orderedSame
            })
        else {
            throw UnknownRule(id: id, suggestions: Self.nearest(to: id, in: rules))
        }
        print(RuleHelp.text(rule), terminator: "")
    }

    /// The rules whose ID or name is nearest to `word` by edit distance (up to three).
    static func nearest(to word: String, in rules: [RuleInfo]) -> [String] {
        let scored = rules.map { rule in
            (rule.id, min(Suggestion.editDistance(word, rule.id), Suggestion.editDistance(word, rule.name)))
        }
        guard let best = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 <= best + 1 }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }
}

/// `explain` with an ID no rule has.
struct UnknownRule: DiagnosticError {
    var id: String
    var suggestions: [String]

    var diagnostic: Diagnostic {
        Diagnostic(
            message: "no rule '\(id)': expected a rule ID like HF101 (see 'hundredfold rules')",
            hint: suggestions.isEmpty ? nil : "did you mean \(suggestions.joined(separator: ", "))?")
    }
}
