import Foundation
import TestSupport
import Testing

/// The action's steps run locally, end to end and offline: a real git repository, a real
/// `hundredfold ci`, and a stand-in GitHub API for the comment.
@Suite(.serialized)
struct ActionScriptsTests {
    static let marker = "<!-- hundredfold:summary -->"
    static let token = "test-token"

    /// A repository whose `feature` branch adds an N+1 to the scenario (the budget fails) and to
    /// `app/views.py` (a new finding); `origin/main` is its base, as after actions/checkout.
    static func makeRepository() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "hundredfold-action")
        let repo = folder.url.appendingPathComponent("repo")
        try folder.write(scenario(nPlusOne: false), to: "repo/Scenarios/orders.yml")
        try folder.write("def totals():\n    return 0\n", to: "repo/app/views.py")
        try Git.run(["init", "-q", "-b", "main"], in: repo)
        try Git.run(["add", "-A"], in: repo)
        try Git.run(["commit", "-qm", "base"], in: repo)
        try Git.run(["checkout", "-qb", "feature"], in: repo)
        try folder.write(scenario(nPlusOne: true), to: "repo/Scenarios/orders.yml")
        try folder.write(
            """
            from shop.models import Customer, Order


            def totals():
                names = []
                for order in Order.objects.all():
                    names.append(Customer.objects.get(id=order.customer_id).name)
                return names

            """, to: "repo/app/views.py")
        try Git.run(["commit", "-qam", "head"], in: repo)
        try Git.run(["update-ref", "refs/remotes/origin/main", "main"], in: repo)
        return folder
    }

    static func scenario(nPlusOne: Bool) -> String {
        let loop =
            nPlusOne
            ? "    - for_each: orders\n      steps:\n        - query: SELECT total FROM orders WHERE id = :id\n"
            : ""
        return """
            name: orders
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);
              CREATE INDEX orders_user ON orders(user_id);
            data:
              users: { rows: 10, fixed: true, columns: { name: { text: [5, 12] } } }
              orders: { rows: 50, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
            workload:
              params: { user_id: { pick: users.id } }
              steps:
                - query: SELECT id FROM orders WHERE user_id = :user_id
                  as: orders
            \(loop)requests: 5
            scales: [1, 10]
            seed: 1
            budget:
              queries_per_request: { growth: constant }

            """
    }

    /// A `pull_request` event of pull request 12, from a fork when `fork`.
    static func pullRequestEvent(fork: Bool) -> [String: Any] {
        [
            "pull_request": [
                "number": 12,
                "head": ["repo": ["full_name": fork ? "someone/shop" : "acme/shop"], "ref": "feature"],
                "base": ["repo": ["full_name": "acme/shop"], "ref": "main"],
            ]
        ]
    }

    /// The runner of the action in `folder/repo`, for `event` against `stub`.
    static func runner(
        in folder: TemporaryDirectory, event: [String: Any], eventName: String = "pull_request",
        stub: GitHubStub,
        inputs: [String: String] = [:]
    ) throws -> ActionRunner {
        let eventFile = folder.url.appendingPathComponent("event.json")
        try JSONSerialization.data(withJSONObject: event).write(to: eventFile)
        return try ActionRunner(
            workspace: folder.url.appendingPathComponent("repo"),
            inputs: ["github-token": token].merging(inputs) { $1 },
            environment: [
                "PATH": HundredfoldBinary.productsDirectory.path + ":"
                    + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "GITHUB_API_URL": stub.url, "GITHUB_REPOSITORY": "acme/shop", "GITHUB_EVENT_NAME": eventName,
                "GITHUB_EVENT_PATH": eventFile.path, "GITHUB_BASE_REF": "main",
                "GITHUB_STEP_SUMMARY": folder.url.appendingPathComponent("step-summary.md").path,
                "RUNNER_TEMP": folder.url.path,
                "GIT_CONFIG_NOSYSTEM": "1", "HOME": folder.url.path,
            ])
    }

    @Test func aPullRequestGetsOneCommentCreatedThenUpdatedAndTheCheckFailsByTheVerdict() throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        let quoted: [String: Any] = [
            "id": 1, "body": "> \(Self.marker)\n> a reviewer quoting the summary", "user": ["login": "ann"],
        ]
        let stub = try GitHubStub(state: ["token": Self.token, "comments": ["12": [quoted]]], in: folder.url)
        defer { stub.stop() }
        var runner = try Self.runner(in: folder, event: Self.pullRequestEvent(fork: false), stub: stub)

        let ci = try runner.run("Hundredfold ci")
        #expect(ci.exitCode == 0, "the ci step never fails by itself: \(ci.log)")
        #expect(
            runner.outputs["ci"] == ["exit-code": "1", "verdict": "fail", "reports": "true"], "\(ci.log)")

        let first = try runner.run("Comment on the pull request")
        #expect(first.exitCode == 0, "\(first.log)")
        #expect(first.stdout.contains("comment created on pull request #12"), "\(first.log)")
        var comments = try stub.comments(on: 12)
        #expect(comments.count == 2, "the reviewer's quote and one summary: \(comments)")
        let summary = try String(
            contentsOf: folder.url.appendingPathComponent("repo/.hundredfold/summary.md"), encoding: .utf8)
        #expect(comments.last?["body"] as? String == summary)

        // A second run (a new push) updates the same comment, and leaves the reviewer's alone.
        #expect(try runner.run("Hundredfold ci").exitCode == 0)
        try folder.write("# the second run's summary\n", to: "repo/.hundredfold/summary.md")
        let second = try runner.run("Comment on the pull request")
        #expect(second.stdout.contains("comment updated on pull request #12"), "\(second.log)")
        comments = try stub.comments(on: 12)
        #expect(comments.count == 2, "updated, not duplicated: \(comments)")
        #expect(comments.first?["body"] as? String == quoted["body"] as? String)
        #expect(
            comments.last?["body"] as? String == "\(Self.marker)\n# the second run's summary\n",
            "the second run's summary replaced the first, under the marker")
        let requests = try stub.state()["requests"] as? [String] ?? []
        #expect(requests.filter { $0.hasPrefix("POST") }.count == 1, "\(requests)")
        #expect(requests.contains("PATCH /repos/acme/shop/issues/comments/2"), "\(requests)")

        // The last step fails the check by the verdict, after everything else ran.
        let verdict = try runner.run("Verdict")
        #expect(verdict.exitCode == 1, "\(verdict.log)")
        #expect(verdict.stdout.contains("::error title=Hundredfold::"), "\(verdict.log)")
        runner.outputs["ci"]?["exit-code"] = "0"
        #expect(try runner.run("Verdict").exitCode == 0)
    }

    @Test func withCodeScanningOffTheFindingsBecomeAnnotationsOnTheDiff() throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        let stub = try GitHubStub(state: ["token": Self.token], in: folder.url)
        defer { stub.stop() }
        var runner = try Self.runner(
            in: folder, event: Self.pullRequestEvent(fork: false), stub: stub,
            inputs: ["code-scanning": "false"])
        _ = try runner.run("Hundredfold ci")

        // The upload step is off with the input, and the annotation step runs whenever it did not succeed.
        let upload = try runner.step("Upload SARIF to code scanning")
        #expect((upload["if"] as? String)?.contains("inputs.code-scanning == 'true'") == true)
        #expect(
            upload["continue-on-error"] as? Bool == true,
            "a failed upload (code scanning off) is not a red check")
        let annotate = try runner.step("Annotate the findings")
        #expect((annotate["if"] as? String)?.contains("steps.sarif.outcome != 'success'") == true)

        let result = try runner.run("Annotate the findings")
        #expect(result.exitCode == 0, "\(result.log)")
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.contains {
                $0.hasPrefix("::error title=Hundredfold HF101,file=app/views.py,line=7,")
                    && $0.contains("Customer.objects.get")
            }, "\(result.log)")
        #expect(
            lines.contains { $0.hasPrefix("::warning title=Hundredfold HF201,file=app/views.py,line=6,") },
            "\(result.log)")
        #expect(
            !result.stdout.contains("](1)"), "SARIF's links to related locations read as text: \(result.log)")
    }

    @Test func aForkPullRequestsReadOnlyTokenLeavesTheStepGreenAndSaysWhatToDo() throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        let stub = try GitHubStub(state: ["token": Self.token, "forbid_writes": true], in: folder.url)
        defer { stub.stop() }
        var runner = try Self.runner(in: folder, event: Self.pullRequestEvent(fork: true), stub: stub)
        _ = try runner.run("Hundredfold ci")

        let result = try runner.run("Comment on the pull request")
        #expect(result.exitCode == 0, "a comment is never worth a red check: \(result.log)")
        #expect(result.stdout.contains("::warning::"), "\(result.log)")
        #expect(result.stdout.contains("HTTP 403"), "\(result.log)")
        #expect(result.stdout.contains("read-only"), "\(result.log)")
        #expect(
            result.stdout.contains("hundredfold-comment.yml"), "names the companion workflow: \(result.log)")
        #expect(try stub.comments(on: 12).isEmpty)
    }

    @Test func theCompanionPostsOnTheForksPullRequestFoundFromTheRun() throws {
        let folder = try Self.makeRepository()
        defer { folder.remove() }
        try folder.write(
            "\(Self.marker)\n## ❌ Hundredfold: fail\n", to: "reports/hundredfold-reports/summary.md")
        let pull: [String: Any] = [
            "number": 7,
            "head": ["sha": "abc123", "ref": "feature", "repo": ["owner": ["login": "someone"]]],
        ]
        let decoy: [String: Any] = [
            "number": 8,
            "head": ["sha": "def456", "ref": "feature", "repo": ["owner": ["login": "someone"]]],
        ]
        let stub = try GitHubStub(state: ["token": Self.token, "pulls": [decoy, pull]], in: folder.url)
        defer { stub.stop() }
        let event: [String: Any] = [
            "workflow_run": [
                "id": 99, "event": "pull_request", "pull_requests": [], "head_sha": "abc123",
                "head_branch": "feature",
                "head_repository": ["full_name": "someone/shop", "owner": ["login": "someone"]],
            ]
        ]
        var runner = try Self.runner(
            in: folder, event: event, eventName: "workflow_run", stub: stub, inputs: ["mode": "comment"])
        runner.environment["RUNNER_TEMP"] = folder.url.appendingPathComponent("reports").path
        runner.outputs["download"] = [:]

        let result = try runner.run("Comment on the fork's pull request")
        #expect(result.exitCode == 0, "\(result.log)")
        #expect(result.stdout.contains("comment created on pull request #7"), "\(result.log)")
        #expect(try stub.comments(on: 7).count == 1)
        #expect(try stub.comments(on: 8).isEmpty)
    }
}
