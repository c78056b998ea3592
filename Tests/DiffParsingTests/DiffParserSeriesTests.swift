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
        let patches = try FileManager.default.contentsOfDirectory(atPath: repo.url.appendingPathComponent("patches").path)
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
