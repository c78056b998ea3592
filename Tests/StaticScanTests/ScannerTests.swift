import Testing

@testable import StaticScan

/// The public API the scan command codes against.
@Suite struct ScannerTests {
    static let python = """
        def sync(user_ids):
            for user_id in user_ids:
                user = User.objects.get(id=user_id)
                requests.post(HOOK, json={"id": user.id})
        """

    @Test func reportsFindingsWithEveryField() throws {
        let findings = Scanner().scan(SourceFile(path: "app/sync.py", text: Self.python, changedLines: nil))
        #expect(findings.map(\.rule) == ["HF101", "HF103"])
        let query = try #require(findings.first)
        #expect(query.line == 3 && query.column == 16 && query.loop_line == 2)
        #expect(query.call == "User.objects.get")
        #expect(query.kind == "db-read")
        #expect(query.confidence == .high)
        #expect(query.new)
        #expect(query.severity == .error)
        #expect(query.message.contains("line 2"))
        #expect(query.hint.contains("in_bulk"))
    }

    @Test func changedLinesSelectByCallOrLoopLine() {
        let scanner = Scanner()
        let onCall = scanner.scan(SourceFile(path: "a.py", text: Self.python, changedLines: [4]))
        #expect(onCall.map(\.rule) == ["HF103"])
        let onLoop = scanner.scan(SourceFile(path: "a.py", text: Self.python, changedLines: [2]))
        #expect(onLoop.map(\.rule) == ["HF101", "HF103"])
        #expect(scanner.scan(SourceFile(path: "a.py", text: Self.python, changedLines: [1])).isEmpty)
        #expect(scanner.scan(SourceFile(path: "a.py", text: Self.python, changedLines: [])).isEmpty)
    }

    @Test func resultsAreSortedAcrossFiles() {
        let files = [
            SourceFile(path: "b.py", text: Self.python, changedLines: nil),
            SourceFile(path: "a.rb", text: "ids.each { |i| User.find(i) }\n", changedLines: nil),
            SourceFile(path: "notes.txt", text: Self.python, changedLines: nil),
        ]
        let findings = Scanner().scan(files)
        #expect(findings.map(\.path) == ["a.rb", "b.py", "b.py"])
        #expect(findings == findings.sorted(by: Scanner.order))
    }

    @Test func ignoreGlobsAndExtraCallsComeFromTheConfiguration() {
        let configuration = ScanConfiguration(
            ignore: ["vendor/**", "*_test.py"], extraCalls: ["cache": ["memo.lookup"]])
        let scanner = Scanner(configuration: configuration)
        #expect(
            scanner.scan(SourceFile(path: "vendor/lib/x.py", text: Self.python, changedLines: nil)).isEmpty)
        #expect(
            scanner.scan(SourceFile(path: "app/sync_test.py", text: Self.python, changedLines: nil)).isEmpty)
        let custom = scanner.scan(
            SourceFile(path: "app/x.py", text: "for k in keys:\n    memo.lookup(k)\n", changedLines: nil))
        #expect(custom.map(\.rule) == ["HF104"])
    }

    @Test func testCodeFindingsAreNotesUnlessConfigured() {
        let scanner = Scanner()
        for path in [
            "tests/test_sync.py", "app/sync_test.py", "spec/models/user_spec.rb", "pkg/sync_test.go",
            "src/test/java/SyncTest.java", "Api.Tests/SyncTests.cs", "web/__tests__/sync.test.ts",
            "internal/testdata/sync.py", "app/fixtures/load.py", "netbox/utilities/testing/views.py",
            "pkg/testutil/db.go", "lib/test_helpers/sync.rb",
        ] {
            let text = path.hasSuffix(".py") ? Self.python : "ids.each { |i| User.find(i) }\n"
            let findings = scanner.scan(SourceFile(path: path, text: text, changedLines: nil))
            #expect(findings.allSatisfy { $0.severity == .note }, "\(path)")
        }
        // Look-alikes: a module named like a test-support package is no such package.
        for path in ["app/testing_tools.py", "app/testing.py", "billing/load_testing/run.py"] {
            let app = scanner.scan(SourceFile(path: path, text: Self.python, changedLines: nil))
            #expect(app.first?.severity == .error, "\(path)")
        }
        let full = Scanner(configuration: ScanConfiguration(testFindingsAtFullSeverity: true))
        #expect(
            full.scan(SourceFile(path: "tests/test_sync.py", text: Self.python, changedLines: nil)).first?
                .severity == .error)
        let custom = Scanner(
            configuration: ScanConfiguration(testPaths: ["qa/**"], includeDefaultTestPaths: false))
        #expect(
            custom.scan(SourceFile(path: "qa/load.py", text: Self.python, changedLines: nil)).first?.severity
                == .note)
        #expect(
            custom.scan(SourceFile(path: "tests/test_sync.py", text: Self.python, changedLines: nil)).first?
                .severity == .error)
    }

    @Test func minifiedScriptsAreNotSource() {
        let loop = "for (const id of ids) { await fetch(`/u/${id}`); }"
        let bundle = String(repeating: "var a=1;", count: 600) + loop + "\n"
        #expect(Scanner().scan(SourceFile(path: "vendor-ui.js", text: bundle, changedLines: nil)).isEmpty)
        let source = String(repeating: "const a = 1;\n", count: 400) + loop + "\n"
        #expect(Scanner().scan(SourceFile(path: "app.js", text: source, changedLines: nil)).count == 1)
    }

    @Test func shebangFilesAreScanned() {
        let text = "#!/usr/bin/env ruby\nids.each { |i| User.find(i) }\n"
        #expect(Scanner().scan(SourceFile(path: "bin/sync", text: text, changedLines: nil)).count == 1)
    }

    @Test func sqlIsCarriedIntoTheFinding() {
        let text = "for row in rows:\n    cur.execute(\"SELECT * FROM t WHERE id = %s\", (row,))\n"
        #expect(
            Scanner().scan(SourceFile(path: "x.py", text: text, changedLines: nil)).first?.sql
                == "SELECT * FROM t WHERE id = %s")
    }
}

@Suite struct ConfidenceTests {
    static func confidence(_ text: String, _ path: String) -> [Confidence] {
        // The per-iteration rules only: `for u in User.objects.all()` is also an HF201 finding.
        Scanner().scan(SourceFile(path: path, text: text, changedLines: nil)).filter {
            $0.rule.hasPrefix("HF1")
        }
        .map(\.confidence)
    }

    @Test func highWhenTheLoopVariableFlowsEvenThroughInterpolation() {
        #expect(Self.confidence("for (const id of ids) {\n  await fetch(`/u/${id}`);\n}", "a.js") == [.high])
        #expect(
            Self.confidence(
                "ids.forEach { id ->\n  val url = \"https://x/$id\"\n  client.newCall(url).execute()\n}",
                "a.kt") == [.high])
        #expect(
            Self.confidence("for u in users:\n    uid = u.id\n    Order.objects.get(user_id=uid)\n", "a.py")
                == [.high])
    }

    @Test func highWhenTheLoopIteratesAQueryResult() {
        #expect(
            Self.confidence("for u in User.objects.all():\n    requests.get(HEALTH)\n", "a.py") == [.high])
    }

    @Test func whileLoopsAndMethodNamesAloneAreWeakerEvidence() {
        #expect(
            Self.confidence(
                "while (rs.next()) {\n  const id = rs.getInt(1);\n  await fetch(`/u/${id}`);\n}", "a.js")
                == [.low])
        #expect(Self.confidence("ids.each do |id|\n  counter.save\nend\n", "a.rb") == [.low])
        #expect(Self.confidence("orders.each do |o|\n  o.save\nend\n", "a.rb") == [.high])
        #expect(Self.confidence("ids.each do |id|\n  Audit.create(kind: 1)\nend\n", "a.rb") == [.medium])
    }

    @Test func lowerWhenNothingFlows() {
        #expect(
            Self.confidence("for (const id of ids) {\n  await fetch(\"/health\");\n}", "a.js") == [.medium])
        #expect(
            Self.confidence(
                "while (queue.length > 0) {\n  queue.pop();\n  await fetch(\"/health\");\n}", "a.js") == [
                    .low
                ])
    }
}
