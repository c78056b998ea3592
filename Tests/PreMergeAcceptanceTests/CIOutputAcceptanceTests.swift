import Foundation
import TestSupport
import Testing

/// `hundredfold ci`: outputs, static findings, bad refs and cleanup.
@Suite(.serialized)
struct CIOutputAcceptanceTests {
    static let outputs = CIAcceptanceTests.outputs
    static let scenarioName = CIAcceptanceTests.scenarioName

    @Test func missingBaseRefIsBadInput() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let result = try repo.ci(["--base", "does-not-exist"])
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("does-not-exist"), "\(result.stderr)")
        let left = try repo.leftovers()
        #expect(left.isEmpty, "\(left)")
    }

    @Test func noWorktreeOrTemporaryFilesLeftWhenTheBaseScenarioHasASQLError() throws {
        let brokenQuery = "SELECT id, totl FROM orders WHERE user_id = :user_id\n"
        let repo = try CIRepository.make(listQuery: brokenQuery)
        defer { repo.root.remove() }
        try repo.commit(["queries/list.sql": CIRepository.listQuery], message: "fix the query")
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode != 3, "not an internal error: \(result.summary)")
        if result.exitCode != 0 {
            #expect(
                result.combined.contains("totl") || result.combined.contains("list.sql"), "\(result.summary)")
        }
        let left = try repo.leftovers()
        #expect(left.isEmpty, "\(left)")
    }

    @Test func staticFindingIntroducedByTheChangeIsReportedWithFileAndLine() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        let python = """
            def totals(db, user_ids):
                cursor = db.cursor()
                result = []
                for user_id in user_ids:
                    cursor.execute("SELECT total FROM orders WHERE user_id = ?", (user_id,))
                    result.append(cursor.fetchall())
                return result

            """
        try repo.commit(["app/report.py": python], message: "query in a loop")
        let result = try repo.ci(["--base", "main", "--out-dir", "out/ci"])
        #expect([0, 1].contains(result.exitCode), "\(result.summary)")
        for name in Self.outputs {
            #expect(exists(repo.outFile(name, outDir: "out/ci")), "\(name) is written to --out-dir")
        }
        #expect(!exists(repo.url.appendingPathComponent(".hundredfold")), "--out-dir replaces the default")
        let sarif = try #require(
            try parseJSON(file: repo.outFile("scan.sarif", outDir: "out/ci")) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let results = ((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let hit = results.first { result in
            guard result["ruleId"] as? String == "HF101" else { return false }
            let locations = result["locations"] as? [[String: Any]] ?? []
            return locations.contains { location in
                let physical = location["physicalLocation"] as? [String: Any]
                let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
                let line = ((physical?["region"] as? [String: Any])?["startLine"] as? NSNumber)?.intValue
                return uri.hasSuffix("app/report.py") && !uri.hasPrefix("/")
                    && !uri.contains(repo.root.url.path)
                    && line == 5
            }
        }
        #expect(hit != nil, "HF101 at app/report.py:5 in scan.sarif: \(results)")
        let unchanged = results.contains { result in
            "\(result)".contains("app/orders.py")
        }
        #expect(!unchanged, "only what the change introduces is reported")
        let summary = read(repo.outFile("summary.md", outDir: "out/ci"))
        #expect(
            summary.contains("app/report.py:5"), "summary lists the new finding with file:line: \(summary)")
        let left = try repo.leftovers(outDir: "out")
        #expect(left.isEmpty, "\(left)")
    }

    @Test func htmlReportIsSelfContained() throws {
        let repo = try CIRepository.make()
        defer { repo.root.remove() }
        try repo.commit(
            ["Scenarios/y.yml": Fixture.tiny(name: "second-scenario")], message: "another scenario")
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 0, "\(result.summary)")
        let html = read(repo.outFile("report.html"))
        #expect(html.lowercased().contains("<html"))
        #expect(html.contains("<svg"), "charts are inline SVG")
        #expect(externalResourceReferences(in: html).isEmpty, "\(externalResourceReferences(in: html))")
        #expect(html.contains(Self.scenarioName) && html.contains("second-scenario"))
        #expect(!html.contains(repo.root.url.path), "no absolute machine paths in the report")
        let json = read(repo.outFile("report.json")) + read(repo.outFile("compare.json"))
        #expect(!json.contains(repo.root.url.path), "no absolute machine paths in the JSON")
    }
}
