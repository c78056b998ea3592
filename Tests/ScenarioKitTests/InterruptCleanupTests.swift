import Foundation
import HundredfoldCore
import ScenarioKit
import TestSupport
import Testing

/// Ctrl-C during a run leaves no temporary database: checked with a real child process (this test
/// binary, re-run on one test) that is running a scenario when it receives SIGINT.
@Suite struct InterruptCleanupTests {
    private static let childVariable = "HUNDREDFOLD_INTERRUPT_CHILD_DIR"

    /// The child's side: runs a runaway scenario in the folder the parent named. Outside the
    /// parent's child process (the variable unset) there is nothing to do.
    @Test func childRunsUntilInterrupted() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.childVariable] else { return }
        let scenario = ScenarioBuilder.scenario(
            schema: ScenarioBuilder.shopSchema, tables: ScenarioBuilder.shopTables,
            steps: [
                ScenarioBuilder.query(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
            ],
            limits: Limits(timeLimitSeconds: 60, maxRowsPerScale: 1_000))
        _ = try ScenarioRunner(options: RunOptions(temporaryDirectory: URL(fileURLWithPath: path))).run(
            scenario)
        Issue.record("the child was meant to be interrupted")
    }

    #if os(Linux)
        @Test func sigintDeletesTheTemporaryDatabase() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            child.arguments = ["--testing-library", "swift-testing", "--filter", "childRunsUntilInterrupted"]
            child.environment = ProcessInfo.processInfo.environment.merging([
                Self.childVariable: directory.url.path
            ]) { $1 }
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            defer { if child.isRunning { child.terminate() } }
            var sawDatabase = false
            for _ in 0..<600 where !sawDatabase {
                sawDatabase = directory.listFiles().contains { $0.hasSuffix(".sqlite") }
                if !sawDatabase { usleep(50_000) }
            }
            #expect(sawDatabase, "the child never created its database")
            usleep(200_000)  // let it reach the runaway query
            child.interrupt()
            child.waitUntilExit()
            #expect(child.terminationReason == .uncaughtSignal)
            #expect(child.terminationStatus == SIGINT)
            #expect(directory.listFiles() == [])
        }
    #endif
}
