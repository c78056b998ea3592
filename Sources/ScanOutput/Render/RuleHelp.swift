import StaticScan

/// A rule's help in full, as `explain` prints it (plain text) and as SARIF `help.markdown` carries
/// it: summary, explanation, fix, languages, and the first bad and good example.
public enum RuleHelp {
    /// Plain text, examples indented by four spaces.
    public static func text(_ rule: RuleInfo) -> String {
        var lines = [
            "\(rule.id) \(rule.name) (\(rule.severity.rawValue))", "", rule.summary, "", rule.explanation, "",
            "Fix: \(rule.hint)",
        ]
        if !rule.languages.isEmpty { lines.append("Languages: \(languageList(rule))") }
        for (title, example) in examples(rule) {
            lines += ["", "\(title) (\(example.language.displayName)):", ""]
            lines += example.source.split(separator: "\n", omittingEmptySubsequences: false).map {
                "    \($0)"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// GitHub-flavoured Markdown, examples in fenced code blocks.
    public static func markdown(_ rule: RuleInfo) -> String {
        var lines = [
            "**\(rule.id) \(rule.name)**: \(rule.summary)", "", rule.explanation, "", "**Fix:** \(rule.hint)",
        ]
        if !rule.languages.isEmpty { lines += ["", "Languages: \(languageList(rule))"] }
        for (title, example) in examples(rule) {
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(example.source) + 1))
            lines += [
                "", "**\(title)** (\(example.language.displayName)):", "",
                "\(fence)\(example.language.rawValue)", example.source, fence,
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func languageList(_ rule: RuleInfo) -> String {
        rule.languages.map(\.displayName).joined(separator: ", ")
    }

    private static func examples(_ rule: RuleInfo) -> [(String, RuleExample)] {
        [("Bad", rule.badExample), ("Good", rule.goodExample)].compactMap { title, example in
            example.map { (title, $0) }
        }
    }

    private static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
