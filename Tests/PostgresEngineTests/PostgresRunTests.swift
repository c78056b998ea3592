import Foundation
import PostgresEngine
import TestSupport
import Testing

/// `run --engine postgres` and `--engine sqlite,postgres` end to end: the built binary, a
/// throwaway server it starts itself, the JSON report.
@Suite(.enabled(if: postgresInstalled, postgresMissing), .serialized)
struct PostgresRunTests {
    func report(_ result: HundredfoldBinary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func scales(_ report: [String: Any]) -> [[String: Any]] {
        let scenario = (report["scenarios"] as? [[String: Any]])?.first
        return scenario?["scales"] as? [[String: Any]] ?? []
    }

    @Test func anUnindexedFilterScansTheTableOnPostgresAndTheServerIsGoneAfterwards() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: false), to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "postgres", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try report(result)
        #expect(json["engine"] as? String == "postgres")
        for scale in scales(json) {
            let size = (scale["scale"] as? Int ?? 0) * 2000
            #expect(scale["rows_read_per_request"] as? Double == Double(size))
            #expect((scale["full_scans"] as? [[String: Any]])?.first?["table"] as? String == "events")
            #expect(scale["sqlite_counters_per_request"] == nil)
            #expect(scale["unmeasured"] as? [String] == ["sqlite_counters_per_request"])
            let buffers = try #require(scale["buffers"] as? [String: Double])
            #expect((buffers["shared_hit"] ?? 0) + (buffers["shared_read"] ?? 0) > 0)
        }
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }

    @Test func anIndexedFilterReadsOnlyItsRowsAndScansNothing() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: true), to: "s.yml")
        let result = try run.run([
            "run", "s.yml", "--engine", "postgres", "--format", "json", "--scales", "10",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let scale = try #require(scales(try report(result)).first)
        #expect((scale["rows_read_per_request"] as? Double ?? 0) < 10)
        #expect((scale["full_scans"] as? [Any])?.isEmpty == true)
    }

    @Test func bothEnginesCompareEveryGatedFigureAndTheTextNamesThem() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.filter(indexed: false), to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "sqlite,postgres", "--out", "r.json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("engine sqlite, compared with postgres"))
        #expect(result.stdout.contains("Engines agree"))
        let data = try Data(contentsOf: run.folder.url.appendingPathComponent("r.json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["engine"] as? String == "sqlite,postgres")
        let scenario = try #require((json["scenarios"] as? [[String: Any]])?.first)
        let comparison = try #require(scenario["engine_comparison"] as? [[String: Any]])
        let rowsRead = try #require(comparison.first { $0["figure"] as? String == "rows_read_per_request" })
        #expect(rowsRead["sqlite"] as? String == "linear")
        #expect(rowsRead["postgres"] as? String == "linear")
        #expect(rowsRead["agree"] as? Bool == true)
        #expect(!comparison.contains { ($0["figure"] as? String)?.hasPrefix("latency") == true })
        #expect(scales(json).allSatisfy { $0["sqlite_counters_per_request"] != nil && $0["buffers"] == nil })
    }

    @Test func aSchemaStatementPostgresRejectsIsAnErrorAtItsLine() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        try run.folder.write(PostgresFixtures.rejectedSchema, to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "postgres"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("s.yml:4:3: error: schema: PostgreSQL rejects"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }

    @Test func aStatementRunningPastTheTimeLimitIsCancelledAndTheScenarioStopped() throws {
        let run = try RunFolder()
        defer { run.folder.remove() }
        let slow = PostgresFixtures.filter(indexed: false)
            .replacingOccurrences(
                of: "SELECT id, at, weight FROM events WHERE kind = :kind",
                with:
                    "SELECT count(*) FROM events a, events b, events c WHERE a.kind = :kind OR b.weight < c.weight"
            )
            .replacingOccurrences(of: "seed: 7", with: "seed: 7\nlimits: { time_seconds: 2 }")
        try run.folder.write(slow, to: "s.yml")
        let result = try run.run(["run", "s.yml", "--engine", "postgres", "--format", "json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let scenario = try #require((try report(result)["scenarios"] as? [[String: Any]])?.first)
        let stopped = try #require(scenario["stopped"] as? [String: Any])
        #expect(stopped["kind"] as? String == "time_limit")
        #expect(stopped["scale"] as? Int == 1)
        #expect(run.leftovers.isEmpty)
        #expect(run.serverProcesses.isEmpty)
    }
}
