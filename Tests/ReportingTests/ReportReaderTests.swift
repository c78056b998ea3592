import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// Reading reports back: JSON errors point at the line and column where the JSON breaks.
@Suite struct ReportReaderTests {
    @Test func brokenJSONNamesTheLineAndColumnOfTheBreak() throws {
        let data = Data("{\n  \"schema\": \"hundredfold.report/1\",\n  \"scenarios\": [}\n".utf8)
        let error = #expect(throws: ReportError.self) { try ReportReader.decode(data, file: "r.json") }
        let location = try #require(error?.diagnostic.location)
        #expect(location.file == "r.json")
        #expect(location.line == 3)
        #expect(location.column == 17)
    }

    @Test(arguments: [(0, 1, 1), (1, 1, 2), (2, 2, 1), (5, 2, 4), (7, 3, 2), (9, 4, 2), (99, 4, 4)])
    func byteOffsetsBecomeLinesAndColumns(offset: Int, line: Int, column: Int) {
        let text = Data("{\nabc\nd\nxyz".utf8)
        #expect(JSONErrorPosition(offset: offset, in: text) == JSONErrorPosition(line: line, column: column))
    }

    @Test func multiByteCharactersCountAsOneColumn() {
        let data = Data("[\"é€\" x]".utf8)
        // "[", "\"", "é" (2 bytes), "€" (3 bytes), "\"", " " — the x starts at byte 9, column 7.
        #expect(JSONErrorPosition(offset: 9, in: data) == JSONErrorPosition(line: 1, column: 7))
    }

    @Test func anErrorWithoutAnOffsetPointsAtTheStart() {
        struct Opaque: Error {}
        #expect(
            JSONErrorPosition(error: Opaque(), in: Data("{}".utf8)) == JSONErrorPosition(line: 1, column: 1))
    }

    @Test func aParseErrorSaysWhatIsThereInWords() {
        let data = Data("{\"schema\": \"hundredfold.report/1\",\n  \"scenarios\": [ , ]}".utf8)
        #expect(throws: ReportError.self) { try ReportReader.decode(data, file: "r.json") }
        do {
            _ = try ReportReader.decode(data, file: "r.json")
        } catch let error as ReportError {
            let diagnostic = error.diagnostic
            #expect(diagnostic.location == SourceLocation(file: "r.json", line: 2, column: 18))
            #expect(diagnostic.message.contains("unexpected ','"), "\(diagnostic.message)")
            #expect(!diagnostic.message.contains("correct format"))
        } catch {
            Issue.record("\(error)")
        }
    }

    /// A value of the wrong kind is placed at the value itself, in JSON's words, never Swift's.
    @Test func aWrongValueIsPlacedAtItsLineInJSONWords() throws {
        let written = try ReportJSON.encode(RunReportFixture.report)
        var object = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        var scenarios = try #require(object["scenarios"] as? [[String: Any]])
        scenarios[1]["scales"] = "nope"
        object["scenarios"] = scenarios
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        let text = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(text.firstIndex { $0.contains("\"nope\"") }) + 1
        let error = #expect(throws: ReportError.self) { try ReportReader.decode(data, file: "r.json") }
        let diagnostic = try #require(error?.diagnostic)
        #expect(diagnostic.location?.line == line)
        #expect(
            diagnostic.location?.column
                == text[line - 1].firstRange(of: "\"nope\"").map {
                    text[line - 1].unicodeScalars.distance(from: text[line - 1].startIndex, to: $0.lowerBound)
                        + 1
                })
        #expect(diagnostic.keyPath == "scenarios[1].scales")
        #expect(diagnostic.message == "malformed report: expected a list, found text")
    }

    @Test func theLocatorFollowsKeysAndIndexesPastLookAlikeText() throws {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) {
                stringValue = "\(intValue)"
                self.intValue = intValue
            }
        }
        let data = Data(#"{"a": "{\"b\": [", "b": [{"c": 1}, {"c": [true]}], "d": null}"#.utf8)
        let path: [CodingKey] = [Key(stringValue: "b"), Key(intValue: 1), Key(stringValue: "c")]
        let offset = try #require(JSONValueLocator.offset(of: path, in: data))
        #expect(JSONValueLocator.kind(at: offset, in: data) == "a list")
        #expect(
            JSONValueLocator.offset(of: [Key(stringValue: "d")], in: data).map {
                JSONValueLocator.kind(at: $0, in: data)
            } == "null")
        #expect(JSONValueLocator.offset(of: [Key(stringValue: "x")], in: data) == nil)
        #expect(JSONValueLocator.offset(of: [Key(stringValue: "b"), Key(intValue: 5)], in: data) == nil)
    }
}
