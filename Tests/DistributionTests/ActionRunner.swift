import Foundation
import TestSupport
import Testing
import Yams

/// Runs the `run:` steps of `action.yml` the way the Actions runner does — by name, with the step's
/// `env:` (its `${{ inputs.* }}` and `${{ steps.*.outputs.* }}` filled in), `GITHUB_ACTION_PATH`
/// at this checkout and a fresh `$GITHUB_OUTPUT` read back into the step's outputs — so a test
/// exercises the action's own wiring, not a copy of it. `uses:` steps are GitHub's, not run here.
struct ActionRunner {
    /// The action's steps, as parsed from action.yml.
    let steps: [[String: Any]]
    var inputs: [String: String]
    /// The outputs each step with an `id` wrote, by id.
    var outputs: [String: [String: String]] = [:]
    /// The `GITHUB_*` variables of the simulated job.
    var environment: [String: String]
    let workspace: URL

    init(workspace: URL, inputs: [String: String], environment: [String: String]) throws {
        let action = try #require(try Yams.load(yaml: PackageRoot.read("action.yml")) as? [String: Any])
        let declared = try #require(action["inputs"] as? [String: [String: Any]])
        steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        self.inputs = declared.compactMapValues { $0["default"].map { "\($0)" } }.merging(inputs) { $1 }
        self.environment = environment
        self.workspace = workspace
    }

    /// The step named `name`.
    func step(_ name: String) throws -> [String: Any] {
        try #require(steps.first { $0["name"] as? String == name }, "no step named \(name) in action.yml")
    }

    /// Runs the step named `name` in the workspace; `extra` adds variables the runner would set.
    mutating func run(_ name: String, extra: [String: String] = [:]) throws -> HundredfoldBinary.Result {
        let step = try step(name)
        let script = try #require(step["run"] as? String, "\(name) is not a run step")
        let outputFile = workspace.deletingLastPathComponent().appendingPathComponent(
            "github-output-\(UUID())")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputFile) }
        var env = environment.merging(extra) { $1 }
        env["GITHUB_ACTION_PATH"] = PackageRoot.url.path
        env["GITHUB_OUTPUT"] = outputFile.path
        for (key, value) in step["env"] as? [String: Any] ?? [:] { env[key] = substitute("\(value)") }
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/bin/bash"), ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            in: workspace, environment: env)
        if let id = step["id"] as? String {
            let lines = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
            outputs[id] = Dictionary(
                lines.split(separator: "\n").compactMap { line in
                    line.firstIndex(of: "=").map {
                        (String(line[..<$0]), String(line[line.index(after: $0)...]))
                    }
                }, uniquingKeysWith: { $1 })
        }
        return result
    }

    /// `value` with each `${{ inputs.NAME }}` and `${{ steps.ID.outputs.NAME }}` replaced.
    func substitute(_ value: String) -> String {
        var result = value
        while let range = result.range(of: #"\$\{\{\s*[^}]*\}\}"#, options: .regularExpression) {
            let expression = result[range].dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces)
            let parts = expression.split(separator: ".").map(String.init)
            let replacement: String
            switch parts.first {
            case "inputs": replacement = inputs[parts[1]] ?? ""
            case "steps" where parts.count == 4: replacement = outputs[parts[1]]?[parts[3]] ?? ""
            default: replacement = ""
            }
            result.replaceSubrange(range, with: replacement)
        }
        return result
    }
}

/// The stand-in GitHub API (Fixtures/github_stub.py) on a free loopback port; its state is a file.
final class GitHubStub {
    let process = Process()
    let stateFile: URL
    let url: String

    init(state: [String: Any], in folder: URL) throws {
        stateFile = folder.appendingPathComponent("github-state.json")
        try JSONSerialization.data(withJSONObject: state).write(to: stateFile)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", PackageRoot.file("Tests/DistributionTests/Fixtures/github_stub.py").path,
            stateFile.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let port = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        url = "http://127.0.0.1:\(port)"
    }

    /// The stub's state now: its comments by pull request and the requests it received.
    func state() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: stateFile)) as? [String: Any])
    }

    func comments(on number: Int) throws -> [[String: Any]] {
        ((try state()["comments"] as? [String: Any])?[String(number)] as? [[String: Any]]) ?? []
    }

    /// SIGKILL: a test runner may block SIGTERM, and its children inherit the mask.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
