import DiffParsing
import Foundation
import TestSupport
import Testing

/// Several commits in one input (`git format-patch`, `git log -p`) and merge commits.
@Suite struct DiffParserSeriesTests {
    private func repoWithTwoCommits() throws -> GitDiffFixture {
        let repo = try GitDiffFixture()
        try repo.write("base\n", to: "a.py")
        try repo.commitAll("base")
        try repo.write("base\nfirst\n", to: "a.py")
        try repo.commitAll("first change\n\n--- not a header, a message line\n+ nor this")
        try repo.write("base\nfirst\nsecond\n", to: "a.py")
        try repo.write("other\n", to: "b.py")
        try repo.commitAll("second change")
        return repo
    }

    @Test func formatPatchSeriesConcatenated() throws {
        let repo = try repoWithTwoCommits()
        defer { repo.remove() }
        try repo.git("format-patch", "-q", "-o", "patches", "HEAD~2")
        let patches = try FileManager.default.contentsOfDirectory(
            atPath: repo.url.appendingPathComponent("patches").path
        )
        .sorted()
        var bytes: [UInt8] = []
        for name in patches {
            bytes += try [UInt8](Data(contentsOf: repo.url.appendingPathComponent("patches/\(name)")))
        }
        let files = try DiffParser(source: "series.patch").parse(bytes)
        #expect(files.map(\.path) == ["a.py", "a.py", "b.py"])
        #expect(files.map(\.commit) == [1, 2, 2])
        #expect(files[0].addedLines == [2])
        #expect(files[1].addedLines == [3])
    }

    @Test func logPatchOutput() throws {
        let repo = try repoWithTwoCommits()
        defer { repo.remove() }
        let files = try repo.parse("log", "-p", "--stat", "HEAD~2..HEAD")
        #expect(files.map(\.path) == ["a.py", "b.py", "a.py"])
        #expect(files.map(\.commit) == [1, 1, 2])
    }

    @Test func combinedDiffOfAMergeIsSkippedNotMisread() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("one\ntwo\nthree\n", to: "f.txt")
        try repo.commitAll("base")
        try repo.git("checkout", "-q", "-b", "side")
        try repo.write("one\nside\nthree\n", to: "f.txt")
        try repo.commitAll("side")
        try repo.git("checkout", "-q", "main")
        try repo.write("one\nmain\nthree\n", to: "f.txt")
        try repo.commitAll("main")
        _ = try? repo.git("merge", "-q", "side")
        try repo.write("one\nmerged\nthree\nafter\n", to: "f.txt")
        try repo.write("n\n", to: "z.txt")
        try repo.commitAll("merge")
        let diff = Array(try repo.git("show", "--cc", "--format=commit %H", "HEAD").utf8)
        #expect(String(decoding: diff, as: UTF8.self).contains("diff --cc f.txt"))
        let files = try DiffParser(source: "merge.diff").parse(diff)
        #expect(files.first { $0.path == "f.txt" }?.skipped == .combined)
    }
}

/// Several sections for one file reduce to the final version's changed lines.
@Suite struct ChangeSetTests {
    @Test func seriesCarriesEarlierLinesToTheFinalVersion() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write((1...6).map { "l\($0)\n" }.joined(), to: "a.py")
        try repo.commitAll("base")
        try repo.write("l1\nnew2\nl2\nl3\nl4\nl5\nl6\n", to: "a.py")
        try repo.commitAll("first")
        try repo.write("top\nl1\nnew2\nl2\nl3\nl5\nl6\nend\n", to: "a.py")
        try repo.commitAll("second")
        try repo.git("mv", "a.py", "b.py")
        try repo.commitAll("rename")
        let expected: Set<Int> = [1, 3, 8]
        let oldestFirst = try DiffParser(source: "t").changeSet(
            try repo.diffBytes(
                "log", "-p", "--reverse", "-M", "--format=format:From %H Mon Sep 17 00:00:00 2001",
                "HEAD~3..HEAD"))
        #expect(oldestFirst.entries.map(\.path) == ["b.py"])
        #expect(oldestFirst.entries.first?.changedLines == expected)
        let newestFirst = try DiffParser(source: "t").changeSet(
            try repo.diffBytes("log", "-p", "-M", "HEAD~3..HEAD"))
        #expect(newestFirst.entries.map(\.path) == ["b.py"])
        #expect(newestFirst.entries.first?.changedLines == expected)
        let whole = try DiffParser(source: "t").changeSet(try repo.diffBytes("diff", "-M", "HEAD~3", "HEAD"))
        #expect(whole.entries.first?.changedLines == expected)
    }

    @Test func deletedFilesLeaveTheSet() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("x\n", to: "a.py")
        try repo.commitAll("base")
        try repo.write("x\ny\n", to: "a.py")
        try repo.commitAll("grow")
        try repo.git("rm", "-q", "a.py")
        try repo.commitAll("delete")
        let set = try DiffParser(source: "t").changeSet(try repo.diffBytes("log", "-p", "HEAD~2..HEAD"))
        #expect(set.entries.isEmpty)
    }
}
