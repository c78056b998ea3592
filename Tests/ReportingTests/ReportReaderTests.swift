import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// Reading reports back: JSON errors point at the line and column where the JSON breaks.
@Suite struct ReportReaderTests {
    @Test func brokenJSONNamesTheLineAndColumnOfTheBreak() throws {
        let data = Data("{\n  \"schema\": \"hundredfold.report/1\",\n  \"scenarios\": [}\n".utf8)
        let error = #expect(throws: ReportReadError.self) { try ReportReader.decode(data, file: "r.json") }
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
        #expect(throws: ReportReadError.self) { try ReportReader.decode(data, file: "r.json") }
        do {
            _ = try ReportReader.decode(data, file: "r.json")
        } catch let error as ReportReadError {
            let diagnostic = error.diagnostic
            #expect(diagnostic.location == SourceLocation(file: "r.json", line: 2, column: 18))
            #expect(diagnostic.message.contains("unexpected ','"), "\(diagnostic.message)")
            #expect(!diagnostic.message.contains("correct format"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
