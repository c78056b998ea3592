import Foundation
import TestSupport
import Testing

/// Everything git can put in a unified diff, and diffs that are not valid.
@Suite("scan --diff input")
struct DiffInputTests {
    let line = DiffFixtures.carriersLine
    var carriers: Data { Data(DiffFixtures.carriers.utf8) }

    // MARK: - Malformed input

    @Test func garbageIsBadInputNamingTheDiff() throws {
        let repo = try DiffFixtures.repository(adding: [:])
        defer { repo.remove() }
        let outcome = try DiffFixtures.scan(Data(DiffFixtures.garbage.utf8), named: "garbage.diff", in: repo)
        #expect(outcome.result.exitCode == 2, "\(outcome.result.stderr)")
        #expect(
            outcome.result.stderr.range(of: "garbage\\.diff:\\d+", options: .regularExpression) != nil,
            "message names the diff and a line: \(outcome.result.stderr)")
    }

    @Test func hunkWithWrongCountsIsBadInputNamingTheLine() throws {
        let repo = try DiffFixtures.repository(adding: [:])
        defer { repo.remove() }
        let outcome = try DiffFixtures.scan(
            Data(DiffFixtures.wrongCount.utf8), named: "counts.diff", in: repo)
        #expect(outcome.result.exitCode == 2, "\(outcome.result.stderr)")
        #expect(
            namedLines(in: outcome.result.stderr, file: "counts.diff").intersection(
                DiffFixtures.wrongCountLines
            ).count > 0,
            "names line 6 or 11: \(outcome.result.stderr)")
    }

    @Test func truncatedHunkIsBadInputNamingTheLine() throws {
        let repo = try DiffFixtures.repository(adding: [:])
        defer { repo.remove() }
        let outcome = try DiffFixtures.scan(Data(DiffFixtures.truncated.utf8), named: "cut.diff", in: repo)
        #expect(outcome.result.exitCode == 2, "\(outcome.result.stderr)")
        #expect(
            namedLines(in: outcome.result.stderr, file: "cut.diff").intersection(DiffFixtures.truncatedLines)
                .count > 0,
            "names line 5, 7 or 8: \(outcome.result.stderr)")
    }

    @Test func emptyDiffIsCleanAndEmpty() throws {
        let repo = try DiffFixtures.repository(adding: ["app/carriers.py": carriers])
        defer { repo.remove() }
        let file = try DiffFixtures.scan(Data(), named: "empty.diff", in: repo)
        #expect(file.result.exitCode == 0 && file.document?.findings.isEmpty == true, "\(file.result.stderr)")
        let piped = try Scan.json(["--diff", "-", "--fail-on", "warning"], in: repo.url, stdin: Data())
        #expect(
            piped.result.exitCode == 0 && piped.document?.findings.isEmpty == true, "\(piped.result.stderr)")
    }

    // MARK: - What git produces

    @Test func binaryPatchesAreSkippedAndTextStillScanned() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        png.append(contentsOf: (0..<600).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        let repo = try DiffFixtures.repository(adding: ["static/logo.png": png, "app/carriers.py": carriers])
        defer { repo.remove() }
        for flags in [["--binary"], []] {
            let outcome = try DiffFixtures.scan(try Scan.gitDiff(flags + ["HEAD~1"], in: repo.url), in: repo)
            #expect(outcome.result.exitCode == 0, "\(flags): \(outcome.result.stderr)")
            #expect(outcome.has("HF101", "app/carriers.py", line), "\(flags)")
            #expect(!outcome.findings.contains { $0.path.hasPrefix("static/") })
        }
    }

    @Test func crlfFilesAndCrlfDiffs() throws {
        let crlf = Data(DiffFixtures.carriers.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let repo = try DiffFixtures.repository(adding: ["app/carriers.py": crlf, "app/plain.py": carriers])
        defer { repo.remove() }
        let natural = try DiffFixtures.scan(try Scan.gitDiff(["HEAD~1"], in: repo.url), in: repo)
        #expect(
            natural.has("HF101", "app/carriers.py", line) && natural.has("HF101", "app/plain.py", line),
            "\(natural.findings.map(\.key)) \(natural.result.stderr)")
        let lf = String(
            decoding: try Scan.gitDiff(["HEAD~1", "--", "app/plain.py"], in: repo.url), as: UTF8.self)
        let converted = Data(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let whole = try DiffFixtures.scan(converted, named: "crlf.diff", in: repo)
        #expect(whole.result.exitCode == 0, "\(whole.result.stderr)")
        #expect(whole.findings.map(\.key) == [FindingKey(rule: "HF101", path: "app/plain.py", line: line)])
    }

    @Test func nonUTF8BytesInAFile() throws {
        var latin1 = Data("# Exp".utf8) + Data([0xE9]) + Data("ditions par client (Latin-1)\n".utf8)
        latin1.append(carriers)
        let repo = try DiffFixtures.repository(adding: ["app/carriers.py": latin1])
        defer { repo.remove() }
        let viaDiff = try DiffFixtures.scan(try Scan.gitDiff(["HEAD~1"], in: repo.url), in: repo)
        #expect(
            viaDiff.has("HF101", "app/carriers.py", line + 1),
            "\(viaDiff.findings.map(\.key)) \(viaDiff.result.stderr)")
        let viaBase = try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        #expect(viaBase.has("HF101", "app/carriers.py", line + 1), "\(viaBase.result.stderr)")
    }

    @Test func quotedNonASCIIPathAndPathWithSpaces() throws {
        let repo = try DiffFixtures.repository(adding: [
            "app/expédition.py": carriers, "app/order views.py": carriers,
        ])
        defer { repo.remove() }
        let diff = try Scan.gitDiff(["HEAD~1"], in: repo.url)
        #expect(String(decoding: diff, as: UTF8.self).contains("\\303\\251"), "git quoted the path")
        for outcome in [
            try DiffFixtures.scan(diff, in: repo),
            try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url),
        ] {
            #expect(
                outcome.has("HF101", "app/expédition.py", line),
                "\(outcome.findings.map(\.key)) \(outcome.result.stderr)")
            #expect(outcome.has("HF101", "app/order views.py", line), "\(outcome.findings.map(\.key))")
            #expect(outcome.findings.count == 2)
        }
    }

    @Test func renameWithChangesReportsTheNewPath() throws {
        let repo = try TestRepository()
        defer { repo.remove() }
        try repo.commit(text: ["app/views.py": Fixture.viewsBase], message: "base")
        try repo.commit(
            text: ["app/views.py": nil, "shop/views.py": Fixture.viewsHead], message: "move and extend")
        let diff = try Scan.gitDiff(["-M", "HEAD~1"], in: repo.url)
        #expect(String(decoding: diff, as: UTF8.self).contains("rename from app/views.py"))
        for outcome in [
            try DiffFixtures.scan(diff, in: repo),
            try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url),
        ] {
            #expect(
                outcome.findings.map(\.key) == [
                    FindingKey(rule: "HF101", path: "shop/views.py", line: Fixture.findingLine)
                ],
                "\(outcome.findings.map(\.key)) \(outcome.result.stderr)")
        }
    }

    @Test func deletedFileProducesNothingAndOthersStillScan() throws {
        let legacy = Data(
            """
            class LegacyReport
              def rows(orders)
                orders.map do |order|
                  Shipment.find_by(order_id: order.id)&.carrier
                end
              end
            end

            """.utf8)
        let repo = try DiffFixtures.repository(
            adding: ["app/carriers.py": carriers], base: ["legacy/report.rb": legacy])
        defer { repo.remove() }
        try repo.commit(text: ["legacy/report.rb": nil], message: "drop legacy")
        let diff = try Scan.gitDiff(["HEAD~2"], in: repo.url)
        #expect(String(decoding: diff, as: UTF8.self).contains("deleted file mode"))
        let scans = [
            try DiffFixtures.scan(diff, in: repo),
            try Scan.json(["--base", "HEAD~2", "--fail-on", "none"], in: repo.url),
        ]
        for outcome in scans {
            #expect(
                outcome.findings.map(\.key) == [
                    FindingKey(rule: "HF101", path: "app/carriers.py", line: line)
                ],
                "\(outcome.findings.map(\.key)) \(outcome.result.stderr)")
        }
    }

    @Test func pureRenameIntroducesNothing() throws {
        let repo = try DiffFixtures.repository(adding: [:], base: ["app/carriers.py": carriers])
        defer { repo.remove() }
        try repo.commit(
            text: ["app/carriers.py": nil, "shop/carriers.py": DiffFixtures.carriers], message: "move")
        let diff = try Scan.gitDiff(["-M", "HEAD~1"], in: repo.url)
        #expect(String(decoding: diff, as: UTF8.self).contains("similarity index 100%"))
        let scans = [
            try DiffFixtures.scan(diff, in: repo),
            try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url),
        ]
        for outcome in scans {
            #expect(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
            #expect(
                outcome.document?.findings.isEmpty == true,
                "a move adds no call: \(outcome.findings.map(\.key))")
        }
    }

    @Test func noPrefixDiffAndMissingFinalNewline() throws {
        let noNewline = Data(DiffFixtures.carriers.dropLast().utf8)
        let repo = try DiffFixtures.repository(adding: ["app/carriers.py": noNewline])
        defer { repo.remove() }
        let diff = try Scan.gitDiff(["--no-prefix", "HEAD~1"], in: repo.url)
        #expect(String(decoding: diff, as: UTF8.self).contains("\\ No newline at end of file"))
        let outcome = try DiffFixtures.scan(diff, in: repo)
        #expect(
            outcome.findings.map(\.key) == [FindingKey(rule: "HF101", path: "app/carriers.py", line: line)],
            "\(outcome.findings.map(\.key)) \(outcome.result.stderr)")
    }

    @Test func severalCommitsConcatenated() throws {
        let repo = try DiffFixtures.repository(adding: ["app/first.py": carriers])
        defer { repo.remove() }
        try repo.commit(["app/second.py": carriers], message: "second")
        var plain = try Scan.gitDiff(["HEAD~2", "HEAD~1"], in: repo.url)
        plain.append(try Scan.gitDiff(["HEAD~1", "HEAD"], in: repo.url))
        let patches = Data(try repo.git(["format-patch", "--stdout", "HEAD~2..HEAD"]).utf8)
        for (name, diff) in [("plain.diff", plain), ("series.patch", patches)] {
            let outcome = try DiffFixtures.scan(diff, named: name, in: repo)
            #expect(outcome.result.exitCode == 0, "\(name): \(outcome.result.stderr)")
            #expect(
                Set(outcome.findings.map(\.key)) == [
                    FindingKey(rule: "HF101", path: "app/first.py", line: line),
                    FindingKey(rule: "HF101", path: "app/second.py", line: line),
                ], "\(name): \(outcome.findings.map(\.key))")
        }
    }

    @Test func pathsOutsideTheRepositoryAreNeverRead() throws {
        let repo = try DiffFixtures.repository(adding: ["app/carriers.py": carriers], subfolder: "repo")
        defer { repo.remove() }
        // A real file outside the repository, with an N+1 in it, that a careless tool would read.
        try Data(DiffFixtures.carriers.utf8).write(to: repo.directory.url.appendingPathComponent("secret.py"))
        var diff = String(decoding: try Scan.gitDiff(["HEAD~1"], in: repo.url), as: UTF8.self)
        for target in ["../secret.py", "../../etc/passwd", "/etc/passwd"] {
            diff += """
                diff --git a/\(target) b/\(target)
                index 1111111..2222222 100644
                --- a/\(target)
                +++ b/\(target)
                @@ -5,2 +5,3 @@
                     result = []
                     for order in Order.objects.filter(customer_id=customer_id)[:50]:
                +        result.append(Shipment.objects.get(order_id=order.id).carrier)

                """
        }
        let outcome = try DiffFixtures.scan(Data(diff.utf8), in: repo)
        // With --fail-on none: either the unsafe paths are skipped (exit 0, the rest scanned) or
        // the diff is refused as bad input (exit 2, with a message); never a crash.
        #expect([0, 2].contains(outcome.result.exitCode), "no crash: \(outcome.result.stderr)")
        #expect(
            !outcome.findings.contains {
                $0.path.contains("..") || $0.path.contains("secret") || $0.path.contains("passwd")
                    || $0.path.hasPrefix("/")
            },
            "\(outcome.findings.map(\.key))")
        if outcome.result.exitCode == 0 {
            #expect(outcome.has("HF101", "app/carriers.py", line), "the valid part is still scanned")
        } else {
            #expect(!outcome.result.stderr.isEmpty)
        }
    }

    // MARK: - Helpers

    /// Line numbers that stderr names for `file` (`file:LINE` or `file:LINE:COLUMN`).
    private func namedLines(in stderr: String, file: String) -> Set<Int> {
        let pattern = NSRegularExpression.escapedPattern(for: file) + ":(\\d+)"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(stderr.startIndex..., in: stderr)
        return Set(
            regex.matches(in: stderr, range: range).compactMap { match in
                Range(match.range(at: 1), in: stderr).flatMap { Int(stderr[$0]) }
            })
    }
}
