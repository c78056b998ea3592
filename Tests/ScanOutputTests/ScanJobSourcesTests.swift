import DiffParsing
import Foundation
import ScanOutput
import StaticScan
import TestSupport
import Testing

/// Which files a scan reads, and with which changed lines, for each input.
@Suite struct ScanJobSourcesTests {
    private let loopBefore = (1...30).map { "filler_\($0) = \($0)\n" }.joined()

    private func repository() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "hundredfold-scanjob")
        try Git.run(["init", "-q", "-b", "main"], in: folder.url)
        return folder
    }

    private func commit(_ folder: TemporaryDirectory, _ message: String) throws {
        try Git.run(["add", "-A"], in: folder.url)
        try Git.run(["commit", "-q", "-m", message], in: folder.url)
    }

    private func sources(_ input: ScanInput, in folder: URL, ignore: [String] = []) throws -> ScanSources {
        try ScanJob(input: input, configuration: ScanConfiguration(ignore: ignore), directory: folder)
            .sources()
    }

    @Test func diffInsideTheRepositoryReadsTheWholeNewFile() throws {
        let folder = try repository()
        defer { folder.remove() }
        try folder.write("for order in orders:\n" + loopBefore + "    pass\n", to: "app.py")
        try commit(folder, "base")
        try folder.write(
            "for order in orders:\n" + loopBefore + "    Order.objects.get(id=order)\n", to: "app.py")
        let diff = try Git.run(["diff"], in: folder.url).stdout
        let result = try sources(.diff(bytes: Array(diff.utf8), source: "-"), in: folder.url)
        #expect(result.files.count == 1)
        #expect(result.files[0].changedLines == [32])
        #expect(result.files[0].text.hasPrefix("for order in orders:\n"))
    }

    @Test func diffOutsideARepositoryScansTheHunksAtTheirLineNumbers() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-nogit")
        defer { folder.remove() }
        let diff =
            "--- a/app.py\n+++ b/app.py\n@@ -10,2 +10,3 @@\n for x in xs:\n-    pass\n+    a(x)\n+    b(x)\n"
        let result = try sources(.diff(bytes: Array(diff.utf8), source: "-"), in: folder.url)
        let lines = result.files[0].text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[9] == "for x in xs:")
        #expect(lines[11] == "    b(x)")
        #expect(result.files[0].changedLines == [11, 12])
    }

    @Test func pathsOutsideTheRepositoryAreSkippedNeverRead() throws {
        let folder = try repository()
        defer { folder.remove() }
        try folder.write("x = 1\n", to: "inside.py")
        try commit(folder, "base")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.py").path, withDestinationPath: "/etc/passwd")
        var diff = ""
        for path in ["../../etc/passwd", "/etc/passwd", "link.py"] {
            diff += "--- a/\(path)\n+++ b/\(path)\n@@ -1 +1 @@\n-root:x:0:0\n+root:x:0:0:changed\n"
        }
        let result = try sources(.diff(bytes: Array(diff.utf8), source: "evil.diff"), in: folder.url)
        #expect(!result.files.contains { $0.text.contains("/bin/") })
        #expect(result.skipped.map(\.path) == ["../../etc/passwd", "/etc/passwd"])
        #expect(result.skipped.allSatisfy { $0.reason == "path outside the repository, not read" })
        let link = try #require(result.files.first { $0.path == "link.py" })
        #expect(link.text == "root:x:0:0:changed\n")
    }

    @Test func baseAndHeadReadTheHeadVersionFromGit() throws {
        let folder = try repository()
        defer { folder.remove() }
        try folder.write("a = 1\n", to: "a.py")
        try commit(folder, "base")
        try Git.run(["checkout", "-q", "-b", "feature"], in: folder.url)
        try folder.write("a = 1\nb = 2\n", to: "a.py")
        try folder.write("binary\0data", to: "blob.bin")
        try commit(folder, "feature")
        try folder.write("working tree only\n", to: "a.py")
        let committed = try sources(.refs(base: "main", head: "feature"), in: folder.url)
        #expect(committed.files.map(\.text) == ["a = 1\nb = 2\n"])
        #expect(committed.files[0].changedLines == [2])
        #expect(committed.skipped.map(\.path) == ["blob.bin"])
        try folder.write("untracked = True\n", to: "new/untracked.py")
        try folder.write("ignored\n", to: "build/out.py")
        try folder.write("build/\n", to: ".gitignore")
        let workingTree = try sources(.refs(base: "main", head: nil), in: folder.url)
        #expect(workingTree.files.map(\.path) == ["a.py", ".gitignore", "new/untracked.py"])
        #expect(workingTree.files.first?.text == "working tree only\n")
        #expect(workingTree.files.last?.changedLines == nil)
    }

    @Test func missingRefIsABadInputError() throws {
        let folder = try repository()
        defer { folder.remove() }
        try folder.write("a\n", to: "a.py")
        try commit(folder, "base")
        #expect(throws: DiffError.unknownRef("no-such-branch")) {
            try sources(.refs(base: "no-such-branch", head: nil), in: folder.url)
        }
    }

    @Test func allScansTrackedFilesMinusIgnoredOnes() throws {
        let folder = try repository()
        defer { folder.remove() }
        try folder.write("a\n", to: "src/a.py")
        try folder.write("v\n", to: "vendor/lib/v.py")
        try folder.write("m\n", to: "app/migrations/0001.py")
        try folder.write("b\n", to: "b.min.js")
        try commit(folder, "base")
        try folder.write("untracked\n", to: "new.py")
        let result = try sources(
            .all, in: folder.url, ignore: ["vendor/**", "**/migrations/*.py", "*.min.js"])
        #expect(result.files.map(\.path) == ["src/a.py"])
        #expect(result.files[0].changedLines == nil)
    }

    @Test func allListsTrackedSourceFilesMissingFromTheWorkTree() throws {
        let folder = try repository()
        defer { folder.remove() }
        try folder.write("a\n", to: "src/a.py")
        try folder.write("b\n", to: "src/sparse/b.rb")
        try folder.write("png\n", to: "docs/logo.png")
        try commit(folder, "base")
        // What a sparse checkout leaves: the index still tracks the files, the work tree lacks them.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("src/sparse"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("docs/logo.png"))
        let result = try sources(.all, in: folder.url)
        #expect(result.files.map(\.path) == ["src/a.py"])
        #expect(result.skipped.map(\.path) == ["src/sparse/b.rb"])
        #expect(result.skipped.first?.reason.contains("missing from the work tree") == true)
    }
}
