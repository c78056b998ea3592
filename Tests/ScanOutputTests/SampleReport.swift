import ScanOutput
import StaticScan

/// Hand-made findings covering every renderer branch: two files, a path with a space and a
/// comma, a message with `%`, `:` and a newline, a finding without a loop, an existing finding.
enum SampleReport {
    static let rules = [
        RuleInfo(
            id: "HF101", name: "query-in-loop", severity: .error,
            summary: "A database read runs once per loop iteration.",
            explanation: "Each iteration issues its own query, so the number of queries grows with the data.",
            hint: "Fetch everything before the loop (filter(id__in=...), prefetch_related, IN)."),
        RuleInfo(
            id: "HF103", name: "http-in-loop", severity: .warning,
            summary: "An HTTP call runs once per loop iteration.",
            explanation: "Each iteration waits for a network round trip.", hint: "Use a batch endpoint."),
        RuleInfo(
            id: "HF201", name: "unbounded-query", severity: .warning, summary: "A list query has no LIMIT.",
            explanation: "The query returns every row.", hint: "Add LIMIT or paginate."),
    ]

    static let findings = [
        Finding(
            rule: "HF103", severity: .warning, path: "web/client, v2.py", line: 30, column: 5, loop_line: 28,
            call: "requests.get", kind: "http", confidence: .medium, new: true,
            message: "requests.get runs per iteration: 100% of items | each one",
            hint: "Use a batch endpoint."),
        Finding(
            rule: "HF101", severity: .error, path: "app/views.py", line: 12, column: 9, loop_line: 10,
            call: "Order.objects.get", kind: "db-read", confidence: .high, new: true,
            message: "Order.objects.get runs once per iteration",
            hint: "Fetch the orders before the loop with filter(id__in=...)."),
        Finding(
            rule: "HF201", severity: .warning, path: "app/views.py", line: 40, column: 13, loop_line: nil,
            call: "Order.objects.all", kind: "db-read", confidence: .low, new: false,
            message: "Order.objects.all reads every row:\nno limit", hint: "Add a slice or paginate."),
    ]

    static func report(failOn: Severity? = .error) -> ScanReport {
        ScanReport(
            findings: findings, rules: rules, filesScanned: 3,
            skipped: [SkippedFile(path: "logo.png", reason: "binary file, not scanned")], failOn: failOn)
    }
}
