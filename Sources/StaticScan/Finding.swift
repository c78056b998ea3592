import HundredfoldCore

/// One static finding: a call whose cost is amplified by a loop, or has no bound.
///
/// The JSON names (`rule`, `path`, `line`, `column`, `loop_line`, `call`, `confidence`, `new`,
/// `message`, `hint`) are fixed by PRODUCT.md.
public struct Finding: Codable, Sendable, Hashable {
    /// The rule's ID, `HF101` style.
    public var rule: String
    public var severity: Severity
    /// Repository-relative path, `/`-separated.
    public var path: String
    public var line: Int
    public var column: Int
    /// The line of the loop that amplifies the call; nil for rules about a single call.
    public var loop_line: Int?
    /// The call as written, trimmed (`Order.objects.get`, `requests.get`).
    public var call: String
    /// What the call does: `db-read`, `db-write`, `http`, `cache`, `storage`, `queue`.
    public var kind: String?
    public var confidence: Confidence
    /// True when the change adds the call or the loop around it.
    public var new: Bool
    public var message: String
    public var hint: String
    /// The SQL the call carries, when it carries a literal statement (for matching run-time
    /// repeated statements by fingerprint).
    public var sql: String?
    /// Scenarios whose runs repeated this finding's statement (matched by fingerprint), with the
    /// counts per scale; nil when not matched. Set by the `ci` job from the head's run report.
    public var confirmed_by: [RuntimeConfirmation]?
    /// Related places, in order: for a call through the repository's own functions each function
    /// entered and then the I/O call; for a removed eager load the per-item reads. Nil when none.
    public var via: [RelatedLocation]?

    public init(
        rule: String, severity: Severity, path: String, line: Int, column: Int, loop_line: Int?,
        call: String, kind: String?, confidence: Confidence, new: Bool, message: String, hint: String,
        sql: String? = nil, via: [RelatedLocation]? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.loop_line = loop_line
        self.call = call
        self.kind = kind
        self.confidence = confidence
        self.new = new
        self.message = message
        self.hint = hint
        self.sql = sql
        self.via = via
    }

    public var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }
}

/// How bad a finding is; `--fail-on` compares against it.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case note
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// How sure the rule is that the call really is amplified.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
    case low
    case medium
    case high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
