import Foundation
import TestSupport
import Testing

/// The single-file HTML report of `hundredfold run --format html`.
@Suite(.serialized)
struct HTMLAcceptanceTests {
    @Test func runHTMLIsOneSelfContainedFileWithChartsAndEveryScenario() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(
            Fixture.nPlusOne(name: "first-one") + "---\n" + Fixture.tiny(name: "second-one"),
            to: "Scenarios/all.yml")
        let result = try hf(["run", "--format", "html"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let html = result.stdout
        #expect(html.lowercased().contains("<html") && html.lowercased().contains("</html>"))
        #expect(html.contains("<svg"), "charts are inline SVG")
        #expect(externalResourceReferences(in: html).isEmpty, "\(externalResourceReferences(in: html))")
        #expect(html.contains("first-one") && html.contains("second-one"))
        #expect(!html.contains(dir.url.path), "no absolute machine paths")
    }

    @Test func scenarioNamesAreEscaped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Fixture.tiny(name: "\"third <b>one</b> & co\""), to: "Scenarios/z.yml")
        let result = try hf(["run", "--format", "html"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        #expect(result.stdout.contains("third &lt;b&gt;one&lt;/b&gt; &amp; co"), "names are HTML-escaped")
        #expect(!result.stdout.contains("<b>one</b>"), "a name never becomes markup")
    }
}
