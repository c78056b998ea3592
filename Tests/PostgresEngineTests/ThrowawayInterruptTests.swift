import Foundation
import TestSupport
import Testing

/// SIGINT or SIGTERM at each moment of a throwaway server's life (its folder just made, `initdb`
/// running, the server starting, a scratch database being worked on): the run exits with
/// 128 + the signal, no process of the server is left and the run's TMPDIR is empty.
@Suite(.enabled(if: postgresInstalled, postgresMissing), .serialized)
struct ThrowawayInterruptTests {
    /// A moment of the server's life, seen from outside in the run's TMPDIR.
    enum Moment: String, CaseIterable, CustomTestStringConvertible {
        case folderMade, initdbRunning, serverStarting, scratchDatabaseInUse

        var testDescription: String { rawValue }

        func hasCome(in temporary: URL) -> Bool {
            let folders = ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [])
                .filter { $0.hasPrefix("hundredfold-postgres-") }
            switch self {
            case .folderMade:
                return !folders.isEmpty
            case .initdbRunning:
                return processes(under: temporary).contains { $0.contains("initdb") }
            case .serverStarting:
                return folders.contains {
                    FileManager.default.fileExists(
                        atPath: temporary.appendingPathComponent($0).appendingPathComponent("server.log").path
                    )
                }
            case .scratchDatabaseInUse:
                return processes(under: temporary).contains { $0.contains("postgres hundredfold_") }
            }
        }
    }

    @Test(arguments: Moment.allCases, [SIGINT, SIGTERM])
    func aSignalAtAnyMomentRemovesTheServerAndItsFolder(moment: Moment, signal: Int32) throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: false), to: "s.yml")
        let running = try RunningHundredfold(
            ["run", "s.yml", "--engine", "postgres", "--scales", "1,10,100,1000"], in: run.folder.url,
            environment: ["TMPDIR": run.temporary.path])
        let deadline = Date().addingTimeInterval(120)
        var seen = false
        while !seen, running.isRunning, Date() < deadline {
            seen = moment.hasCome(in: run.temporary)
            if !seen { usleep(5_000) }
        }
        try #require(seen && running.isRunning, "\(moment.rawValue) was not seen while the run ran")
        running.send(signal)
        let outcome = running.finish(within: 120)
        #expect(outcome.exitCode == 128 + signal, "\(outcome.log)")
        #expect(processes(under: run.temporary).isEmpty)
        #expect(run.leftovers.isEmpty)
    }
}

/// Processes whose working folder or command line lies under `folder`.
private func processes(under folder: URL) -> [String] {
    let prefix = folder.resolvingSymlinksInPath().path
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { Int($0) != nil }.compactMap { pid in
        let cwd = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")) ?? ""
        let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
        let line = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
        return cwd.hasPrefix(prefix) || line.contains(prefix) ? line : nil
    }
}
