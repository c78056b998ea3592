import Foundation
import HundredfoldCore
import Testing

@testable import YAMLSupport

/// Inputs built to exhaust the reader are refused quickly, at a location, before composing.
@Suite struct YAMLLimitTests {
    func error(_ text: String) -> YAMLError? {
        do {
            _ = try YAMLReader.documents(in: Data(text.utf8), file: "s.yml")
            return nil
        } catch let error as YAMLError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    /// Nine levels of nine aliases: 9^9 nodes from a few hundred bytes, used as mapping keys
    /// (whose duplicate check compares whole keys).
    static let aliasBomb: String = {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
                    + "]")
            previous = name
        }
        lines.append("? *i\n: 1\n? [*i, *i]\n: 2")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func anAliasBombIsRefusedAtTheAliasThatPassesTheLimit() throws {
        let start = ContinuousClock.now
        let refused = try #require(error(Self.aliasBomb))
        #expect(ContinuousClock.now - start < .seconds(5))
        let diagnostic = refused.diagnostic
        #expect(diagnostic.message.contains("aliases expand"), "\(diagnostic.message)")
        let location = try #require(diagnostic.location)
        #expect(location.file == "s.yml")
        #expect(location.line > 1 && location.line <= 11, "at an alias: \(location)")
    }

    @Test func aFewAliasesAreFine() throws {
        let text = "defaults: &d { rows: 10, fixed: true }\nusers: *d\norders: *d\n"
        #expect(error(text) == nil)
    }

    @Test func deepNestingIsRefused() throws {
        let text = "x: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n"
        let refused = try #require(error(text))
        #expect(refused.diagnostic.message.contains("nest deeper"), "\(refused.diagnostic.message)")
        #expect(refused.diagnostic.location?.line == 1)
    }

    @Test func moreValuesThanAHandWrittenFileHoldsAreRefused() throws {
        let text =
            "scales: ["
            + (1...(AliasExpansion.maximumWrittenNodes + 5)).map(String.init).joined(separator: ",") + "]\n"
        let refused = try #require(error(text))
        #expect(refused.diagnostic.message.contains("YAML values"), "\(refused.diagnostic.message)")
        #expect(refused.diagnostic.location?.line == 1)
    }

    @Test func anOversizedFileIsRefusedBeforeReading() throws {
        let text = "a: \"" + String(repeating: "x", count: YAMLReader.maximumBytes) + "\"\n"
        let refused = try #require(error(text))
        #expect(refused.diagnostic.message.contains("bytes"), "\(refused.diagnostic.message)")
        #expect(refused.diagnostic.location == SourceLocation(file: "s.yml", line: 1, column: 1))
    }

    /// Syntax errors still come from the composer, with its own location.
    @Test func malformedYAMLIsStillASyntaxError() throws {
        let refused = try #require(error("a: [1, 2\nb: 3\n"))
        guard case .syntax = refused else {
            Issue.record("expected a syntax error, got \(refused)")
            return
        }
    }
}
