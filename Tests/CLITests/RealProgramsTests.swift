import Foundation
import TestSupport
import Testing

/// `hundredfold run` on the real-program examples: a Python program traced per request through the
/// built preload library, its N+1 caught as linear growth, its batched fix passing.
@Suite(.serialized) struct RealProgramsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func scenario(_ file: String) throws -> (exitCode: Int32, scenario: [String: Any]) {
        let result = try HundredfoldBinary.run(
            ["run", "Scenarios/real-programs/\(file)", "--format", "json", "--scales", "1,10"], in: Self.root)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let scenario = try #require((object?["scenarios"] as? [[String: Any]])?.first, "\(result.stderr)")
        return (result.exitCode, scenario)
    }

    @Test func nPlusOneProgramFailsAndBatchedProgramPasses() throws {
        let bad = try scenario("order-history.bad.yml")
        #expect(bad.exitCode == 1)
        #expect(bad.scenario["stopped"] == nil)
        let growth = bad.scenario["growth"] as? [String: [String: Any]]
        #expect(growth?["queries_per_request"]?["class"] as? String == "linear")
        let scales = bad.scenario["scales"] as? [[String: Any]] ?? []
        let repeated = (scales.last?["repeated_statements"] as? [[String: Any]])?.first
        #expect(repeated?["fingerprint"] as? String == "SELECT sku, qty FROM items WHERE order_id = ?")

        let fixed = try scenario("order-history.fixed.yml")
        #expect(fixed.exitCode == 0)
        let queries = (fixed.scenario["scales"] as? [[String: Any]] ?? []).map {
            ($0["queries_per_request"] as? [String: Any])?["max"] as? Double
        }
        #expect(queries == [2, 2])
    }

    /// Ctrl-C of `hundredfold` also stops the command's process group, which the terminal's
    /// interrupt does not reach.
    @Test func interruptStopsTheCommandsProcessGroup() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            """
            name: runaway-program
            schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);"
            data: { t: { rows: 10 } }
            workload:
              steps:
                - command: sleep 120 & echo $! > background.pid; sleep 120
            requests: 1
            scales: [1]
            """, to: "runaway.yml")
        let child = Process()
        child.executableURL = HundredfoldBinary.url
        child.arguments = ["run", "runaway.yml"]
        child.currentDirectoryURL = directory.url
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        defer { if child.isRunning { child.terminate() } }
        let pidFile = directory.url.appendingPathComponent("background.pid").path
        var text = ""
        for _ in 0..<600 where text.isEmpty {
            text = (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""
            if text.isEmpty { usleep(50_000) }
        }
        let pid = try #require(
            Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), "the command never started")
        child.interrupt()
        let gone = Self.waitUntilGone(pid)
        if !gone { kill(-getpgid(pid_t(pid)), SIGKILL) }  // what a regression would leave running
        #expect(gone, "the command's background process \(pid) outlived the interrupt")
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
    }

    /// Whether `pid` is gone (or a zombie) within a few seconds.
    static func waitUntilGone(_ pid: Int) -> Bool {
        for _ in 0..<200 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
                return true
            }
            if stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
            usleep(20_000)
        }
        return false
    }
}
