import Foundation
import PostgresEngine
import TestSupport
import Testing

/// Bad servers and interrupted runs: a clear error naming the server (password masked), exit 2,
/// and nothing left behind: no scratch database, no temporary folder, no server process.
@Suite(.enabled(if: postgresInstalled, postgresMissing), .serialized)
struct PostgresBadInputTests {
    @Test func anUnreachableServerIsNamedWithItsPasswordMasked() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: true), to: "s.yml")
        let url = "postgres://bob:secret@127.0.0.1:1/app"
        for (arguments, environment) in [
            (["--database-url", url], [:]), ([], ["DATABASE_URL": url]),
        ] {
            let result = try run.run(
                ["run", "s.yml", "--engine", "postgres"] + arguments, environment: environment)
            #expect(result.exitCode == 2)
            #expect(
                result.stderr.contains("cannot connect to PostgreSQL at postgres://bob:***@127.0.0.1:1/app"))
            #expect(!result.stderr.contains("secret"))
            #expect(run.leftovers.isEmpty)
        }
    }

    @Test func aDatabaseURLWithoutPostgresIsAUsageError() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: true), to: "s.yml")
        let result = try run.run(["run", "s.yml", "--database-url", "postgres://localhost/app"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--database-url names a PostgreSQL server"))
    }

    @Test func aServerWithoutStatementStatisticsSaysWhatToSet() throws {
        let server = try ThrowawayServer(preloading: [])
        defer { server.stop() }
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: true), to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "postgres", "--database-url", server.url])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("shared_preload_libraries"), "\(result.stderr)")
        #expect(try scratchDatabases(on: server).isEmpty)
    }

    @Test func anExistingServerKeepsItsOwnDatabasesAndLosesOnlyTheScratchOnes() throws {
        let server = try ThrowawayServer()
        defer { server.stop() }
        try PostgresConnection(url: server.url).execute("CREATE DATABASE keepme")
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: true), to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "postgres", "--database-url", server.url])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try scratchDatabases(on: server).isEmpty)
        let databases = try PostgresConnection(url: server.url).execute("SELECT datname FROM pg_database")
        #expect(databases.rows.contains { $0.first == "keepme" })
    }

    @Test func aServerKilledMidRunIsAnErrorAndNothingIsLeft() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(Self.longScenario, to: "s.yml")
        let process = try start(run, ["run", "s.yml", "--engine", "postgres"])
        let server = try waitForServer(run)
        Thread.sleep(forTimeInterval: 1.5)
        kill(server, SIGKILL)
        let (status, stderr) = finish(process)
        #expect(status == 2)
        #expect(stderr.contains("went away during the run"), "\(stderr)")
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }

    @Test func anInterruptedRunStopsTheServerAndRemovesItsFolder() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(Self.longScenario, to: "s.yml")
        let process = try start(run, ["run", "s.yml", "--engine", "postgres"])
        _ = try waitForServer(run)
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()
        let (status, _) = finish(process)
        #expect(status == 128 + SIGINT)
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }

    // MARK: - Helpers

    /// Runs long enough to be interrupted: 200 requests scanning 60,000 rows each at 30x.
    static let longScenario = PostgresFixtures.filter(indexed: false)
        .replacingOccurrences(of: "requests: 5", with: "requests: 200")
        .replacingOccurrences(of: "scales: [1, 10]", with: "scales: [1, 30]")

    func scratchDatabases(on server: ThrowawayServer) throws -> [String?] {
        try PostgresConnection(url: server.url)
            .execute("SELECT datname FROM pg_database WHERE datname LIKE 'hundredfold%'").rows.map { $0[0] }
    }

    func start(_ run: RunFolder, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = HundredfoldBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = run.folder.url
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": run.temporary.path]) {
            $1
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = Pipe()
        try process.run()
        return process
    }

    /// The postmaster's process ID, once the run has started it.
    func waitForServer(_ run: RunFolder) throws -> pid_t {
        for _ in 0..<600 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for pid in entries.compactMap({ pid_t($0) }) {
                guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
                    continue
                }
                let line = String(decoding: data, as: UTF8.self)
                if line.contains("postgres\0-D\0" + run.temporary.path) { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw PostgresError("the run did not start a server within 30 s")
    }

    func finish(_ process: Process) -> (Int32, String) {
        let stderr = (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }
}
