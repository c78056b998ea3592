import Foundation
import Testing

/// Ctrl-C or a SIGTERM while the throwaway server runs: the run ends (not 0) and the server is
/// stopped and its folder removed before it does.
@Suite(.enabled(if: PostgresBinaries.available, PostgresBinaries.skipMessage))
struct InterruptTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func signalledRunRemovesTheThrowawayServer(signal: Int32) throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(Scenarios.orderListNPlusOne, to: "order-list.yml")
        let running = try project.start([
            "run", "order-list.yml", "--engine", "postgres", "--scales", "1,10,100,1000,5000",
        ])
        let deadline = Date().addingTimeInterval(120)
        while processes(under: project.tmp).isEmpty, running.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(
            !processes(under: project.tmp).isEmpty, "the throwaway server was never seen working in TMPDIR")
        running.send(signal)
        let run = running.finish(within: 120)
        #expect(run.exitCode != nil && run.exitCode != 0, "\(run.log)")
        let left = processes(under: project.tmp)
        #expect(left.isEmpty, "still running: \(left)")
        #expect(project.leftovers.isEmpty, "left in TMPDIR: \(project.leftovers)")
    }
}
