import Foundation
import TestSupport
import Testing

/// `hundredfold rules` and `hundredfold explain ID` through the built binary.
@Suite struct RulesCommandTests {
    @Test func rulesListsEveryRuleWithItsSeverity() throws {
        let result = try HundredfoldBinary.run(["rules"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("HF101  query-in-loop"))
        #expect(result.stdout.contains("error"))
    }

    @Test func rulesAsJSONCarryEveryRuleWithItsHelpAnchor() throws {
        let result = try HundredfoldBinary.run(["rules", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "hundredfold.rules/1")
        #expect(json["tool_version"] as? String == "0.1.0")
        let rules = try #require(json["rules"] as? [[String: Any]])
        let text = try HundredfoldBinary.run(["rules"]).stdout
        let textIDs = text.split(separator: "\n").compactMap { $0.split(separator: " ").first }
            .filter { $0.hasPrefix("HF") }.map(String.init)
        #expect(rules.compactMap { $0["id"] as? String } == textIDs)
        let hf101 = try #require(rules.first)
        #expect(hf101["name"] as? String == "query-in-loop")
        #expect(hf101["severity"] as? String == "error")
        #expect(hf101["topic"] as? String == "performance")
        #expect((hf101["languages"] as? [String])?.contains("python") == true)
        #expect(hf101["help_uri"] == nil)
        #expect(rules.last?["topic"] as? String == "suppression")
    }

    @Test func aFormatNeitherTextNorJSONIsAUsageError() throws {
        let result = try HundredfoldBinary.run(["rules", "--format", "sarif"])
        #expect(result.exitCode == 2, "\(result.stderr)")
    }

    @Test(arguments: ["HF101", "hf101", "query-in-loop"])
    func explainShowsTheRuleWithABadAndAGoodExample(id: String) throws {
        let result = try HundredfoldBinary.run(["explain", id])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("HF101 query-in-loop"))
        #expect(result.stdout.contains("\nBad ("))
        #expect(result.stdout.contains("\nGood ("))
        #expect(!result.stdout.contains("↓"))
    }

    @Test func explainOfAnUnknownIDSuggestsTheNearest() throws {
        let result = try HundredfoldBinary.run(["explain", "HF10"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("error: no rule 'HF10'"))
        #expect(result.stderr.contains("did you mean HF101"))
    }
}
