import Testing

@testable import StaticScan

/// A long file finds exactly what its functions find one by one: the per-file lookups that
/// replaced whole-file passes (assignments of a name, calls and chains in a loop) must not leak
/// one function's facts into another's. The time of this scan is measured in
/// `Benchmarks/Sources/ScanBenchmark` (`large-file`), not here.
@Suite struct LargeFileTests {
    static let header =
        "import asyncio\nimport time\n\nimport requests\n\nfrom app.models import Order, User\n\n\n"

    /// Function shapes for the HF1xx and HF2xx paths that look at a whole function: in-memory
    /// values by scope, a name assigned in every function, fan-outs, retries, pagination.
    static let shapes = [
        """
        def load_{i}(ids):
            cache = {}
            for x in ids:
                user = User.objects.get(id=x)
                cache.get(x)
                requests.get("http://example.com/%s" % user.name)
            return cache

        """,
        """
        def remote_{i}(ids):
            for x in ids:
                cache.get(x)
                user = x

        """,
        """
        async def gather_{i}(ids):
            tasks = []
            for x in ids:
                tasks.append(fetch(x))
            return await asyncio.gather(*tasks)

        """,
        """
        def retry_{i}(client):
            while True:
                try:
                    return client.get("/status")
                except Exception:
                    time.sleep(1)

        """,
        """
        def pages_{i}(invoices):
            url = BASE_URL + "/invoices"
            while url:
                data = requests.get(url).json()
                invoices.extend(data["results"])
                url = data["next"]

        """,
    ]

    static func key(_ finding: Finding, lineOffset: Int = 0) -> String {
        "\(finding.rule):\(finding.line + lineOffset):\(finding.column)"
    }

    @Test func threeThousandFunctionsFindWhatEachFindsAlone() {
        let scanner = Scanner()
        let headerLines = Self.header.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let alone = Self.shapes.map { shape in
            let text = Self.header + shape.replacingOccurrences(of: "{i}", with: "0")
            return scanner.scan(SourceFile(path: "a.py", text: text, changedLines: nil))
        }
        // Every shape reports something, so the comparison below cannot pass on silence.
        #expect(alone.allSatisfy { !$0.isEmpty })
        var text = Self.header
        var expected: [String] = []
        var line = headerLines
        for index in 0..<3000 {
            let shape = Self.shapes[index % Self.shapes.count]
            expected += alone[index % Self.shapes.count].map { Self.key($0, lineOffset: line - headerLines) }
            text += shape.replacingOccurrences(of: "{i}", with: String(index))
            line += shape.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        }
        let findings = scanner.scan(SourceFile(path: "a.py", text: text, changedLines: nil))
        #expect(findings.count == expected.count)
        #expect(findings.map { Self.key($0) } == expected)
    }
}
