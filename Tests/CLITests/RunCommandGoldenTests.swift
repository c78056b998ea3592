import Foundation
import TestSupport
import Testing

/// The real output of `hundredfold run` on a bundled example, in every format, against golden files
/// in `Golden/`, with the timing values (latency rows and fields) replaced by `<timing>`.
/// Set `UPDATE_GOLDEN=1` to rewrite them after an intended change, and review the diff.
@Suite struct RunCommandGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = folder.deletingLastPathComponent().deletingLastPathComponent()

    /// `output` with every timing value replaced by a placeholder, and column padding folded (table
    /// widths follow the widest cell, which can be a latency value).
    static func withPlaceholders(_ output: String) throws -> String {
        let patterns = [
            // Text and Markdown rows of the latency figures.
            #"(?m)^(\s*\|? ?latency p\d\d \(ms\)).*$"#,
            // JSON timing fields.
            #""latency_ms" : \{[^}]*\}"#, #""latency_p\d\d_ms" : \{[^}]*\}"#,
            #""latency_samples_ms" : \[[^\]]*\]"#, #""duration_ms" : [-+.eE\d]+"#,
        ]
        var text = output
        for (index, pattern) in patterns.enumerated() {
            let regex = try NSRegularExpression(pattern: pattern)
            text = regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text),
                withTemplate: index == 0 ? "$1 <timing>" : "<timing>")
        }
        for (pattern, replacement) in [(#"(?<=\S) {2,}"#, " "), (#"-{3,}"#, "---")] {
            let regex = try NSRegularExpression(pattern: pattern)
            text = regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: replacement)
        }
        return text
    }

    @Test(arguments: ["text", "markdown", "json"])
    func matchesGoldenFile(format: String) throws {
        let result = try HundredfoldBinary.run(
            ["run", "Scenarios/n-plus-one.bad.yml", "--scales", "1,2,4", "--format", format], in: Self.root)
        #expect(result.exitCode == 1, "\(result.stderr)")
        let actual = try Self.withPlaceholders(result.stdout)
        let url = Self.folder.appendingPathComponent("Golden/n-plus-one.bad.\(format)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        #expect(actual == (try String(contentsOf: url, encoding: .utf8)))
    }
}
