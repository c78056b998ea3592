import Foundation
import HundredfoldCore
import Testing

@testable import YAMLSupport

/// Reading YAML bytes: every way the bytes can be wrong becomes an error with a location.
@Suite struct YAMLReaderTests {
    func diagnostic(_ text: String) -> Diagnostic? {
        diagnostic(Data(text.utf8))
    }

    func diagnostic(_ data: Data) -> Diagnostic? {
        do {
            _ = try YAMLReader.documents(in: data, file: "s.yml")
            return nil
        } catch let error as YAMLError {
            return error.diagnostic
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func readsSeveralDocumentsWithLocations() throws {
        let documents = try YAMLReader.documents(in: Data("a: 1\n---\nb:\n  c: [x, y]\n".utf8), file: "s.yml")
        #expect(documents.count == 2)
        let second = try documents[1].mapping()
        let c = try #require(try second.required("b").mapping()["c"])
        #expect(c.keyPath == "b.c")
        #expect(c.location == SourceLocation(file: "s.yml", line: 4, column: 6))
        let items = try c.sequence()
        #expect(items[1].keyPath == "b.c[1]")
        #expect(items[1].location.column == 10)
    }

    @Test func emptyFile() {
        #expect(
            diagnostic("")?.description
                == "s.yml:1:1: error: the file is empty; expected at least one YAML document")
        #expect(diagnostic("  \n\n")?.message == "the file is empty; expected at least one YAML document")
    }

    @Test func onlyComments() {
        #expect(
            diagnostic("# nothing here\n# at all\n")?.message
                == "the file contains only comments; expected at least one YAML document")
    }

    @Test func notUTF8PointsAtTheBadByte() {
        var bytes = Array("name: ok\nschema: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n".utf8)
        let found = diagnostic(Data(bytes))
        #expect(found?.location == SourceLocation(file: "s.yml", line: 2, column: 12))
        #expect(found?.message == "the file is not valid UTF-8 text")
    }

    @Test func malformedYAMLHasLineAndColumn() {
        let found = diagnostic("name: x\nsteps: [a, b\nseed: 1\n")
        #expect(found?.message.hasPrefix("malformed YAML:") == true)
        #expect(found?.location?.file == "s.yml")
        #expect((found?.location?.line ?? 0) >= 2)
    }

    @Test func badIndentation() {
        let found = diagnostic("data:\n  users:\n    rows: 1\n   fixed: true\n")
        #expect(found?.message.hasPrefix("malformed YAML:") == true)
        #expect(found?.location?.line == 4)
    }

    @Test func tabIndentationGetsAHint() {
        let found = diagnostic("data:\n\tusers: 1\n")
        #expect(found?.location == SourceLocation(file: "s.yml", line: 2, column: 1))
        #expect(found?.hint == "YAML indentation must use spaces; replace the tab with spaces")
    }

    @Test func duplicateKeysPointAtTheRepetition() {
        let found = diagnostic("name: a\nseed: 1\nname: b\n")
        #expect(found?.location == SourceLocation(file: "s.yml", line: 3, column: 1))
        #expect(
            found?.message
                == "duplicate key 'name' (first at line 1, column 1): each key may appear only once in a mapping"
        )
        let nested = diagnostic("data:\n  users: { rows: 1 }\n  orders: { rows: 2 }\n  users: { rows: 3 }\n")
        #expect(nested?.location == SourceLocation(file: "s.yml", line: 4, column: 3))
        let flow = diagnostic("a: { b: 1, b: 2 }\n")
        #expect(flow?.message == "duplicate key 'b': each key may appear only once in a mapping")
    }

    /// libyaml counts CR, NEL, LS and PS as line breaks; line numbers here must agree with it
    /// (found by FuzzScenario: a duplicate key in a CR-only file crashed the repetition search).
    @Test(arguments: ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"])
    func duplicateKeysUnderEveryLineBreak(lineBreak: String) {
        let text = ["x: 0", "y:", "  a: 1", "  a: 2", ""].joined(separator: lineBreak)
        let found = diagnostic(text)
        #expect(found?.location == SourceLocation(file: "s.yml", line: 4, column: 3))
        #expect(found?.message.hasPrefix("duplicate key 'a' (first at line 3, column 3)") == true)
    }

    /// The input FuzzScenario crashed on, as it found it.
    @Test func fuzzedCarriageReturnFileIsALocatedError() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-cr-line-breaks.yml")
        let found = diagnostic(try Data(contentsOf: fixture))
        #expect(found != nil)
        #expect(
            found?.location?.file == "s.yml" && (found?.location?.line ?? 0) >= 1,
            "\(String(describing: found))")
    }

    @Test func onlyDocumentMarkersIsEmpty() {
        #expect(diagnostic("---\n---\n")?.message == "the file is empty; expected at least one YAML document")
    }
}

/// Syntax errors say what was expected in plain words, never in libyaml's internal vocabulary.
@Suite struct YAMLSyntaxWordingTests {
    static let libyamlWords = [
        "while scanning", "while parsing", "did not find expected", "could not find expected",
        "not allowed in this context", "found unexpected end of stream", "block mapping", "flow sequence",
        "plain scalar", "quoted scalar", "block collection", "simple key", "found undefined alias",
    ]

    func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try YAMLReader.documents(in: Data(text.utf8), file: "s.yml")
            return nil
        } catch let error as YAMLError {
            return error.diagnostic
        } catch {
            return nil
        }
    }

    @Test(arguments: [
        ("name: a\nschema: \"x\n", "never closed"), ("name: a\n  schema: x\n", "unexpected ':'"),
        ("a: [1, 2\nb: 1\n", "the list '[' (opened at line 1, column 4) is not closed"),
        ("a: {x: 1\nb: 1\n", "the mapping '{'"), ("- a\nb: 1\n", "expected a list item"),
        ("a: &x 1\nb: *y\n", "refers to no anchor"), ("a: \"\\q\"\n", "unknown escape sequence"),
        ("a: @b\n", "the character '@' cannot start a value"),
        ("data:\n  users:\n    rows: 1\n   fixed: true\n", "expected"),
        ("a:\n  b: 1\n c: 2\n", "expected"), ("a: b: c\n", "unexpected ':'"), ("a: 1\n- b\n", "expected"),
    ])
    func saysWhatWasExpectedInPlainWords(text: String, phrase: String) throws {
        let found = try #require(diagnostic(text))
        #expect(found.message.hasPrefix("malformed YAML: "))
        #expect(found.message.contains(phrase), "\(found.message)")
        for words in Self.libyamlWords {
            #expect(!found.message.contains(words), "\(found.message)")
        }
        #expect(found.location?.file == "s.yml")
        #expect((found.location?.line ?? 0) >= 1)
    }
}
