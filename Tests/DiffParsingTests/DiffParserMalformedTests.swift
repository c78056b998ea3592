import DiffParsing
import Foundation
import HundredfoldCore
import TestSupport
import Testing

/// Broken input gets an error naming the line, column and what was expected; empty input is fine.
@Suite struct DiffParserMalformedTests {
    private func parse(_ text: String) throws -> [FileDiff] {
        try DiffParser(source: "bad.diff").parse(Array(text.utf8))
    }

    private func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as DiffError {
            return error.diagnostic
        } catch {
            return nil
        }
    }

    private let header = "diff --git a/f.py b/f.py\nindex 1111111..2222222 100644\n--- a/f.py\n+++ b/f.py\n"

    @Test func emptyAndBlankInputsGiveNoFiles() throws {
        #expect(try parse("").isEmpty)
        #expect(try parse("\n  \n").isEmpty)
    }

    @Test func hunkShorterThanItsHeader() throws {
        let found = diagnostic(header + "@@ -1,3 +1,4 @@\n a\n+b\n c\n")
        #expect(found?.location == SourceLocation(file: "bad.diff", line: 8, column: 1))
        #expect(found?.message.contains("the hunk header at line 5 says 3 old and 4 new lines") == true)
        #expect(found?.message.contains("diff ends first") == true)
    }

    @Test func hunkLongerThanItsHeader() throws {
        let found = diagnostic(header + "@@ -1,1 +1,1 @@\n-a\n+b\n+c\n")
        #expect(found?.location?.line == 8)
        #expect(found?.message.contains("more hunk lines follow") == true)
    }

    @Test func hunkInterruptedByAnotherLine() throws {
        let found = diagnostic(header + "@@ -1,2 +1,2 @@\n a\nGARBAGE\n b\n")
        #expect(found?.location?.line == 7)
        #expect(found?.message.contains("expected a line starting with ' ', '+', '-'") == true)
    }

    @Test func brokenHunkHeaderNamesTheColumn() throws {
        let found = diagnostic(header + "@@ -1,x +1 @@\n a\n")
        #expect(found?.location == SourceLocation(file: "bad.diff", line: 5, column: 7))
        #expect(found?.message == "malformed diff: expected a line number")
    }

    @Test func hunkWithoutFileHeader() throws {
        let found = diagnostic("@@ -1 +1 @@\n-a\n+b\n")
        #expect(found?.location?.line == 1)
        #expect(found?.message.contains("a file header") == true)
    }

    @Test func minusLineWithoutPlusLineIsNotAFileHeader() throws {
        let found = diagnostic("diff --git a/f b/f\n--- a/f\nnot plus\n")
        #expect(found?.location == SourceLocation(file: "bad.diff", line: 3, column: 1))
        #expect(found?.message.contains("'+++ '") == true)
    }

    @Test func garbageIsNotADiff() throws {
        let found = diagnostic("\nhello, this is not\na diff at all\n")
        #expect(found?.location?.line == 2)
        #expect(found?.message.contains("not a unified diff") == true)
    }

    @Test func removedSQLCommentLineInsideAHunkIsContentNotAHeader() throws {
        let files = try parse(header + "@@ -1,2 +1,1 @@\n--- old comment\n keep\n")
        #expect(files.count == 1)
        #expect(files[0].hunks[0].lines.map(\.kind) == [.removed, .context])
    }

    @Test func crlfDiffParses() throws {
        let text = header.replacingOccurrences(of: "\n", with: "\r\n") + "@@ -1 +1,2 @@\r\n a\r\n+b\r\n"
        let files = try parse(text)
        #expect(files[0].addedLines == [2])
        #expect(files[0].hunks[0].lines.last?.text == "b")
    }
}

/// Diffs made without git: `diff -u` and `diff -ruN` between two folders.
@Suite struct PlainDiffTests {
    @Test func recursiveDiffBetweenFoldersStripsTheFolderNames() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-plain")
        defer { folder.remove() }
        try folder.write("a\nb\n", to: "old/src/app.py")
        try folder.write("a\nb\nc\n", to: "new/src/app.py")
        try folder.write("n\n", to: "new/src/added.py")
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/diff"), ["-ruN", "old", "new"], in: folder.url)
        let files = try DiffParser(source: "plain.diff").parse(Array(result.stdout.utf8))
        #expect(files.map(\.path) == ["src/added.py", "src/app.py"])
        #expect(files[1].addedLines == [3])
    }
}
