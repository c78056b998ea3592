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
                ".github/workflows/hundredfold.yml", "Scenarios/example.yml", "hundredfold.yml",
            ])
        let workflow = try String(
            contentsOf: folder.url.appendingPathComponent(".github/workflows/hundredfold.yml"),
            encoding: .utf8)
        #expect(workflow.contains("hundredfold ci --base"))
        #expect(workflow.contains("upload-sarif"))
        #expect(workflow.contains("pull_request"))
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
                ".github/workflows/hundredfold.yml", "Scenarios/example.yml", "hundredfold.yml",
            ])
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
