import DiffParsing
import Foundation
import TestSupport
import Testing

/// Git access against real repositories: refs, contents at a commit, and path safety.
@Suite struct GitRepositoryTests {
    @Test func contentsAtACommitReadsManyFilesAndOnlyRegularOnes() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("one\n", to: "src/deep/one.py")
        try repo.write("two words\n", to: "dir with space/café.py")
        try repo.write([0xFF, 0x00, 0x0A], to: "blob.bin")
        try FileManager.default.createSymbolicLink(
            atPath: repo.url.appendingPathComponent("link.py").path, withDestinationPath: "/etc/passwd")
        try repo.commitAll("one")
        try repo.write("changed\n", to: "src/deep/one.py")
        let repository = try GitRepository(containing: repo.url.appendingPathComponent("src"))
        let paths = [
            "src/deep/one.py", "dir with space/café.py", "blob.bin", "link.py", "missing.py", "../x", "src",
        ]
        let contents = try repository.contents(of: paths, at: "HEAD")
        #expect(Set(contents.keys) == ["src/deep/one.py", "dir with space/café.py", "blob.bin"])
        #expect(contents["src/deep/one.py"] == Array("one\n".utf8))
        #expect(contents["blob.bin"] == [0xFF, 0x00, 0x0A])
        #expect(
            try repository.contents(of: "dir with space/café.py", at: "main") == Array("two words\n".utf8))
        #expect(repository.workingTreeContents(of: "src/deep/one.py") == Array("changed\n".utf8))
        #expect(repository.workingTreeContents(of: "link.py") == nil)
        #expect(repository.workingTreeContents(of: "../../etc/passwd") == nil)
    }

    @Test func refsResolveOrFailAsBadInput() throws {
        let repo = try GitDiffFixture()
        defer { repo.remove() }
        try repo.write("a\n", to: "a.py")
        try repo.commitAll("one")
        let repository = try GitRepository(containing: repo.url)
        #expect(try repository.resolve("main").count == 40)
        #expect(throws: DiffError.unknownRef("nope")) { try repository.resolve("nope") }
        #expect(throws: DiffError.unknownRef("--output=x")) { try repository.resolve("--output=x") }
        let outside = try TemporaryDirectory(prefix: "hundredfold-nogit")
        defer { outside.remove() }
        #expect(throws: DiffError.self) { try GitRepository(containing: outside.url) }
        #expect(GitRepository.find(containing: outside.url) == nil)
    }
}
