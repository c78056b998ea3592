// MARK: - HF901/HF902 examples, written once and spelled in each language's comments

enum SuppressionExamples {
    /// A one-line statement and the comment markers of each language.
    private static func syntax(_ language: Language) -> (statement: String, line: String, block: Bool) {
        switch language {
        case .python: ("x = 1", "#", false)
        case .ruby: ("x = 1", "#", false)
        case .javascript: ("let x = 1;", "//", true)
        case .typescript: ("let x: number = 1;", "//", true)
        case .go: ("x := 1", "//", true)
        case .java: ("int x = 1;", "//", true)
        case .kotlin: ("val x = 1", "//", true)
        case .php: ("$x = 1;", "//", true)
        case .csharp: ("var x = 1;", "//", true)
        case .swift: ("let x = 1", "//", true)
        case .sql: ("SELECT 1;", "--", true)
        case .elixir: ("x = 1", "#", false)
        }
    }

    static let withoutReason: [RuleExample] = Language.allCases.flatMap { language -> [RuleExample] in
        let (statement, c, block) = syntax(language)
        let third =
            block
            ? "/* ↓hundredfold:ignore HF104, HF105 */\n\(statement)"
            : "\(c) ↓hundredfold:ignore HF104,HF105 \n\(statement)"
        return [
            .triggering(language, "\(c) ↓hundredfold:ignore HF101\n\(statement)"),
            .triggering(language, "\(statement)  \(c) ↓hundredfold:ignore HF103"),
            .triggering(language, third),
            .nonTriggering(
                language, "\(c) hundredfold:ignore HF101 the list holds at most three ids\n\(statement)"),
            .nonTriggering(
                language, "\(statement)  \(c) hundredfold:ignore HF103 - health check, runs once per deploy"),
            .nonTriggering(language, "\(c) suppress with hundredfold-ignore only when needed\n\(statement)"),
        ]
    }

    static let unused: [RuleExample] = Language.allCases.filter { $0 != .sql }.flatMap {
        language -> [RuleExample] in
        let (statement, c, _) = syntax(language)
        let suppressed =
            QueryInLoopRule.examples.first { $0.language == language && $0.triggers }?.source ?? statement
        var lines = suppressed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let callLine =
            (QueryInLoopRule.examples.first { $0.language == language && $0.triggers }?.markers.first?.line
                ?? 1) - 1
        var trailing = lines
        trailing[callLine] += "  \(c) hundredfold:ignore HF101 bounded by the form"
        let indent = String(lines[callLine].prefix { $0 == " " || $0 == "\t" })
        lines.insert(
            "\(indent)\(c) hundredfold:ignore HF101 at most five ids, validated by the form", at: callLine)
        return [
            .triggering(language, "\(c) ↓hundredfold:ignore HF101 ids are capped at ten\n\(statement)"),
            .triggering(language, "\(statement)  \(c) ↓hundredfold:ignore HF103 - cached upstream"),
            .triggering(language, "\(c) ↓hundredfold:ignore HF999 misspelt rule id\n\(statement)"),
            .nonTriggering(language, lines.joined(separator: "\n")),
            .nonTriggering(language, trailing.joined(separator: "\n")),
            .nonTriggering(language, "\(c) hundredfold:ignore HF101 the loop header is below\n" + suppressed),
        ]
    }
}
