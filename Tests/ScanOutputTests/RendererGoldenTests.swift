import Foundation
import ScanOutput
import StaticScan
import Testing

/// Every format against its golden file (`Golden/sample.<format>`); `{{VERSION}}` stands for the
/// tool version. Set `HUNDREDFOLD_UPDATE_GOLDEN=1` to rewrite the files after a deliberate change.
@Suite struct RendererGoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    @Test(arguments: ScanFormat.allCases)
    func matchesGoldenFile(format: ScanFormat) throws {
        let output = format.renderer.render(SampleReport.report())
            .replacingOccurrences(of: "\"\(ScanReport.defaultToolVersion)\"", with: "\"{{VERSION}}\"")
        let url = Self.goldenFolder.appendingPathComponent("sample.\(format.rawValue)")
        if ProcessInfo.processInfo.environment["HUNDREDFOLD_UPDATE_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected)
    }

    @Test(arguments: ScanFormat.allCases)
    func renderingIsDeterministicWhateverTheInputOrder(format: ScanFormat) {
        let shuffled = ScanReport(
            findings: SampleReport.findings.reversed(), rules: SampleReport.rules.reversed(), filesScanned: 3,
            skipped: [SkippedFile(path: "logo.png", reason: "binary file, not scanned")])
        #expect(format.renderer.render(shuffled) == format.renderer.render(SampleReport.report()))
    }

    @Test func emptyReportsSayTheScanPassed() {
        let report = ScanReport(findings: [], rules: SampleReport.rules, filesScanned: 0)
        #expect(TextScanRenderer().render(report) == "No findings; 0 files scanned.\n")
        #expect(GitHubScanRenderer().render(report) == "")
        #expect(MarkdownScanRenderer().render(report).hasPrefix("### Hundredfold scan: ✅ **pass**"))
        #expect(JSONScanRenderer().render(report).contains("\"findings\" : [\n\n  ]"))
    }

    @Test func failOnThresholdCountsOnlyNewFindingsAtOrAboveIt() {
        #expect(SampleReport.report(failOn: .error).failed)
        #expect(SampleReport.report(failOn: .warning).failed)
        #expect(!SampleReport.report(failOn: nil).failed)
        let onlyExisting = ScanReport(
            findings: [SampleReport.findings[2]], rules: [], filesScanned: 1, failOn: .note)
        #expect(!onlyExisting.failed)
    }
}
