import Foundation
import TestSupport
import Testing
import TraceIngest

/// The request counter of server mode: with `HUNDREDFOLD_TRACE_REQUEST_FILE` named, every
/// statement record carries the number the file held when the statement started, and each line is
/// written at once, so a process killed outright loses none.
@Suite struct RequestCounterTests {
    /// Runs three statements, setting the counter to 1 and then 2 before the second and third
    /// (as Hundredfold does between requests), then kills itself with SIGKILL.
    static let program = """
        import os, signal, sqlite3, struct
        db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
        counter = os.environ.get("HUNDREDFOLD_TRACE_REQUEST_FILE")
        def request(number):
            if counter:
                with open(counter, "r+b") as file:
                    file.write(struct.pack("=q", number))
        db.execute("SELECT 1").fetchall()
        request(1)
        db.execute("SELECT 2").fetchall()
        request(2)
        db.execute("SELECT 3").fetchall()
        os.kill(os.getpid(), signal.SIGKILL)
        """

    func run(counter: Bool) throws -> [TracedStatement] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.program, to: "requests.py")
        let database = directory.url.appendingPathComponent("app.db").path
        var environment = ["HUNDREDFOLD_DB": database]
        if counter {
            let file = directory.url.appendingPathComponent("request")
            try Data(count: 8).write(to: file)
            environment["HUNDREDFOLD_TRACE_REQUEST_FILE"] = file.path
        }
        let outcome = try TracedProgram.run(
            TracedProgram.python, ["requests.py"], in: directory, environment: environment)
        #expect(outcome.result.exitCode != 0, "the program kills itself")
        return outcome.log.statements
    }

    @Test func statementsCarryTheRequestInFlightAndSurviveAKill() throws {
        let statements = try run(counter: true)
        #expect(statements.map(\.sql) == ["SELECT 1", "SELECT 2", "SELECT 3"])
        #expect(statements.map(\.request) == [0, 1, 2])
    }

    /// Without the file, records carry no request and stay buffered: the kill loses them.
    @Test func withoutTheFileLinesAreBufferedAndCarryNoRequest() throws {
        let statements = try run(counter: false)
        #expect(statements.isEmpty)
    }
}
