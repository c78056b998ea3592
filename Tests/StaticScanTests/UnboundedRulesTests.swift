import Testing

@testable import StaticScan

/// The HF2xx rules beside the loop rules: sequential loops are judged once, by their own rule,
/// and the findings follow the changed lines like every other rule's.
@Suite struct UnboundedRulesTests {
    static let loopRules: Set<String> = ["HF101", "HF102", "HF103", "HF104", "HF105"]

    static func findings(_ code: String, language: Language, changed: Set<Int>? = nil) -> [Finding] {
        Scanner().scan(
            SourceFile(path: "example.\(language.fileExtension)", text: code, changedLines: changed))
    }

    @Test(arguments: [RetryWithoutBoundRule().description, PaginationWithoutCapRule().description])
    func sequentialLoopsAreNotReportedAsPerIterationCalls(_ rule: RuleDescription) {
        for example in rule.examples {
            let loopFindings = Self.findings(example.source, language: example.language)
                .filter { Self.loopRules.contains($0.rule) }
            #expect(
                loopFindings.isEmpty,
                "\(rule.id) example also reported \(loopFindings.map(\.rule)):\n\(example.code)")
        }
    }

    @Test func findingsFollowTheChangedLines() {
        let code = """
            def index(request):
                return Order.objects.all()

            def export(request):
                return Invoice.objects.all()
            """
        let changed = Self.findings(code, language: .python, changed: [5]).filter { $0.rule == "HF201" }
        #expect(changed.map(\.line) == [5])
        #expect(changed.allSatisfy { $0.new })
    }

    /// A removed bound stood before a blank line: the fetch on the next line of code is part of
    /// the change, a fetch further down is not.
    @Test func aRemovedBoundAboveABlankLineBelongsToTheNextStatement() {
        let code = """
            let request = NSFetchRequest<Entry>(entityName: "Entry")
            request.predicate = NSPredicate(format: "created < %@", cutoff as NSDate)

            for entry in try context.fetch(request) { context.delete(entry) }
            let other = NSFetchRequest<Entry>(entityName: "Entry")
            let rows = try context.fetch(other)
            """
        let file = SourceFile(
            path: "Cleanup.swift", text: code, changedLines: [],
            removedLines: [RemovedLine(anchor: 3, text: "request.fetchBatchSize = 200")])
        let found = Scanner().scan(file).filter { $0.rule == "HF201" }
        #expect(found.map(\.line) == [4])
    }

    @Test func suppressionCommentSilencesAnUnboundedFinding() {
        let code = """
            # hundredfold:ignore HF201 the settings table holds a dozen rows
            settings = list(Setting.objects.all())
            """
        let found = Self.findings(code, language: .python)
        #expect(!found.contains { $0.rule == "HF201" })
        #expect(!found.contains { $0.rule == "HF902" })
    }

    @Test func findingsSayWhyAndHow() throws {
        let found = Self.findings(
            "rows = cur.execute(\"SELECT * FROM events WHERE kind = 'click'\")\n", language: .python)
        let finding = try #require(found.first { $0.rule == "HF201" })
        #expect(finding.message.contains("events"))
        #expect(finding.confidence == .medium)
        #expect(!finding.hint.isEmpty)
    }

    @Test(arguments: [
        ("SELECT * FROM users", true),
        ("SELECT id FROM orders WHERE status = 'paid' ORDER BY id", true),
        ("SELECT id FROM orders WHERE id >= 10", true),
        ("SELECT * FROM users LIMIT 10", false),
        ("SELECT * FROM users WHERE id = ?", false),
        ("SELECT * FROM orders o WHERE o.user_id IN (1, 2)", false),
        ("SELECT count(*) FROM users", false),
        ("SELECT 1", false),
        ("SELECT * FROM (SELECT * FROM users LIMIT 5) t", false),
        ("SELECT * FROM %s WHERE kind = %s", false),
        ("SELECT table_name FROM information_schema.tables", false),
        ("UPDATE users SET name = 'x'", false),
    ])
    func sqlListReads(_ sql: String, unbounded: Bool) {
        #expect((SQLListRead.unbounded(sql) != nil) == unbounded, "\(sql)")
    }
}
