import Foundation
import TestSupport
import Testing
import Yams

/// The `.pre-commit-hooks.yaml` hook, run as pre-commit runs it (its entry, with `hundredfold` on
/// PATH) in a real git repository: it scans the staged change only.
@Suite(.serialized)
struct PreCommitHookTests {
    static func hook() throws -> [String: Any] {
        let hooks = try #require(
            try Yams.load(yaml: PackageRoot.read(".pre-commit-hooks.yaml")) as? [[String: Any]])
        return try #require(hooks.first { $0["id"] as? String == "hundredfold-scan" })
    }

    static let nPlusOne = """
        from shop.models import Customer, Order


        def totals():
            names = []
            for order in Order.objects.filter(open=True)[:50]:
                names.append(Customer.objects.get(id=order.customer_id).name)
            return names

        """

    /// Runs the hook's entry with `arguments` appended (a user's `args:`), as pre-commit does
    /// with `pass_filenames: false`.
    static func runHook(in repo: URL, arguments: [String] = []) throws -> HundredfoldBinary.Result {
        let entry = try #require(try hook()["entry"] as? String)
        return try ChildProcess.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", ([entry] + arguments).joined(separator: " ")], in: repo,
            environment: [
                "PATH": HundredfoldBinary.productsDirectory.path + ":"
                    + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            ])
    }

    static func repository() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "hundredfold-precommit")
        try folder.write("def totals():\n    return []\n", to: "app/views.py")
        try Git.run(["init", "-q"], in: folder.url)
        try Git.run(["add", "-A"], in: folder.url)
        try Git.run(["commit", "-qm", "base"], in: folder.url)
        return folder
    }

    @Test func theHookIsDeclaredForPreCommit() throws {
        let hook = try Self.hook()
        #expect(
            hook["language"] as? String == "swift",
            "pre-commit builds the package and puts hundredfold on PATH")
        #expect(hook["pass_filenames"] as? Bool == false)
        #expect((hook["entry"] as? String)?.contains("git diff --cached") == true)
    }

    @Test func aStagedNPlusOneFailsTheHookWithExit1() throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        try folder.write(Self.nPlusOne, to: "app/views.py")
        try Git.run(["add", "app/views.py"], in: folder.url)
        let result = try Self.runHook(in: folder.url)
        #expect(result.exitCode == 1, "\(result.log)")
        #expect(result.stdout.contains("HF101") && result.stdout.contains("app/views.py:7"), "\(result.log)")
        // A user's args reach scan: with --fail-on none the finding is reported and the commit goes on.
        let relaxed = try Self.runHook(in: folder.url, arguments: ["--fail-on", "none"])
        #expect(relaxed.exitCode == 0, "\(relaxed.log)")
        #expect(relaxed.stdout.contains("HF101"), "\(relaxed.log)")
    }

    @Test func anUnstagedNPlusOneIsNotTheCommitsAndPasses() throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        try folder.write("def totals():\n    return [1]\n", to: "app/views.py")
        try Git.run(["add", "app/views.py"], in: folder.url)
        try folder.write(Self.nPlusOne, to: "app/other.py")
        let result = try Self.runHook(in: folder.url)
        #expect(result.exitCode == 0, "\(result.log)")
        #expect(!result.stdout.contains("HF101"), "\(result.log)")
    }
}
