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
