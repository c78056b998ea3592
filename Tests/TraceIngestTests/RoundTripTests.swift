import Foundation
import TestSupport
import Testing
import TraceIngest

/// Which executions continue a batch (one round trip to a server database), from the traces of a
/// real Python program: `executemany` is one batch; the look-alikes are not.
@Suite struct RoundTripTests {
    let program = TracedProgram.fixture("batches.py")

    /// The statements `mode` traced whose SQL starts with `prefix`, and how many of them start a
    /// round trip (do not continue a batch).
    func roundTrips(_ mode: String, of prefix: String) throws -> (executions: Int, roundTrips: Int) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("app.db")
        let outcome = try TracedProgram.run(
            TracedProgram.python, [program.path, mode], in: directory,
            environment: ["HUNDREDFOLD_DB": database.path])
        #expect(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
        let traced = try Traceability.statements(in: outcome.log, database: database, databaseChanged: true)
            .get()
        #expect(traced.allSatisfy { $0.run != nil }, "every record carries its run count")
        let matching = zip(traced, TracedStatement.batchContinuations(traced)).filter {
            $0.0.sql.hasPrefix(prefix)
        }
        return (matching.count, matching.filter { !$0.1 }.count)
    }

    @Test func executemanyIsOneRoundTrip() throws {
        let (executions, roundTrips) = try roundTrips("executemany", of: "INSERT")
        #expect(executions == 5)
        #expect(roundTrips == 1)
    }

    @Test func insertsWithReadsBetweenAreOneEach() throws {
        let (executions, roundTrips) = try roundTrips("read_between", of: "INSERT")
        #expect(executions == 5)
        #expect(roundTrips == 5)
    }

    /// The same SQL prepared anew for every row (no statement cache): five statements, five trips.
    @Test func repreparedStatementsAreOneEach() throws {
        let (executions, roundTrips) = try roundTrips("reprepared", of: "INSERT")
        #expect(executions == 5)
        #expect(roundTrips == 5)
    }

    /// One prepared SELECT run five times in a row: its program reads each result before it asks
    /// again, so each run is a round trip (the N+1 is never hidden as a batch).
    @Test func repeatedReadsAreOneEach() throws {
        let (executions, roundTrips) = try roundTrips("reads", of: "SELECT v")
        #expect(executions == 5)
        #expect(roundTrips == 5)
    }

    /// A trace written before the run count was recorded: nothing continues a batch.
    @Test func tracesWithoutRunCountsNeverBatch() throws {
        let line =
            #"{"type":"stmt","pid":1,"conn":1,"sql":"INSERT INTO t VALUES (?)","ns":1,"rows":0,"bytes":0,"vm_steps":4,"write":true}"#
        let log = try TraceLog(parsing: Data((line + "\n" + line + "\n").utf8), fileName: "old.ndjson")
        #expect(log.statements.map(\.run) == [nil, nil])
        #expect(TracedStatement.batchContinuations(log.statements) == [false, false])
    }
}
