import Foundation
import Testing

/// Bad engine input: a clear error, exit 2, the password never printed, nothing half-written.
struct EngineOptionTests {
    func orderList() throws -> Project {
        let project = try Project()
        try project.write(Scenarios.orderListNPlusOne, to: "scenarios/order-list.bad.yml")
        return project
    }

    /// A refusal of the engine options themselves (not an unknown option): it names the flag
    /// and the engine it needs.
    @Test(arguments: [["--engine", "sqlite"], []])
    func databaseURLWithoutPostgresIsRefused(engine: [String]) throws {
        let project = try orderList()
        defer { project.remove() }
        let run = try project.hf(
            [
                "run", "scenarios", "--database-url", "postgres://postgres@127.0.0.1:5432/postgres", "--out",
                "report.json",
            ]
                + engine, seconds: 120)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(run.stderr.contains("--database-url") && run.stderr.contains("postgres"), "\(run.log)")
        #expect(!run.stderr.lowercased().contains("unknown option"), "the flag must be known: \(run.log)")
        #expect(!project.exists("report.json"))
    }

    /// The look-alike: `DATABASE_URL` in the environment (as many projects set it) does not stop a
    /// SQLite run; only the flag with a non-PostgreSQL engine is a contradiction.
    @Test func databaseURLInTheEnvironmentDoesNotStopASQLiteRun() throws {
        let project = try orderList()
        defer { project.remove() }
        let run = try project.hf(
            ["run", "scenarios", "--engine", "sqlite", "--scales", "1", "--out", "report.json"],
            environment: ["DATABASE_URL": "postgres://postgres@127.0.0.1:1/nowhere"], seconds: 120)
        #expect(run.exitCode == 0, "\(run.log)")
        #expect(project.exists("report.json"))
    }

    @Test func unknownEngineIsRefused() throws {
        let project = try orderList()
        defer { project.remove() }
        let run = try project.hf(
            ["run", "scenarios", "--engine", "mysql", "--out", "report.json"], seconds: 120)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(
            run.stderr.contains("mysql") && run.stderr.contains("postgres") && run.stderr.contains("sqlite"),
            "\(run.log)")
        #expect(!run.stderr.lowercased().contains("unknown option"), "the flag must be known: \(run.log)")
        #expect(!project.exists("report.json"))
    }

    /// Nothing listens on the port: exit 2, the URL named with its password masked.
    @Test func unreachableServerIsNamedWithoutThePassword() throws {
        let project = try orderList()
        defer { project.remove() }
        let port = freePort()
        let password = "Unreachable-s3cret"
        let run = try project.hf(
            [
                "run", "scenarios", "--engine", "postgres", "--database-url",
                "postgres://shop:\(password)@127.0.0.1:\(port)/shop",
                "--out", "report.json",
            ], seconds: 120)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(run.stderr.contains("127.0.0.1:\(port)"), "the error names the URL: \(run.log)")
        #expect(run.stderr.contains("shop"), "the error names the user and database: \(run.log)")
        #expect(!(run.stdout + run.stderr).contains(password), "the password is printed: \(run.log)")
        #expect(!run.stderr.lowercased().contains("unknown option"), "\(run.log)")
        #expect(!project.exists("report.json"))
        #expect(project.leftovers.isEmpty, "left in TMPDIR: \(project.leftovers)")
    }
}

/// Bad input that needs a running server: a wrong password, a schema PostgreSQL rejects, the
/// server killed mid-run. No scratch database is left behind when the server is still up.
@Suite(.enabled(if: PostgresBinaries.available, PostgresBinaries.skipMessage))
struct ServerBadInputTests {
    @Test func wrongPasswordIsNamedWithoutThePassword() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let project = try Project()
        defer { project.remove() }
        try project.write(Scenarios.orderListNPlusOne, to: "scenarios/order-list.bad.yml")
        let wrong = "Wrong-Pa55word"
        let url = "postgres://\(PostgresServer.passwordRole):\(wrong)@127.0.0.1:\(server.port)/postgres"
        let run = try project.hf(
            ["run", "scenarios", "--engine", "postgres", "--database-url", url, "--out", "report.json"],
            seconds: 120)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(
            run.stderr.contains("127.0.0.1:\(server.port)")
                && run.stderr.contains(PostgresServer.passwordRole), "\(run.log)")
        #expect(!(run.stdout + run.stderr).contains(wrong), "the password is printed: \(run.log)")
        #expect(!project.exists("report.json"))
        let scratch = try server.scratchDatabases()
        #expect(scratch.isEmpty, "left on the server: \(scratch)")
    }

    /// `typeof()` is SQLite's: PostgreSQL rejects the CHECK, and the error points at the statement
    /// in the scenario file (its line; the column is the implementer's choice).
    @Test func schemaStatementPostgresRejectsIsLocated() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let project = try Project()
        defer { project.remove() }
        let scenario = """
            name: notes
            schema: |
              CREATE TABLE authors(id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE notes(id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors(id),
                body TEXT CHECK (typeof(body) = 'text'));
            data:
              authors: { rows: 5, fixed: true, columns: { name: { text: [5, 10] } } }
              notes: { rows: 20, columns: { author_id: { ref: authors.id }, body: { text: [10, 40] } } }
            workload:
              steps:
                - query: SELECT id FROM notes
            requests: 2
            scales: [1, 10]
            seed: 1

            """
        try project.write(scenario, to: "notes.yml")
        let onSQLite = try project.hf(["run", "notes.yml"], seconds: 120)
        #expect(onSQLite.exitCode == 0, "the scenario is valid SQLite: \(onSQLite.log)")
        let run = try project.hf(
            [
                "run", "notes.yml", "--engine", "postgres", "--database-url", server.url, "--out",
                "report.json",
            ], seconds: 120)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(
            run.stderr.contains("notes.yml:4:"),
            "the error names the CREATE TABLE notes statement's line: \(run.log)")
        #expect(run.stderr.contains("typeof"), "the error shows what PostgreSQL rejected: \(run.log)")
        #expect(!project.exists("report.json"))
        let scratch = try server.scratchDatabases()
        #expect(scratch.isEmpty, "left on the server: \(scratch)")
    }

    /// The server stops while Hundredfold loads or measures: exit 2 naming the URL, no hang.
    @Test func serverKilledMidRun() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let project = try Project()
        defer { project.remove() }
        try project.write(Scenarios.orderListNPlusOne, to: "scenarios/order-list.bad.yml")
        let finished = Flag()
        let killer = Thread {
            while !finished.isSet {
                if let scratch = try? server.scratchDatabases(), !scratch.isEmpty {
                    server.stop()
                    return
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        killer.start()
        let run = try project.hf(
            [
                "run", "scenarios", "--engine", "postgres", "--database-url", server.url, "--scales",
                "1,10,100,1000",
                "--out", "report.json",
            ], seconds: 300)
        finished.set()
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(run.stderr.contains("127.0.0.1:\(server.port)"), "the error names the URL: \(run.log)")
        #expect(!project.exists("report.json"))
        #expect(project.leftovers.isEmpty, "left in TMPDIR: \(project.leftovers)")
    }
}

/// A flag one thread sets and another polls.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
