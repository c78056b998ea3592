import Foundation
import Testing

/// The Markdown reading the summary tests rely on, checked on hand-written summaries: a summary
/// that does what issue 12 asks passes every check, and the known ways of breaking one are caught.
struct MarkdownReadingTests {
    /// A summary shaped the way issue 12 asks, with an escaped injected name and statement.
    static let good = """
        <!-- hundredfold:summary -->
        ## ❌ Hundredfold: fail

        **order-history**: queries per request ×2,001 at scale 100 (1 → 2,001): `` SELECT `total` || '|' FROM orders WHERE id = ? `` runs 2,000 times a request.

        | scenario | figure | base → head | change |
        |---|---|--:|--:|
        | order-history | queries/request | 1 → 2,001 | ×2,001 ❌ |
        | &lt;img src=x onerror=alert(1)&gt; | queries/request | 1 → 1 | = |
        | ``` pipes \\| and `ticks` \\|\\| ``here`` ``` | latency p95 | 0.1 ms | noise |

        <details><summary>Per scale</summary>

        | scale | queries |
        |--:|--:|
        | 1 | 21 |

        </details>

        """

    @Test func aGoodSummaryReadsAsItRenders() throws {
        let document = MarkdownDocument(Self.good)
        #expect(document.tables.count == 2)
        let main = try #require(document.tables.first)
        #expect(main.header.count == 4)
        #expect(main.rawCellCounts == [4, 4, 4])
        #expect(main.insideDetails == false)
        #expect(document.tables.last?.insideDetails == true)
        let names = main.rows.map { RenderedInline($0[0], inTableCell: true).text }
        #expect(
            names == ["order-history", "<img src=x onerror=alert(1)>", "pipes | and `ticks` || ``here``"])
        let headline = document.visibleText(5)
        #expect(headline.contains("SELECT `total` || '|' FROM orders WHERE id = ?"))
        #expect(showsFactor(headline, 2001))
        #expect(mentionsNumber(headline, 2000))
        #expect(!mentionsNumber("2001 queries", 20), "a number inside a longer one does not count")
        #expect(!showsFactor("×2,001", 2), "nor does a factor's prefix")
        #expect(showsFactor("grew × 95.3", 95.3))
        let cells = figureCells(in: main, scenario: "order-history", figure: "queries_per_request")
        #expect(cells.count == 1 && cells[0].contains("❌"))
        #expect(
            figureCells(in: main, scenario: "pipes | and `ticks` || ``here``", figure: "latency_p95_ms") == [
                "0.1 ms | noise"
            ])
        for index in document.lines.indices {
            #expect(document.rendered(line: index).unexpectedTags.isEmpty, "line \(index + 1)")
        }
    }

    @Test func rawHTMLAndBrokenRowsAreCaught() {
        let bad = """
            ## fail

            | scenario | change |
            |---|---|
            | a|b | ×2 |
            | <img src=x onerror=alert(1)> | ×3 |

            <summary>`<img src=y>`</summary>
            """
        let document = MarkdownDocument(bad)
        let table = document.tables.first
        #expect(table?.rawCellCounts == [3, 2], "an unescaped pipe breaks the row")
        let cell = RenderedInline(table?.rows.last?.first ?? "", inTableCell: true)
        #expect(cell.unexpectedTags == ["<img src=x onerror=alert(1)>"])
        let summaryLine = document.lines.firstIndex { $0.hasPrefix("<summary>") } ?? 0
        #expect(
            document.rendered(line: summaryLine).unexpectedTags == ["<img src=y>"],
            "backticks do not protect inside an HTML block")
    }

    @Test func widthsCountEmojiAsTwoCells() {
        #expect(displayWidth("×2,001 ❌") == 9)
        #expect(displayWidth("⚠️") == 2)
        #expect(cellLines("a<br>bb").map(displayWidth) == [1, 2])
    }
}
