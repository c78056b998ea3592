import Foundation
import TestSupport
import Testing

/// `hundredfold init` writes a starter configuration, scenario and workflow, and never overwrites.
@Suite(.serialized)
struct InitAcceptanceTests {
    static func scenarioFiles(_ files: [String: Data]) -> [String] {
        files.keys.filter {
            ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && $0 != "hundredfold.yml"
                && !$0.hasPrefix(".github/")
        }.sorted()
    }

    @Test func writesConfigurationScenarioAndWorkflowThatRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try hf(["init"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let files = snapshot(dir.url)
        #expect(files["hundredfold.yml"] != nil, "\(files.keys.sorted())")
        let workflows = files.keys.filter {
            $0.hasPrefix(".github/workflows/") && ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml"))
        }
        #expect(workflows.count >= 1, "a GitHub Actions workflow: \(files.keys.sorted())")
        let workflow = workflows.compactMap { files[$0] }.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(workflow.contains("hundredfold ci"), "the workflow runs hundredfold ci: \(workflow)")
        #expect(workflow.contains("pull_request"), "on pull requests: \(workflow)")
        #expect(workflow.lowercased().contains("sarif"), "and uploads the SARIF: \(workflow)")
        #expect(!workflow.contains("\t"), "YAML has no tabs")
        let scenarios = Self.scenarioFiles(files)
        #expect(scenarios.count >= 1, "an example scenario: \(files.keys.sorted())")

        // The example runs as written, with the default path.
        let run = try hf(["run", "--format", "json"], in: dir.url)
        #expect(run.exitCode == 0, "the example scenario runs with `hundredfold run`: \(run.summary)")
        let report = try Report(text: run.stdout)
        #expect(report.schema == "hundredfold.report/1")
        #expect(report.scenarios.count >= 1)
        for path in scenarios {
            let explicit = try hf(["run", path], in: dir.url)
            #expect(explicit.exitCode == 0, "\(path): \(explicit.summary)")
        }
        // The starter configuration is valid for the commands that read it.
        let out = try hf(["run", "--out", "report.json"], in: dir.url)
        #expect(out.exitCode == 0)
        let check = try hf(["check", "report.json"], in: dir.url)
        #expect([0, 1].contains(check.exitCode), "hundredfold.yml from init is valid: \(check.summary)")
    }

    @Test func runningTwiceChangesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try hf(["init"], in: dir.url)
        #expect(first.exitCode == 0, "\(first.summary)")
        let before = snapshot(dir.url)
        let second = try hf(["init"], in: dir.url)
        #expect(second.exitCode != 3, "\(second.summary)")
        if second.exitCode != 0 {
            #expect(!second.stderr.isEmpty, "a non-zero exit explains itself")
        }
        #expect(snapshot(dir.url) == before, "files are byte-identical after a second init")
        #expect(
            !(second.stdout + second.stderr).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            "says that it left the existing files alone: \(second.summary)")
    }

    @Test func neverOverwritesAnExistingConfiguration() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let mine = "# my own settings\nbudgets:\n  queries_per_request: { max: 7 }\n"
        try dir.write(mine, to: "hundredfold.yml")
        let workflow = "name: mine\non: push\njobs: {}\n"
        try dir.write(workflow, to: ".github/workflows/hundredfold.yml")
        let result = try hf(["init"], in: dir.url)
        #expect(result.exitCode != 3, "\(result.summary)")
        #expect(read(dir.url.appendingPathComponent("hundredfold.yml")) == mine, "hundredfold.yml untouched")
        #expect(read(dir.url.appendingPathComponent(".github/workflows/hundredfold.yml")) == workflow)
        #expect(result.combined.contains("hundredfold.yml"), "names the file it kept: \(result.summary)")
    }
}
