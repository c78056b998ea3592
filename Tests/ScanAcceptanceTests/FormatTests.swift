import Foundation
import TestSupport
import Testing

/// Every output format on one N+1 change; SARIF against the official schema; no absolute paths.
@Suite("scan output formats")
struct FormatTests {
    let path = "app/views.py"
    let line = Fixture.findingLine

    @Test func jsonHasSchemaCoreNamesAndOrder() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let outcome = try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        let document = try #require(outcome.document, "\(outcome.decodeError ?? "") \(outcome.result.stderr)")
        #expect(document.schema == "hundredfold.scan/1")
        noAbsolutePaths(outcome.result.stdout, repo: repo)
        let finding = try #require(document.findings.first { $0.rule == "HF101" })
        #expect(finding.path == path && finding.line == line && finding.loopLine == Fixture.loopLine)
        #expect(finding.column == 20, "column of `Shipment` (1-based)")
        #expect(finding.call.hasPrefix("Shipment.objects"))
        #expect(finding.kind == "db-read" && finding.new)
        #expect(finding.confidence == "high", "the loop variable flows into the call")
        let keys = document.findings.map { ($0.path, $0.line, $0.column, $0.rule) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "sorted by path, line, column, rule")
    }

    @Test func textGroupsByFileWithLocationRuleLoopAndHint() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains(path) && result.stdout.contains("HF101"))
        #expect(result.stdout.range(of: "\\b\(line):\\d+", options: .regularExpression) != nil, "line:column")
        #expect(
            result.stdout.range(
                of: "(?i)loop[^\\n]{0,40}\\b\(Fixture.loopLine)\\b", options: .regularExpression) != nil,
            "the loop's line: \(result.stdout)")
        noAbsolutePaths(result.stdout + result.stderr, repo: repo)
        #expect(!result.stdout.contains("\u{1B}["), "no colour: NO_COLOR is set and stdout is a pipe")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        for format in ["json", "sarif", "text", "markdown", "github"] {
            let arguments = ["scan", "--base", "HEAD~1", "--format", format, "--fail-on", "none"]
            let first = try HundredfoldBinary.run(arguments, in: repo.url)
            let second = try HundredfoldBinary.run(arguments, in: repo.url)
            #expect(first.exitCode == 0 && !first.stdout.isEmpty, "\(format): \(first.stderr)")
            #expect(first.stdout == second.stdout, "\(format) output is deterministic")
        }
    }

    @Test func markdownNamesRuleFileAndLine() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "HEAD~1", "--format", "markdown", "--fail-on", "none"], in: repo.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("HF101") && result.stdout.contains(path))
        #expect(result.stdout.contains("\(line)"))
        noAbsolutePaths(result.stdout, repo: repo)
    }

    @Test func githubAnnotationsPointAtTheCall() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "HEAD~1", "--format", "github", "--fail-on", "none"], in: repo.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let annotations = result.stdout.split(separator: "\n").filter {
            $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ")
        }
        #expect(
            annotations.contains {
                $0.contains("file=\(path)") && $0.contains("line=\(line)") && $0.contains("HF101")
            })
        noAbsolutePaths(result.stdout, repo: repo)
    }

    @Test func sarifValidatesAgainstTheSchemaAndLocatesTheFinding() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "HEAD~1", "--format", "sarif", "--fail-on", "none"], in: repo.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        noAbsolutePaths(result.stdout, repo: repo)
        #expect(!result.stdout.contains("file://"))
        try validateSARIF(result.stdout, in: repo)
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect((driver?["name"] as? String)?.lowercased().contains("hundredfold") == true)
        let ruleIDs = (driver?["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ruleIDs.contains("HF101"))
        let results = run["results"] as? [[String: Any]] ?? []
        let hit = results.first { $0["ruleId"] as? String == "HF101" }
        let physical = ((hit?["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
        #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == path)
        #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int == line)
    }

    @Test func outWritesTheReportToAFile() throws {
        let repo = try Fixture.nPlusOneRepository()
        defer { repo.remove() }
        let result = try HundredfoldBinary.run(
            [
                "scan", "--base", "HEAD~1", "--format", "json", "--out", "scan-report.json", "--fail-on",
                "none",
            ],
            in: repo.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let data = try Data(contentsOf: repo.url.appendingPathComponent("scan-report.json"))
        let document = try JSONDecoder().decode(ScanDocument.self, from: data)
        #expect(document.findings.contains { $0.rule == "HF101" && $0.path == path && $0.line == line })
        noAbsolutePaths(String(decoding: data, as: UTF8.self), repo: repo)
    }

    // MARK: - Helpers

    private func validateSARIF(_ text: String, in repo: TestRepository) throws {
        let schema = SARIFSchema.url
        let file = try repo.write(Data(text.utf8), to: "out.sarif")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str)
            for error in errors[:5]:
                print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let check = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path, file.path])
        #expect(check.exitCode == 0, "SARIF does not validate: \(check.stdout) \(check.stderr)")
    }
}

/// Reports never embed the machine's absolute paths.
func noAbsolutePaths(
    _ output: String, repo: TestRepository, sourceLocation: SourceLocation = #_sourceLocation
) {
    let forbidden = [
        repo.url.path, repo.url.resolvingSymlinksInPath().path, repo.directory.url.path,
        NSTemporaryDirectory(), "/tmp/", "/private/var/", "/home/", "/Users/",
    ].filter { !$0.isEmpty }
    for prefix in Set(forbidden) {
        #expect(
            !output.contains(prefix), "output embeds the absolute path \(prefix)",
            sourceLocation: sourceLocation)
    }
}
