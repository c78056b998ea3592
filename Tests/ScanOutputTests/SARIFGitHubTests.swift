import Foundation
import HundredfoldCore
import ScanOutput
import StaticScan
import Testing

/// The fields GitHub code scanning documents as used or recommended
/// (docs.github.com, "SARIF support for code scanning"), on the real rule registry.
@Suite struct SARIFGitHubTests {
    static func sarif(_ report: ScanReport) throws -> [String: Any] {
        let text = SARIFScanRenderer().render(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require((json["runs"] as? [[String: Any]])?.first)
    }

    static let registryReport = ScanReport(
        findings: SampleReport.findings, rules: RuleInfo.registry, filesScanned: 3)

    static func rules() throws -> [[String: Any]] {
        let run = try sarif(registryReport)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }

    @Test func driverAndRunCarryVersionAndCategory() throws {
        let run = try Self.sarif(Self.registryReport)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["semanticVersion"] as? String == ToolInfo.version)
        #expect(driver["informationUri"] == nil)
        let automation = try #require(run["automationDetails"] as? [String: Any])
        #expect(automation["id"] as? String == "hundredfold/scan/")
    }

    @Test func everyRuleFitsGitHubsLimitsAndLinksNoGuessedAddress() throws {
        let rules = try Self.rules()
        #expect(rules.count == RuleRegistry.all.count)
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            let full = try #require((rule["fullDescription"] as? [String: Any])?["text"] as? String)
            #expect(
                !full.isEmpty && full.count <= 1024, "\(id): fullDescription has \(full.count) characters")
            #expect(rule["helpUri"] == nil, "\(id): no published page to link")
        }
    }

    @Test func theREADMEHasTheAnchorOfEveryRule() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for rule in RuleRegistry.all {
            #expect(
                readme.contains("<a id=\"\(rule.description.id.lowercased())\"></a>"),
                "\(rule.description.id)")
        }
    }

    @Test func helpCarriesTheBadAndGoodExampleInsteadOfPointingAtExplain() throws {
        for (rule, registered) in zip(try Self.rules(), RuleRegistry.all) {
            let id = try #require(rule["id"] as? String)
            let help = try #require(rule["help"] as? [String: String])
            let markdown = try #require(help["markdown"])
            let text = try #require(help["text"])
            #expect(
                !markdown.contains("hundredfold explain") && !text.contains("hundredfold explain"), "\(id)")
            let bad = try #require(registered.description.triggeringExamples.first)
            let good = try #require(registered.description.nonTriggeringExamples.first)
            #expect(markdown.contains("**Bad** (") && markdown.contains("**Good** ("), "\(id)")
            #expect(markdown.contains("```\(bad.language.rawValue)\n\(bad.source)\n```"), "\(id)")
            #expect(markdown.contains(good.source), "\(id)")
            #expect(text.contains("Bad (") && text.contains("Good ("), "\(id)")
        }
    }

    @Test func precisionSeverityAndTagsAreGitHubsWordsAndSecuritySeverityIsUnused() throws {
        for rule in try Self.rules() {
            let id = try #require(rule["id"] as? String)
            let properties = try #require(rule["properties"] as? [String: Any])
            #expect(
                ["very-high", "high", "medium", "low"].contains(properties["precision"] as? String ?? ""),
                "\(id)")
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            let problem = properties["problem.severity"] as? String
            #expect(
                problem == ["error": "error", "warning": "warning", "note": "recommendation"][level ?? ""],
                "\(id)")
            #expect(properties["security-severity"] == nil, "\(id)")
            let tags = try #require(properties["tags"] as? [String])
            #expect(
                tags.contains("performance") == (id.hasPrefix("HF1") || id.hasPrefix("HF2")), "\(id): \(tags)"
            )
            #expect(!(tags.contains("security")), "\(id)")
        }
    }

    @Test func suppressionRulesCarryNoPerformanceTags() throws {
        let suppression = try Self.rules().filter { ($0["id"] as? String)?.hasPrefix("HF9") == true }
        #expect(suppression.count == 2)
        for rule in suppression {
            let tags = (rule["properties"] as? [String: Any])?["tags"] as? [String]
            #expect(tags == ["maintainability"])
        }
    }

    @Test func theMessageLinksTheLoopAndEveryPerItemRead() throws {
        var finding = SampleReport.findings[1]
        finding.message = "Order.objects.get runs per item [0] of rows"
        finding.via = [RelatedLocation(path: "app/models.py", line: 4, name: "order.customer")]
        let run = try Self.sarif(ScanReport(findings: [finding], rules: SampleReport.rules, filesScanned: 1))
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
        #expect(
            message
                == #"Order.objects.get runs per item \[0\] of rows ([loop at line 10](1), [order.customer](2))"#
        )
        let related = try #require(result["relatedLocations"] as? [[String: Any]])
        #expect(related.compactMap { $0["id"] as? Int } == [1, 2])
        let lines = related.compactMap {
            (($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int
        }
        #expect(lines == [10, 4])
    }

    @Test func fingerprintsSurviveUnrelatedLineMoves() throws {
        func fingerprints(shift: Int) throws -> [String] {
            let moved = SampleReport.findings.map { finding -> Finding in
                var finding = finding
                finding.line += shift
                finding.loop_line = finding.loop_line.map { $0 + shift }
                return finding
            }
            let run = try Self.sarif(ScanReport(findings: moved, rules: SampleReport.rules, filesScanned: 3))
            return try #require(run["results"] as? [[String: Any]]).compactMap {
                ($0["partialFingerprints"] as? [String: String])?["hundredfold/v1"]
            }
        }
        let before = try fingerprints(shift: 0)
        #expect(before.count == 3 && Set(before).count == 3)
        #expect(try fingerprints(shift: 25) == before)
    }

    @Test func longExplanationsAreCutAtASentence() throws {
        let sentence = "This sentence is exactly fifty characters long ok. "
        var rule = SampleReport.rules[0]
        rule.explanation = String(repeating: sentence, count: 30)
        let run = try Self.sarif(ScanReport(findings: [], rules: [rule], filesScanned: 0))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let full = try #require(
            ((driver["rules"] as? [[String: Any]])?.first?["fullDescription"] as? [String: Any])?["text"]
                as? String)
        #expect(full.count <= 1024 && full.count > 900 && full.hasSuffix("ok."))
    }
}
