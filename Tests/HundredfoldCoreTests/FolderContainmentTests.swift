import Foundation
import HundredfoldCore
import TestSupport
import Testing

@Suite struct FolderContainmentTests {
    @Test func insideMeansTheFolderOrBelowItAfterLinksAreResolved() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repo = folder.url.appendingPathComponent("repo")
        _ = try folder.write("x", to: "repo/a/file.sql")
        _ = try folder.write("x", to: "repository-sibling/file.sql")
        try FileManager.default.createSymbolicLink(
            at: repo.appendingPathComponent("out"),
            withDestinationURL: folder.url.appendingPathComponent("repository-sibling"))
        #expect(FolderContainment.isInside(repo.appendingPathComponent("a/file.sql"), repo))
        #expect(FolderContainment.isInside(repo, repo))
        #expect(FolderContainment.isInside(repo.appendingPathComponent("a/../a/file.sql"), repo))
        #expect(
            !FolderContainment.isInside(repo.appendingPathComponent("../repository-sibling/file.sql"), repo))
        #expect(!FolderContainment.isInside(repo.appendingPathComponent("out/file.sql"), repo))
        #expect(!FolderContainment.isInside(folder.url.appendingPathComponent("repository-sibling"), repo))
    }

    @Test func theRepositoryRootIsTheNearestFolderWithGit() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try folder.write("gitdir: elsewhere\n", to: "outer/inner/.git")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("outer/.git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("outer/inner/deep"), withIntermediateDirectories: true)
        let inner = FolderContainment.repositoryRoot(
            containing: folder.url.appendingPathComponent("outer/inner/deep"))
        #expect(inner?.lastPathComponent == "inner")
        let outer = FolderContainment.repositoryRoot(containing: folder.url.appendingPathComponent("outer"))
        #expect(outer?.lastPathComponent == "outer")
        #expect(FolderContainment.repositoryRoot(containing: folder.url) == nil)
    }
}
