import Foundation
import TestSupport
import Testing

/// `hundredfold scan` in a subfolder of a repository reads the `hundredfold.yml` of the folder it
/// runs in, else the one at the repository root.
@Suite struct ScanConfigurationLookupTests {
    /// A repository with a custom read call in a loop under `service/api/`; only a configuration
    /// that names `repo.fetch_one` makes it a finding.
    private func repository(configuration: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "hundredfold-scan-config")
        try Git.run(["init", "-q", "-b", "main"], in: folder.url)
        try folder.write(configuration, to: "hundredfold.yml")
        try folder.write(
            "def names(ids):\n    for i in ids:\n        repo.fetch_one(i)\n", to: "service/api/names.py")
        try Git.run(["add", "-A"], in: folder.url)
        try Git.run(["commit", "-q", "-m", "base"], in: folder.url)
        return folder
    }

    @Test func theRootConfigurationIsFoundFromASubfolder() throws {
        let folder = try repository(configuration: "scan:\n  calls:\n    db-read: [\"repo.fetch_one\"]\n")
        defer { folder.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--all", "--format", "json", "--fail-on", "none"],
            in: folder.url.appendingPathComponent("service/api"))
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"path\" : \"service/api/names.py\""), "\(result.stdout)")
        #expect(result.stdout.contains("repo.fetch_one"), "\(result.stdout)")
    }

    @Test func theCurrentFolderComesBeforeTheRoot() throws {
        let folder = try repository(configuration: "scan:\n  calls:\n    db-read: [\"repo.fetch_one\"]\n")
        defer { folder.remove() }
        try folder.write("scan:\n  ignore: [\"*.md\"]\n", to: "service/api/hundredfold.yml")
        let result = try HundredfoldBinary.run(
            ["scan", "--all", "--format", "json", "--fail-on", "none"],
            in: folder.url.appendingPathComponent("service/api"))
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("repo.fetch_one"), "the root's calls were used: \(result.stdout)")
    }

    @Test func anErrorInTheRootConfigurationNamesItRelativeToTheFolder() throws {
        let folder = try repository(configuration: "scan:\n  ignor: [\"vendor/**\"]\n")
        defer { folder.remove() }
        let result = try HundredfoldBinary.run(
            ["scan", "--all"], in: folder.url.appendingPathComponent("service/api"))
        #expect(result.exitCode == 2, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.hasPrefix("../../hundredfold.yml:2:"), "\(result.stderr)")
        #expect(!result.stderr.contains(folder.url.path), "no absolute path: \(result.stderr)")
    }
}
