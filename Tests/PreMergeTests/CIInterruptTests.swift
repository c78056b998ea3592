import Foundation
import TestSupport
import Testing

/// Ctrl-C (SIGINT) or SIGTERM while the base runs in its temporary worktree: the worktree is
/// removed, git forgets it, and the job exits with 128 + the signal.
@Suite(.serialized) struct CIInterruptTests {
    static let slowScenario = """
        name: big
        schema: |
          CREATE TABLE rows(id INTEGER PRIMARY KEY, value TEXT NOT NULL);
        data:
          rows: { rows: 1000, columns: { value: { text: [20, 40] } } }
        workload:
          steps:
            - query: SELECT count(*) FROM rows
        requests: 5
        scales: [1, 2000]
        limits: { time_seconds: 120, rows_per_scale: 5000000 }

        """

    @Test(arguments: [SIGINT, SIGTERM])
    func theWorktreeIsRemovedOnInterrupt(signalNumber: Int32) throws {
        let repo = try TemporaryDirectory(prefix: "hundredfold-ci-interrupt")
        defer { repo.remove() }
        try Git.run(["init", "-q", "-b", "main"], in: repo.url)
        try repo.write(Self.slowScenario, to: "Scenarios/big.yml")
        try Git.run(["add", "-A"], in: repo.url)
        try Git.run(["commit", "-q", "-m", "base"], in: repo.url)

        let process = Process()
        process.executableURL = HundredfoldBinary.url
        process.arguments = ["ci", "--base", "main"]
        process.currentDirectoryURL = repo.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait (bounded) until the base worktree exists, then interrupt.
        var attempts = 0
        while try worktrees(repo).count < 2, process.isRunning, attempts < 600 {
            usleep(50_000)
            attempts += 1
        }
        let temporary = try #require(
            try worktrees(repo).dropFirst().first, "the base worktree never appeared")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signalNumber)
        #expect(try worktrees(repo).count == 1)
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(!FileManager.default.fileExists(atPath: (temporary as NSString).deletingLastPathComponent))
        #expect(!FileManager.default.fileExists(atPath: repo.url.appendingPathComponent(".hundredfold").path))
    }

    /// SIGKILL cleans nothing up: the orphaned `hundredfold run` ends with its parent, and the
    /// next `ci` removes the killed job's scratch folder and worktree registration.
    @Test func aKilledJobIsCleanedUpByItsChildAndTheNextRun() throws {
        let repo = try TemporaryDirectory(prefix: "hundredfold-ci-kill")
        defer { repo.remove() }
        let tmp = repo.url.appendingPathComponent("private-tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try Git.run(["init", "-q", "-b", "main"], in: repo.url)
        try repo.write(Self.slowScenario, to: "Scenarios/big.yml")
        try repo.write("private-tmp/\n.hundredfold/\n", to: ".gitignore")
        try Git.run(["add", "-A"], in: repo.url)
        try Git.run(["commit", "-q", "-m", "base"], in: repo.url)

        let process = Process()
        process.executableURL = HundredfoldBinary.url
        process.arguments = ["ci", "--base", "main"]
        process.currentDirectoryURL = repo.url
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": tmp.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var attempts = 0
        while try worktrees(repo).count < 2, process.isRunning, attempts < 600 {
            usleep(50_000)
            attempts += 1
        }
        #expect(try worktrees(repo).count == 2, "the base worktree appeared")
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        // The child `hundredfold run` notices within a moment and removes its databases.
        var remaining = databases(in: tmp)
        for _ in 0..<50 where !remaining.isEmpty {
            usleep(100_000)
            remaining = databases(in: tmp)
        }
        #expect(remaining.isEmpty, "the orphaned run ended and removed its databases: \(remaining)")

        let next = try HundredfoldBinary.run(
            ["ci", "--base", "main", "--out-dir", ".hundredfold"], in: repo.url,
            environment: ["TMPDIR": tmp.path])
        #expect([0, 1].contains(next.exitCode), "\(next.stderr)")
        #expect(try worktrees(repo).count == 1, "the killed job's worktree is pruned")
        let scratch = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        #expect(scratch.isEmpty, "nothing of either job remains in TMPDIR: \(scratch)")
    }

    func databases(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".sqlite") || $0.contains(".sqlite-")
        }
    }

    func worktrees(_ repo: TemporaryDirectory) throws -> [String] {
        try Git.run(["worktree", "list", "--porcelain"], in: repo.url).stdout
            .split(separator: "\n").filter { $0.hasPrefix("worktree ") }.map {
                String($0.dropFirst("worktree ".count))
            }
    }
}
