import DiffParsing
import Foundation
import Testing

/// The parser on real `git` output for each form a diff can take.
@Suite struct DiffParserGitTests {
    @Test func modifiedFileReportsAddedLinesOfTheNewVersion() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write((1...10).map { "line \($0)\n" }.joined(), to: "app.py")
        try repo.commitAll("one")
        var lines = (1...10).map { "line \($0)\n" }
        lines[2] = "changed 3\n"
        lines.insert("inserted\n", at: 7)
        try repo.write(lines.joined(), to: "app.py")
        let files = try repo.parse("diff")
        #expect(files.count == 1)
        #expect(files[0].path == "app.py")
        #expect(files[0].status == .modified)
        #expect(files[0].addedLines == [3, 8])
        #expect(files[0].hunks.flatMap(\.newText).first { $0.line == 8 }?.text == "inserted")
    }

    @Test func newAndDeletedFiles() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("old\n", to: "gone.txt")
        try repo.commitAll("one")
        try repo.git("rm", "-q", "gone.txt")
        try repo.write("a\nb\n", to: "src/new.py")
        try repo.git("add", "-A")
        let files = try repo.parse("diff", "--cached")
        #expect(files.map(\.status) == [.deleted, .added])
        #expect(files[0].oldPath == "gone.txt" && files[0].newPath == nil)
        #expect(files[1].newPath == "src/new.py" && files[1].oldPath == nil)
        #expect(files[1].addedLines == [1, 2])
        #expect(files[1].newMode == "100644")
    }

    @Test func renamesWithAndWithoutChangesAndCopies() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        let body = (1...20).map { "def f\($0)(): return \($0)\n" }.joined()
        try repo.write(body, to: "a.py")
        try repo.write(body + "# b\n", to: "b.py")
        try repo.commitAll("one")
        try repo.git("mv", "a.py", "moved.py")
        try repo.git("rm", "-q", "b.py")
        try repo.write(body + "# b\nextra = 1\n", to: "dir with space/b2.py")
        try repo.write(body, to: "copy.py")
        try repo.git("add", "-A")
        let files = try repo.parse("diff", "--cached", "-M", "-C", "--find-copies-harder")
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        #expect(byPath["moved.py"]?.status == .renamed)
        #expect(byPath["moved.py"]?.oldPath == "a.py")
        #expect(byPath["moved.py"]?.similarity == 100)
        #expect(byPath["moved.py"]?.hunks.isEmpty == true)
        #expect(byPath["dir with space/b2.py"]?.status == .renamed)
        #expect(byPath["dir with space/b2.py"]?.addedLines == [22])
        #expect(byPath["copy.py"]?.status == .copied)
        #expect(byPath["copy.py"]?.oldPath == "a.py")
    }

    @Test func modeChangeOnly() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("#!/bin/sh\necho hi\n", to: "run.sh")
        try repo.commitAll("one")
        try repo.git("update-index", "--chmod=+x", "run.sh")
        let files = try repo.parse("diff", "--cached")
        #expect(files.count == 1)
        #expect(files[0].modeChanged)
        #expect(files[0].oldMode == "100644" && files[0].newMode == "100755")
        #expect(files[0].addedLines.isEmpty)
    }

    @Test(arguments: [false, true])
    func binaryPatchesAreSkippedAndTheNextFileStillParses(binary: Bool) throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write([0, 1, 2, 255, 254, 10, 0, 7], to: "a.bin")
        try repo.write("x = 1\n", to: "z.py")
        try repo.commitAll("one")
        try repo.write((0..<200).map { UInt8(($0 * 7) % 256) }, to: "a.bin")
        try repo.write("x = 1\ny = 2\n", to: "z.py")
        let files = binary ? try repo.parse("diff", "--binary") : try repo.parse("diff")
        #expect(files.map(\.path) == ["a.bin", "z.py"])
        #expect(files[0].skipped == .binary)
        #expect(files[0].hunks.isEmpty)
        #expect(files[1].skipped == nil)
        #expect(files[1].addedLines == [2])
    }

    @Test func noNewlineAtEndOfFile() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("a\nb", to: "f.txt")
        try repo.commitAll("one")
        try repo.write("a\nb\nc", to: "f.txt")
        let diff = try repo.diffBytes("diff")
        #expect(String(decoding: diff, as: UTF8.self).contains("\\ No newline at end of file"))
        let files = try DiffParser(source: "t").parse(diff)
        #expect(files[0].addedLines == [2, 3])
        #expect(files[0].hunks[0].lines.map(\.text) == ["a", "b", "b", "c"])
    }

    @Test func crlfAndNonUTF8Content() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("one\r\ntwo\r\n", to: "win.txt")
        try repo.write([0x63, 0x61, 0x66, 0xE9, 0x0A], to: "latin1.txt")
        try repo.commitAll("one")
        try repo.write("one\r\ntwo\r\nthree\r\n", to: "win.txt")
        try repo.write([0x63, 0x61, 0x66, 0xE9, 0x0A, 0xFF, 0xFE, 0x0A], to: "latin1.txt")
        let files = try repo.parse("diff")
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        #expect(byPath["win.txt"]?.addedLines == [3])
        #expect(byPath["win.txt"]?.hunks[0].lines.last?.text == "three")
        #expect(byPath["latin1.txt"]?.addedLines == [2])
        #expect(byPath["latin1.txt"]?.hunks[0].lines.last?.text == "\u{FFFD}\u{FFFD}")
    }

    @Test func quotedPathsAndPathsWithSpaces() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("x\n", to: "café.txt")
        try repo.write("y\n", to: "my file.txt")
        try repo.write("z\n", to: "tab\tname.txt")
        try repo.git("add", "-A")
        let diff = try repo.diffBytes("diff", "--cached")
        #expect(String(decoding: diff, as: UTF8.self).contains(#""b/caf\303\251.txt""#))
        let files = try DiffParser(source: "t").parse(diff)
        #expect(Set(files.map(\.path)) == ["café.txt", "my file.txt", "tab\tname.txt"])
        #expect(files.allSatisfy { $0.addedLines == [1] })
    }

    @Test func noPrefixDiffs() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("a\n", to: "src/a.py")
        try repo.commitAll("one")
        try repo.write("a\nb\n", to: "src/a.py")
        try repo.write("n\n", to: "b/new.py")
        try repo.git("add", "-A")
        let files = try repo.parse("diff", "--cached", "--no-prefix")
        #expect(files.map(\.path) == ["b/new.py", "src/a.py"])
        #expect(files[1].addedLines == [2])
    }
}
