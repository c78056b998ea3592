import Foundation
import PostgresEngine
import Testing

/// The pieces that count real programs on PostgreSQL without a server: the URL a program gets,
/// and the plans read from a server log.
@Suite struct ProgramStatisticsTests {
    @Test func aSocketServerIsWrittenWithHostAndPortInTheQuery() {
        let endpoint = ServerEndpoint(user: "postgres", password: "", host: "/tmp/hf pg", port: "5432")
        #expect(
            endpoint.url(database: "hundredfold_1_2")
                == "postgresql://postgres@/hundredfold_1_2?host=/tmp/hf%20pg&port=5432")
        let environment = endpoint.environment(database: "hundredfold_1_2")
        #expect(environment["PGHOST"] == "/tmp/hf pg")
        #expect(environment["PGDATABASE"] == "hundredfold_1_2")
        #expect(environment.keys.contains("PGPASSWORD") && environment["PGPASSWORD"]! == nil)  // removed
    }

    @Test func aNetworkServerCarriesItsEncodedPassword() {
        let endpoint = ServerEndpoint(user: "ci", password: "p@ss/word", host: "db.example", port: "6543")
        #expect(endpoint.url(database: "d") == "postgresql://ci:p%40ss%2Fword@db.example:6543/d")
        #expect(endpoint.environment(database: "d")["PGPASSWORD"] == "p@ss/word")
        let ipv6 = ServerEndpoint(user: "ci", password: "", host: "::1", port: "5432")
        #expect(ipv6.url(database: "d") == "postgresql://ci@[::1]:5432/d")
    }

    /// Two plans of the database and one of another, between ordinary log lines.
    static let log = """
        2026-12-03 18:45:07.846 UTC [31047]  LOG:  database system is ready to accept connections
        2026-12-03 18:45:11.091 UTC [31075] hundredfold_9_2 LOG:  duration: 0.025 ms  plan:
        \t{
        \t  "Query Text": "select * from t where v = 'y'",
        \t  "Plan": {"Node Type": "Seq Scan", "Relation Name": "t", "Actual Rows": 0, "Actual Loops": 1,
        \t    "Rows Removed by Filter": 100}
        \t}
        2026-12-03 18:45:11.092 UTC [31080] hundredfold_9_3 LOG:  duration: 0.010 ms  plan:
        \t{"Query Text": "select 1", "Plan": {"Node Type": "Seq Scan", "Relation Name": "other", "Actual Rows": 5, "Actual Loops": 1}}
        2026-12-03 18:45:11.106 UTC [31075] hundredfold_9_2 LOG:  duration: 0.010 ms  plan:
        \t{"Query Text": "select v from t where id = 4", "Plan": {"Node Type": "Index Scan", "Relation Name": "t",
        \t  "Actual Rows": 1, "Actual Loops": 1}}
        2026-12-03 18:45:12.000 UTC [31075] hundredfold_9_2 LOG:  disconnection: session time: 0:00:00.031
        """

    @Test func plansAreReadForTheirDatabaseOnlyFromWhereTheLastReadingStopped() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-log-\(UUID()).log")
        defer { try? FileManager.default.removeItem(at: file) }
        try "2026-12-03 18:45:00.000 UTC [1]  LOG:  starting\n".write(
            to: file, atomically: true, encoding: .utf8)
        var log = PlanLog(file: file)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((Self.log + "\n").utf8))
        let plans = log.read(database: "hundredfold_9_2")
        #expect(plans.map(\.queryText) == ["select * from t where v = 'y'", "select v from t where id = 4"])
        #expect(plans.map(\.plan.rowsRead) == [100, 1])
        #expect(plans.map(\.plan.sequentialScanTables) == [["t"], []])
        #expect(log.read(database: "hundredfold_9_2").isEmpty)  // nothing new since
        try handle.close()
    }

    @Test func aPrefixOfTheNameIsAnotherDatabase() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-log-\(UUID()).log")
        defer { try? FileManager.default.removeItem(at: file) }
        try "".write(to: file, atomically: true, encoding: .utf8)
        var log = PlanLog(file: file)
        try (Self.log + "\n").write(to: file, atomically: false, encoding: .utf8)
        #expect(log.read(database: "hundredfold_9").isEmpty)
    }
}
