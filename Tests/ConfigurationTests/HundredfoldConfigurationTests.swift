import Foundation
import HundredfoldCore
import StaticScan
import TestSupport
import Testing

@testable import Configuration

/// `hundredfold.yml`: scan settings, budgets (default and per scenario), pricing, errors.
@Suite struct HundredfoldConfigurationTests {
    func load(_ text: String) throws -> HundredfoldConfiguration? {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(text, to: "hundredfold.yml")
        return try HundredfoldConfiguration.loadIfPresent(in: folder.url)
    }

    func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try load(text)
            return nil
        } catch let error as ConfigurationError {
            return error.diagnostic
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func absentFileIsNil() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(try HundredfoldConfiguration.loadIfPresent(in: folder.url) == nil)
    }

    @Test func everyKey() throws {
        let configuration = try #require(
            try load(
                """
                scan:
                  ignore: ["vendor/**", "**/migrations/*.py"]
                  calls:
                    db-read: ["repo.fetch_one"]
                    http: [api_client.call]
                budgets:
                  default:
                    queries_per_request: { growth: constant }
                  scenarios:
                    order-history:
                      queries_per_request: { max: 5 }
                      rows_read_per_request: { max: 200 }
                pricing: cloudflare-d1
                """))
        #expect(
            configuration.scan
                == ScanConfiguration(
                    ignore: ["vendor/**", "**/migrations/*.py"],
                    extraCalls: ["db-read": ["repo.fetch_one"], "http": ["api_client.call"]]))
        #expect(configuration.pricing == "cloudflare-d1")
        #expect(
            configuration.pricingLocation == SourceLocation(file: "hundredfold.yml", line: 13, column: 10))
        let own = [BudgetSpec(figure: .latencyP95Ms, max: 20)]
        let merged = configuration.budgets.budgets(forScenario: "order-history", own: own)
        #expect(merged.map(\.figure) == [.latencyP95Ms, .queriesPerRequest, .rowsReadPerRequest])
        #expect(merged[1].max == 5)
        #expect(merged[1].growth == nil)
        let other = configuration.budgets.budgets(forScenario: "other")
        #expect(other.map(\.growth) == [.constant])
    }

    @Test func testPathKeys() throws {
        let configuration = try #require(
            try load("scan:\n  test_paths: [\"qa/**\"]\n  default_test_paths: false\n  test_severity: full\n")
        )
        #expect(
            configuration.scan
                == ScanConfiguration(
                    testPaths: ["qa/**"], includeDefaultTestPaths: false, testFindingsAtFullSeverity: true))
        let wrong = diagnostic("scan:\n  test_severity: warning\n")
        #expect(wrong?.description.contains("expected note or full") == true)
    }

    @Test func figuresDirectlyUnderBudgetsAreTheDefault() throws {
        let configuration = try #require(try load("budgets:\n  queries_per_request: { max: 3 }\n"))
        #expect(configuration.budgets.defaults.map(\.max) == [3])
    }

    @Test func unknownKeysAreErrorsWithSuggestions() {
        let top = diagnostic("scna:\n  ignore: []\n")
        #expect(
            top?.description.hasPrefix("hundredfold.yml:1:1: error: unknown key 'scna'; did you mean 'scan'?")
                == true)
        let kind = diagnostic("scan:\n  calls:\n    db-raed: [x]\n")
        #expect(kind?.message == "unknown key 'db-raed'; did you mean 'db-read'?")
        #expect(kind?.keyPath == "scan.calls")
        let figure = diagnostic("budgets:\n  default:\n    queries_per_reqest: { max: 1 }\n")
        #expect(figure?.message == "unknown key 'queries_per_reqest'; did you mean 'queries_per_request'?")
    }

    @Test func wrongTypes() {
        let ignore = diagnostic("scan:\n  ignore: vendor\n")
        #expect(
            ignore?.description
                == "hundredfold.yml:2:11: error: scan.ignore: expected a list of glob patterns, found the text 'vendor'"
        )
        let both = diagnostic(
            "budgets:\n  default: { queries_per_request: { max: 1 } }\n  rows_read_per_request: { max: 1 }\n")
        #expect(both?.message == "write figures either under default: or directly under budgets:, not both")
    }

    /// A glob that cannot match what its author meant is an error at the pattern, not a silent no-op.
    @Test func badGlobsAreLocatedErrors() {
        let unclosed = diagnostic("scan:\n  ignore:\n    - vendor/**\n    - \"src/[gen\"\n")
        #expect(unclosed?.location?.line == 4)
        #expect(unclosed?.location?.column == 7)
        #expect(unclosed?.keyPath == "scan.ignore[1]")
        #expect(
            unclosed?.message.contains("'src/[gen' has a problem at character 5: '[' is never closed") == true
        )
        let tests = diagnostic("scan:\n  test_paths: [\"../spec/**\"]\n")
        #expect(tests?.location?.line == 2)
        #expect(tests?.message.contains("'..' never matches") == true)
        let empty = diagnostic("scan:\n  ignore: [\"\"]\n")
        #expect(empty?.message.contains("the pattern is empty") == true)
        #expect((try? load("scan:\n  ignore: [\"*.py[co]\", \"pages/\\\\[id\\\\].tsx\"]\n")) != nil)
    }

    @Test func scenarioAllowPathsAreRead() throws {
        let configuration = try #require(try load("scenarios:\n  allow_paths: [\"../shared/schema\"]\n"))
        #expect(configuration.scenarioAllowedPaths == ["../shared/schema"])
        let typo = diagnostic("scenarios:\n  allow_path: [x]\n")
        #expect(typo?.message == "unknown key 'allow_path'; did you mean 'allow_paths'?")
    }
}
