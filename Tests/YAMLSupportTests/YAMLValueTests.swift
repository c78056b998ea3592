import Foundation
import HundredfoldCore
import Testing

@testable import YAMLSupport

/// Typed reads: "expected X, found Y", unknown keys with suggestions, budgets.
@Suite struct YAMLValueTests {
    func root(_ text: String) throws -> YAMLValue {
        try #require(try YAMLReader.documents(in: Data(text.utf8), file: "f.yml").first)
    }

    func error(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch let error as YAMLError {
            return error.diagnostic
        } catch {
            return nil
        }
    }

    @Test func scalarsOfTheRightType() throws {
        let map = try root("i: 5\nd: 2.5\nb: true\ns: hello\nq: '7'\n").mapping()
        #expect(try map.int("i") == 5)
        #expect(try map.double("d") == 2.5)
        #expect(try map.double("i") == 5)
        #expect(try map.bool("b") == true)
        #expect(try map.string("s") == "hello")
        #expect(try map.string("q") == "7")
    }

    @Test func wrongTypesSayWhatWasExpectedAndFound() throws {
        let map = try root("rows: many\nseed: 1.5\nflag: 3\nlist: { a: 1 }\n").mapping()
        let rows = error { _ = try map.int("rows") }
        #expect(rows?.description == "f.yml:1:7: error: rows: expected an integer, found the text 'many'")
        #expect(error { _ = try map.int("seed") }?.message == "expected an integer, found the number 1.5")
        #expect(error { _ = try map.bool("flag") }?.message == "expected true or false, found the integer 3")
        #expect(
            error { _ = try map.required("list").sequence() }?.message == "expected a list, found a mapping")
        #expect(
            error { _ = try root("q: '7'\n").mapping().int("q") }?.message
                == "expected an integer, found the text '7'")
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let value = try root("name: x\nshcema: y\n")
        let found = error { _ = try value.mapping(allowedKeys: ["name", "schema", "data"]) }
        #expect(
            found?.description.hasPrefix("f.yml:2:1: error: unknown key 'shcema'; did you mean 'schema'?")
                == true)
        let far = error { _ = try value.mapping(allowedKeys: ["name", "workload"]) }
        #expect(far?.message == "unknown key 'shcema'")
    }

    @Test func missingKeyIsReportedAtTheMapping() throws {
        let value = try root("outer:\n  a: 1\n").mapping().required("outer")
        let found = error { _ = try value.mapping().required("b") }
        #expect(found?.description == "f.yml:2:3: error: outer: missing required key 'b'")
    }

    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("scaels", "scales") == 1)
        #expect(Suggestion.nearest(to: "requets", in: ["requests", "seed"]) == "requests")
        #expect(Suggestion.nearest(to: "zzz", in: ["requests", "seed"]) == nil)
    }

    @Test func budgets() throws {
        let value = try root(
            "queries_per_request: { max: 50, growth: constant }\nlatency_p95_ms: { max: 25, scale: 100 }\n"
                + "rows_read_per_request: { regression: { percent: 10 } }\n")
        let budgets = try value.budgets()
        #expect(budgets.map(\.figure) == [.queriesPerRequest, .latencyP95Ms, .rowsReadPerRequest])
        #expect(budgets[0].growth == .constant)
        #expect(budgets[1].scale == 100)
        #expect(budgets[2].regression == RegressionLimit(percent: 10))
        #expect(budgets[0].location == SourceLocation(file: "f.yml", line: 1, column: 1))
    }

    @Test func budgetErrors() throws {
        let unknown = error { _ = try root("queries_per_reqest: { max: 1 }\n").budgets() }
        #expect(unknown?.message == "unknown key 'queries_per_reqest'; did you mean 'queries_per_request'?")
        let growth = error { _ = try root("queries_per_request: { growth: linaer }\n").budgets() }
        #expect(growth?.message == "unknown growth class 'linaer'; did you mean 'linear'?")
        #expect(growth?.keyPath == "queries_per_request.growth")
        let empty = error { _ = try root("queries_per_request: {}\n").budgets() }
        #expect(empty?.message == "a budget needs at least one of max, growth or regression")
    }
}
