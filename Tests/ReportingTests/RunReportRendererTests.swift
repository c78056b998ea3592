import Foundation
import HundredfoldCore
import Testing

@testable import Reporting

/// Every run renderer against its golden file in `Golden/`. Set `UPDATE_GOLDEN=1` to rewrite them
/// after an intended change, and review the diff.
@Suite struct RunReportRendererTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    func expectGolden(_ actual: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try AtomicFile.write(Data(actual.utf8), to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    @Test(arguments: RunReportFormat.allCases)
    func matchesGoldenFile(format: RunReportFormat) throws {
        let extensions: [RunReportFormat: String] = [.text: "txt", .json: "json", .markdown: "md"]
        let output = try format.renderer.render(RunReportFixture.report, options: RenderOptions())
        try expectGolden(output, "run.\(extensions[format] ?? format.rawValue)")
    }

    @Test func textColourOnlyWhenEnabled() throws {
        let plain = try TextRunReportRenderer().render(
            RunReportFixture.report, options: RenderOptions(color: false))
        let coloured = try TextRunReportRenderer().render(
            RunReportFixture.report, options: RenderOptions(color: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31mFAIL\u{1B}[0m"))
    }

    @Test func jsonHasTheFixedCoreNamesAndStableOrder() throws {
        let data = try ReportJSON.encode(RunReportFixture.report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "hundredfold.report/1")
        #expect(object["verdict"] as? String == "fail")
        let scenario = try #require((object["scenarios"] as? [[String: Any]])?.first)
        let scales = try #require(scenario["scales"] as? [[String: Any]])
        #expect(scales.map { $0["scale"] as? Int } == [1, 10, 100])
        let repeated = try #require(scales[2]["repeated_statements"] as? [[String: Any]])
        #expect(repeated.map { $0["count"] as? Int } == [400, 2])
        for key in [
            "queries_per_request", "rows_read_per_request", "rows_written_per_request", "latency_ms",
            "full_scans",
        ] {
            #expect(scales[0][key] != nil, "missing \(key)")
        }
        let growth = try #require(scenario["growth"] as? [String: [String: Any]])
        #expect(growth["queries_per_request"]?["class"] as? String == "linear")
        #expect(try ReportJSON.decode(data) == ReportJSON.normalized(RunReportFixture.report))
    }

    @Test func nonFiniteNumbersStayValidJSON() throws {
        var report = RunReportFixture.report
        report.scenarios[0].growth["rows_read_per_request"] = Growth(
            exponent: .nan, class: .worse, amplification: .infinity)
        let data = try ReportJSON.encode(report)
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        #expect(String(decoding: data, as: UTF8.self).contains("\"amplification\" : \"Infinity\""))
    }
}
