/// HF203 without a loop: Ruby's `rescue … retry`, and retry helpers configured to retry forever
/// or without a wait.
struct RetryHelpers {
    let file: AnalyzedFile

    private var tokens: [Token] { file.tokens }

    func findings(rule: RuleDescription) -> [Finding] {
        var result: [Finding] = []
        if file.language == .ruby { result += rubyRetries(rule: rule) }
        for chain in file.chains {
            guard let (link, problem) = helperProblem(chain) else { continue }
            let call = chain.text(through: link)
            result.append(
                file.finding(
                    rule, at: chain.start, loop: nil, call: call, kind: nil, confidence: .high,
                    message: "`\(call)` retries \(problem)."))
        }
        return result
    }

    // MARK: - Ruby `retry`

    /// `rescue … retry`: bounded when a counter is compared nearby, paced when `sleep` comes first.
    private func rubyRetries(rule: RuleDescription) -> [Finding] {
        tokens.indices.compactMap { index -> Finding? in
            guard tokens[index].is("retry"), index == 0 || !tokens[index - 1].is(".") else { return nil }
            guard let rescue = (max(0, index - 400)..<index).last(where: { tokens[$0].is("rescue") }) else {
                return nil
            }
            let begin =
                (max(0, rescue - 400)..<rescue).last { tokens[$0].is("begin") || tokens[$0].is("def") }
                ?? rescue
            let statement = index..<file.statementEnd(from: index)
            let scope = [begin..<statement.upperBound]
            let bounded = file.comparesCounter(in: scope, fragments: RetryWithoutBoundRule.capFragments)
            let paced = file.mentions(["sleep", "backoff", "delay"], in: [rescue..<index])
            let problem: String
            if !bounded {
                problem = RetryWithoutBoundRule.unboundedProblem
            } else if !paced {
                problem = RetryWithoutBoundRule.stormProblem
            } else {
                return nil
            }
            return file.finding(
                rule, at: index, loop: nil, call: "retry", kind: nil, confidence: .high,
                message: "`retry` re-runs the `begin` block on line \(tokens[begin].line) \(problem).")
        }
    }

    // MARK: - Helpers

    private static let forever =
        "forever: it has no stop condition, so a call that keeps failing is retried without end"
    private static let noWait = "with no wait between attempts: a failing dependency gets a tight retry storm"

    private func helperProblem(_ chain: CallChain) -> (Int, String)? {
        // Most Python chains are no decorator: answer before copying the names.
        if file.language == .python, !chain.links[0].name.hasPrefix("@") { return nil }
        var names = chain.links.map(\.name)
        let last = chain.links.count - 1
        switch file.language {
        case .python:
            // A decorator: the lexer keeps `@` on the first name (`@retry`, `@backoff.on_exception`).
            guard names[0].hasPrefix("@") else { return nil }
            names[0].removeFirst()
            let arguments = file.identifiers(in: [chain.links[last].arguments ?? 0..<0]).map(\.text)
            if names.last == "retry" {
                return arguments.contains(where: { $0.hasPrefix("stop") }) ? nil : (last, Self.forever)
            }
            if names.first == "backoff", names.last == "on_exception" || names.last == "on_predicate" {
                return arguments.contains("max_tries") || arguments.contains("max_time")
                    ? nil : (last, Self.forever)
            }
        case .csharp:
            if let forever = names.firstIndex(where: {
                $0.hasPrefix("RetryForever") || $0.hasPrefix("WaitAndRetryForever")
            }) {
                return (forever, Self.forever)
            }
            if let retry = names.firstIndex(where: { $0 == "Retry" || $0 == "RetryAsync" }), retry >= 1,
                names.contains(where: { $0.hasPrefix("Handle") || $0 == "Policy" })
            {
                return (retry, Self.noWait)
            }
        case .java, .kotlin:
            if let retry = names.lastIndex(of: "retry"), retry >= 1, chain.links[retry].isCall,
                chain.links[retry].arguments?.isEmpty == true
            {
                return (retry, Self.forever)
            }
        case .javascript, .typescript:
            guard let retry = names.firstIndex(where: { ["pRetry", "retry", "asyncRetry"].contains($0) }),
                let arguments = chain.links[retry].arguments, retry == 0
            else { return nil }
            for index in arguments where tokens[index].is("forever") || tokens[index].is("Infinity") {
                if index + 2 < tokens.count, tokens[index].is("forever"), !tokens[index + 2].is("true") {
                    continue
                }
                return (retry, Self.forever)
            }
        default:
            return nil
        }
        return nil
    }
}
