/// HF203: a loop that retries a failing call forever, or retries with no pause between attempts.
public struct RetryWithoutBoundRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF203",
        name: "retry-without-bound",
        severity: .warning,
        summary: "A call is retried on failure with no attempt limit, or with no delay between attempts.",
        explanation: """
            When a dependency fails, a retry loop with no attempt limit never gives up, and one with no delay \
            hammers it in a tight loop: every client of a struggling service multiplies its load just when it can \
            least take it. Reported: a loop that catches a failure and goes round again after a success exit \
            (`while True: try: … break except: …`, `loop do … rescue … end`, Go `for { if err == nil { break } }`) \
            with no attempt counter compared to a maximum, or with such a limit but no sleep, delay or backoff; \
            Ruby `rescue … retry` without a counter or without `sleep`; retry helpers set to retry forever \
            (tenacity or retrying `@retry` with no stop condition, `backoff.on_exception` without `max_tries` or \
            `max_time`, Polly `RetryForever`/`WaitAndRetryForever` and `Retry(n)` with no wait, p-retry or \
            async-retry `forever: true`, RxJava/Flow `.retry()` with no count). Silent: bounded attempts with a \
            sleep or backoff, helpers configured with a stop condition (tenacity `stop=`, Polly `WaitAndRetry`, \
            resilience4j, Spring `@Retryable`), worker loops that catch and continue without a success exit, \
            and failover over a list of hosts.
            """,
        hint:
            "Bound the attempts (a handful) and wait with exponential backoff and jitter between them, or use a retry helper with a stop condition (tenacity `stop_after_attempt`, p-retry `retries`, Polly `WaitAndRetry`).",
        languages: [.python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift],
        examples: RetryWithoutBoundRule.examples
    )

    /// Lowercased fragments of names that pause between attempts.
    static let delayFragments = ["sleep", "delay", "backoff", "settimeout", "jitter", "wait", "after"]
    /// Lowercased fragments of names that count attempts or hold their maximum.
    static let capFragments = ["attempt", "retr", "tries", "max", "limit", "count", "budget"]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        var findings: [Finding] = []
        for index in file.loops.indices {
            guard let retry = RetryLoop(file: file, index: index), let problem = retry.problem() else {
                continue
            }
            let loop = file.loops[index]
            let what = retry.retried.map { "`\($0)`" } ?? "its body"
            let message =
                "The `\(loop.keyword)` loop on line \(loop.line) retries \(what) on failure \(problem)."
            findings.append(
                file.finding(
                    description, at: loop.header, loop: index, call: retry.retried ?? loop.keyword,
                    kind: nil, confidence: .medium, message: message))
        }
        findings += RetryHelpers(file: file).findings(rule: description)
        return findings
    }

    static let unboundedProblem =
        "with no attempt limit: if the call keeps failing, the loop retries forever and multiplies the load on a struggling dependency"
    static let stormProblem = "with no delay between attempts: a failing dependency gets a tight retry storm"
}

/// One loop read as a retry loop: a failure handler that goes round again, and an exit on success.
struct RetryLoop {
    let file: AnalyzedFile
    let index: Int
    let loop: Loop
    /// The first call of the body: what is retried.
    let retried: String?

    init?(file: AnalyzedFile, index: Int) {
        self.file = file
        self.index = index
        let loop = file.loops[index]
        self.loop = loop
        switch loop.kind {
        case .callback where loop.keyword == "repeat" || loop.keyword == "times": break
        case .callback, .comprehension: return nil
        case .forEach where !Self.isAttemptRange(loop, in: file): return nil
        default: break
        }
        guard Self.retries(loop, index: index, in: file) else { return nil }
        let firstCall = file.chains.first { chain in
            loop.contains(chain.start) && chain.links.contains(where: \.isCall)
        }
        retried = firstCall.map { chain in chain.text(through: chain.links.lastIndex(where: \.isCall) ?? 0) }
    }

    /// Nil when the retry is bounded and paced; else why it is not.
    func problem() -> String? {
        let bounded: Bool
        switch loop.kind {
        case .counting, .forEach, .callback: bounded = true
        default:
            bounded = file.comparesCounter(
                in: [loop.iterable ?? 0..<0] + loop.body, fragments: RetryWithoutBoundRule.capFragments)
        }
        if !bounded { return RetryWithoutBoundRule.unboundedProblem }
        let paced = file.hasIdentifier(in: [file.extent(ofLoop: index)]) { name in
            let lower = name.lowercased()
            return lower != "await" && lower.containsAnyFragment(RetryWithoutBoundRule.delayFragments)
        }
        return paced ? nil : RetryWithoutBoundRule.stormProblem
    }

    /// `range(5)`, `1..3`, `3.times`, `repeat(3)`, `range(MAX_RETRIES)`.
    static func isAttemptRange(_ loop: Loop, in file: AnalyzedFile) -> Bool {
        guard let iterable = loop.iterable else { return false }
        if file.mentions(["range", "times", "repeat", "upto"], in: [iterable]) { return true }
        let variables = loop.variables.map { $0.lowercased() }
        if variables.contains(where: { name in ["attempt", "retr", "tries"].contains { name.contains($0) } })
        {
            return true
        }
        return iterable.contains {
            file.tokens[$0].is("..") || file.tokens[$0].is("...") || file.tokens[$0].is("..<")
        }
    }

    /// A handler that does not leave the loop, and an exit on success in the protected block.
    static func retries(_ loop: Loop, index: Int, in file: AnalyzedFile) -> Bool {
        let direct = loop.body.flatMap { range in
            range.clamped(to: 0..<file.tokens.count).filter { file.loop(containing: $0) == index }
        }
        let tokens = file.tokens
        let exits = direct.filter { tokens[$0].is("break") || tokens[$0].is("return") }
        if file.language == .go {
            return callsRemote(loop.body, in: file) && goRetries(direct: direct, exits: exits, in: file)
        }
        // A try whose block leaves the loop on success, with a handler that goes round again.
        let reader = TryStatements(file: file)
        return reader.statements(inLoop: index).contains { statement in
            callsRemote([statement.block], in: file)
                && exits.contains {
                    statement.block.contains($0) && reader.isUnconditional($0, in: statement.block)
                }
                && !reader.advancesStream(direct)
                && statement.handlers.contains {
                    !reader.exitsUnconditionally($0) && !reader.catchesControlFlow($0)
                }
        }
    }

    /// Method-name prefixes of calls that reach another system.
    static let remotePrefixes = [
        "get", "post", "put", "patch", "delete", "send", "fetch", "request", "call", "charge", "publish",
        "upload",
        "download", "connect", "ping", "query", "execute", "invoke", "submit", "notify", "sync", "push",
        "emit",
        "dial", "open", "do", "exec",
    ]

    /// The ranges run a cataloged service call, or a call named like one (`client.charge`, `fetch`):
    /// retrying a local computation (a random draw, a parse) is not load on anyone.
    static func callsRemote(_ ranges: [Range<Int>], in file: AnalyzedFile) -> Bool {
        if file.executesCall(in: ranges) { return true }
        return file.hasChain(startingIn: ranges) { chain in
            chain.links.contains { link in
                let name = link.name.lowercased()
                return link.isCall && remotePrefixes.contains { name.hasPrefix($0) }
            }
        }
    }

    /// `if err == nil { break }`, or `if err != nil { continue }` with an exit elsewhere.
    private static func goRetries(direct: [Int], exits: [Int], in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        for token in direct
        where tokens[token].is("err") && token + 3 < tokens.count && tokens[token + 2].is("nil") {
            var open = token + 3
            while open < tokens.count, !tokens[open].is("{"), tokens[open].line == tokens[token].line {
                open += 1
            }
            guard open < tokens.count, tokens[open].is("{"), let close = file.brackets.partner(of: open)
            else { continue }
            let block = (open + 1)..<close
            if tokens[token + 1].is("=="), exits.contains(where: block.contains) { return true }
            if tokens[token + 1].is("!="), block.contains(where: { tokens[$0].is("continue") }),
                exits.contains(where: { !block.contains($0) })
            {
                return true
            }
        }
        return false
    }
}
