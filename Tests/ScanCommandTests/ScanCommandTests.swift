import Foundation
import TestSupport
import Testing

/// `hundredfold scan` run as a real child process in real git repositories.
@Suite struct ScanCommandTests {
    /// A repository whose base has a long loop; the change adds a query deep inside it, so the
    /// hunk (3 lines of context) does not contain the loop's first line.
    private func repositoryWithQueryAddedInsideALongLoop() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "hundredfold-scan-cli")
        try Git.run(["init", "-q", "-b", "main"], in: folder.url)
        let filler = (1...12).map { "        total += \($0)\n" }.joined()
        try folder.write(
            "def report(orders):\n    total = 0\n    for order in orders:\n" + filler
                + "    return total\n", to: "app/report.py")
        try Git.run(["add", "-A"], in: folder.url)
        try Git.run(["commit", "-q", "-m", "base"], in: folder.url)
        try Git.run(["checkout", "-q", "-b", "feature"], in: folder.url)
        try folder.write(
            "def report(orders):\n    total = 0\n    for order in orders:\n" + filler
                + "        customer = Customer.objects.get(id=order.customer_id)\n    return total\n",
            to: "app/report.py")
        try Git.run(["commit", "-q", "-a", "-m", "feature"], in: folder.url)
        return folder
    }

    @Test func baseScanSeesALoopThatBeginsOutsideTheHunk() throws {
        let folder = try repositoryWithQueryAddedInsideALongLoop()
        defer { folder.remove() }
        let diff = try Git.run(["diff", "main", "feature"], in: folder.url).stdout
        #expect(!diff.contains("for order in orders"))
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "main", "--format", "json", "--fail-on", "none"], in: folder.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "hundredfold.scan/1")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let query = try #require(
            findings.first { $0["rule"] as? String == "HF101" }, "\(result.stdout)")
        #expect(query["path"] as? String == "app/report.py")
        #expect(query["line"] as? Int == 16)
        #expect(query["loop_line"] as? Int == 3)
        #expect(query["new"] as? Bool == true)
    }

    @Test func diffFileInsideTheRepositoryAlsoReadsTheWholeFile() throws {
        let folder = try repositoryWithQueryAddedInsideALongLoop()
        defer { folder.remove() }
        let diff = try Git.run(["diff", "main", "feature"], in: folder.url).stdout
        let result = try HundredfoldBinary.run(
            ["scan", "--diff", "-", "--format", "github", "--fail-on", "none"], in: folder.url,
            stdin: Data(diff.utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("file=app/report.py,line=16,"))
        #expect(result.stdout.contains("(loop at line 3)"))
    }

    @Test(arguments: [("none", Int32(0)), ("warning", Int32(1)), ("error", Int32(1))])
    func failOnSetsTheExitCode(level: String, expected: Int32) throws {
        let folder = try repositoryWithQueryAddedInsideALongLoop()
        defer { folder.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "main", "--fail-on", level], in: folder.url)
        #expect(result.exitCode == expected, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("app/report.py:16:"))
    }

    @Test func outWritesTheChosenFormatAndShowsText() throws {
        let folder = try repositoryWithQueryAddedInsideALongLoop()
        defer { folder.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--base", "main", "--format", "sarif", "--out", "scan.sarif", "--fail-on", "none"],
            in: folder.url)
        #expect(result.exitCode == 0)
        let sarif = try String(
            contentsOf: folder.url.appendingPathComponent("scan.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"version\" : \"2.1.0\""))
        #expect(!sarif.contains(folder.url.path))
        #expect(result.stdout.contains("HF101"))
        // Besides the report, only the repository index cache (.hundredfold/cache/) is written.
        #expect(
            folder.listFiles().filter { !$0.hasPrefix(".git/") && !$0.hasPrefix(".hundredfold/cache/") } == [
                "app/report.py", "scan.sarif",
            ])
    }

    @Test func allScansEveryTrackedFileWhole() throws {
        let folder = try repositoryWithQueryAddedInsideALongLoop()
        defer { folder.remove() }
        try folder.write("for u in users:\n    requests.get(u.url)\n", to: "old/client.py")
        try Git.run(["add", "-A"], in: folder.url)
        try Git.run(["commit", "-q", "-m", "client"], in: folder.url)
        let result = try HundredfoldBinary.run(
            ["scan", "--all", "--format", "json", "--fail-on", "none"], in: folder.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["path"] as? String } == ["app/report.py", "old/client.py"])
        #expect(json["files_scanned"] as? Int == 2)
    }

    @Test func ignoreGlobsFromTheConfigurationSkipFiles() throws {
        let folder = try repositoryWithQueryAddedInsideALongLoop()
        defer { folder.remove() }
        try folder.write("scan:\n  ignore: [\"app/**\"]\n", to: "hundredfold.yml")
        let result = try HundredfoldBinary.run(["scan", "--base", "main"], in: folder.url)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("No findings"))
    }
}
