import Foundation
import PreMerge
import TestSupport
import Testing

@Suite struct InitCommandTests {
    @Test func writesTheStarterFilesOnce() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let first = try HundredfoldBinary.run(["init"], in: folder.url)
        #expect(first.exitCode == 0)
        #expect(first.stdout.contains("wrote   hundredfold.yml"))
        #expect(first.stdout.contains("wrote   .github/workflows/hundredfold.yml"))
        #expect(
            folder.listFiles() == [
                ".github/workflows/hundredfold-comment.yml", ".github/workflows/hundredfold.yml",
                ".gitignore",
                "Scenarios/example.yml", "hundredfold.yml",
            ])
        let workflow = try String(
            contentsOf: folder.url.appendingPathComponent(".github/workflows/hundredfold.yml"),
            encoding: .utf8)
        // The Hundredfold action runs ci, uploads the SARIF and comments; DistributionTests lint it.
        #expect(workflow.contains("uses: hundredfold/hundredfold@v"))
        #expect(workflow.contains("pull_request"))
        #expect(workflow.contains("concurrency:"))
        #expect(first.stdout.contains("wrote   .github/workflows/hundredfold-comment.yml"))
    }

    @Test func neverOverwritesAndSaysWhichFilesWereSkipped() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("budgets: {}\n", to: "hundredfold.yml")
        let result = try HundredfoldBinary.run(["init"], in: folder.url)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("skipped hundredfold.yml (exists)"))
        #expect(result.stdout.contains("wrote   Scenarios/example.yml"))
        let kept = try String(
            contentsOf: folder.url.appendingPathComponent("hundredfold.yml"), encoding: .utf8)
        #expect(kept == "budgets: {}\n")
        // No temporary files are left beside the written ones.
        #expect(
            folder.listFiles() == [
                ".github/workflows/hundredfold-comment.yml", ".github/workflows/hundredfold.yml",
                ".gitignore",
                "Scenarios/example.yml", "hundredfold.yml",
            ])
    }

    @Test func ignoresTheOutputFolderOnceKeepingTheUsersEntries() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("node_modules/", to: ".gitignore")
        let first = try HundredfoldBinary.run(["init"], in: folder.url)
        #expect(first.stdout.contains("updated .gitignore"))
        #expect(first.stdout.contains("hundredfold run Scenarios/"), "names the next step: \(first.stdout)")
        _ = try HundredfoldBinary.run(["init"], in: folder.url)
        let ignore = try String(contentsOf: folder.url.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore == "node_modules/\n.hundredfold/\n")
    }

    /// The example's users are fixed, so an N+1 over a user's orders grows with the scale.
    @Test func theExampleNPlusOneGrowsVisibly() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try HundredfoldBinary.run(["init"], in: folder.url)
        let path = folder.url.appendingPathComponent("Scenarios/example.yml")
        let example = try String(contentsOf: path, encoding: .utf8)
        let withNPlusOne = example.replacingOccurrences(of: "            # - ", with: "            - ")
            .replacingOccurrences(of: "            #   ", with: "              ")
            .replacingOccurrences(of: "            #     ", with: "                ")
            .replacingOccurrences(of: "LIMIT 20", with: "")
        #expect(withNPlusOne != example)
        try withNPlusOne.write(to: path, atomically: true, encoding: .utf8)
        let run = try HundredfoldBinary.run(["run", "--format", "json"], in: folder.url)
        #expect(run.exitCode == 1, "the N+1 fails its budget: \(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("\"linear\""), "queries grow linearly: \(run.stdout.prefix(2000))")
    }

    @Test func theStarterConfigurationIsValid() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try StarterFiles.write(into: folder.url)
        try folder.write(
            #"{"schema": "hundredfold.report/1", "verdict": "pass", "scenarios": []}"#, to: "r.json")
        // `check` loads hundredfold.yml from the working directory: a bad file would exit 2.
        let result = try HundredfoldBinary.run(["check", "r.json"], in: folder.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
    }
}
