import RepositoryIndex
import Testing

@testable import StaticScan

/// Runs every registered rule's examples: triggering ones must report exactly their `↓` markers,
/// non-triggering ones nothing, and every triggering one must stay silent inside a comment and
/// inside a string literal of its language.
@Suite struct RuleExamplesTests {
    static let rules = RuleRegistry.all.map { $0.description }

    /// The rule's findings in `code`, read as a one-file repository (so the example's own model
    /// and helper declarations are known), with `removed` as the lines the change removed.
    static func findings(
        of rule: RuleDescription, in code: String, language: Language, removed: [RemovedLine] = []
    ) -> [Finding] {
        let file = SourceFile(
            path: "example.\(language.fileExtension)", text: code, changedLines: nil, removedLines: removed)
        let scanner = Scanner(repository: IndexBuilder.build([file]))
        return scanner.scan(file).filter { $0.rule == rule.id }
    }

    @Test(arguments: rules) func triggeringExamplesReportTheirMarkers(_ rule: RuleDescription) {
        for example in rule.triggeringExamples {
            let found = Self.findings(
                of: rule, in: example.source, language: example.language, removed: example.removedLines
            )
            .map { "\($0.line):\($0.column)" }.sorted()
            let expected = example.markers.map { "\($0.line):\($0.column)" }.sorted()
            #expect(!expected.isEmpty, "\(rule.id) triggering example has no ↓ marker:\n\(example.code)")
            #expect(found == expected, "\(rule.id) \(example.language.displayName):\n\(example.code)")
        }
    }

    @Test(arguments: rules) func nonTriggeringExamplesAreSilent(_ rule: RuleDescription) {
        for example in rule.nonTriggeringExamples {
            let found = Self.findings(
                of: rule, in: example.source, language: example.language, removed: example.removedLines)
            #expect(
                found.isEmpty,
                "\(rule.id) \(example.language.displayName) reported \(found.map(\.message)):\n\(example.code)"
            )
        }
    }

    @Test(arguments: rules) func triggeringExamplesAreSilentInComments(_ rule: RuleDescription) {
        guard rule.examplesStaySilentInComments else { return }
        for example in rule.triggeringExamples {
            let wrapped = ExampleWrapper.inComment(example.source, language: example.language)
            let found = Self.findings(of: rule, in: wrapped, language: example.language)
            #expect(found.isEmpty, "\(rule.id) fired inside a comment:\n\(wrapped)")
        }
    }

    @Test(arguments: rules) func triggeringExamplesAreSilentInStrings(_ rule: RuleDescription) {
        for example in rule.triggeringExamples {
            for wrapped in ExampleWrapper.inStrings(example.source, language: example.language) {
                let found = Self.findings(of: rule, in: wrapped, language: example.language)
                #expect(found.isEmpty, "\(rule.id) fired inside a string:\n\(wrapped)")
            }
        }
    }

    @Test(arguments: rules) func everyLanguageHasThreeExamplesEachWay(_ rule: RuleDescription) {
        for language in rule.languages {
            let examples = rule.examples.filter { $0.language == language }
            #expect(
                examples.filter(\.triggers).count >= 3,
                "\(rule.id) needs 3 triggering \(language.displayName) examples")
            #expect(
                examples.filter { !$0.triggers }.count >= 3,
                "\(rule.id) needs 3 non-triggering \(language.displayName) examples")
        }
        #expect(rule.examples.allSatisfy { rule.languages.contains($0.language) })
    }

    @Test func ruleIDsAreUniqueAndWellFormed() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("HF") && $0.count == 5 })
        #expect(ids == ids.sorted())
    }
}

extension RuleDescription: CustomTestStringConvertible {
    public var testDescription: String { "\(id) \(name)" }
}
