import Foundation
import HundredfoldCore
import Reporting
import ScenarioKit
import TestSupport
import Testing

@Suite struct LimitsTests {
    typealias B = ScenarioBuilder

    @Test func aRunawayStatementIsStoppedByTheTimeLimit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = B.scenario(
            schema: B.shopSchema, tables: B.shopTables,
            steps: [
                B.query(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
            ],
            limits: Limits(timeLimitSeconds: 0.5, maxRowsPerScale: 1_000_000))
        let report = try B.runner(directory.url).run(scenario)
        #expect(report.stopped?.kind == "time_limit")
        #expect(report.stopped?.scale == 1)
        #expect(report.stopped?.message == "stopped after the time limit of 0.5 s (limits.time_seconds)")
        #expect(report.scales.isEmpty)
        #expect(report.verdict == .fail)
        #expect(directory.listFiles().isEmpty)
    }

    @Test func theRowLimitStopsBeforeGenerating() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = B.scenario(
            schema: B.shopSchema, tables: B.shopTables, steps: [B.query("SELECT count(*) FROM orders")],
            limits: Limits(timeLimitSeconds: 60, maxRowsPerScale: 2_100))
        let report = try B.runner(directory.url).run(scenario)
        #expect(report.scales.map(\.scale) == [1, 10])  // 220 and 2,020 rows fit; 20,020 do not
        #expect(
            report.stopped
                == StopReason(
                    kind: "row_limit", scale: 100,
                    message:
                        "20020 rows at scale 100 exceed the limit of 2100 rows per scale (limits.rows_per_scale)"
                ))
        #expect(report.verdict == .fail)
        #expect(directory.listFiles().isEmpty)
    }

    @Test func withinLimitsNothingStops() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let report = try B.runner(directory.url, scales: [1]).run(
            B.scenario(
                schema: B.shopSchema, tables: B.shopTables, steps: [B.query("SELECT count(*) FROM orders")]))
        #expect(report.stopped == nil)
        #expect(report.verdict == .pass)
    }

    @Test func progressReportsGenerationAndRequests() throws {
        final class Recorder: @unchecked Sendable {
            private let lock = NSLock()
            private var phases: [RunProgress.Phase] = []
            func add(_ progress: RunProgress) { lock.withLock { phases.append(progress.phase) } }
            var all: [RunProgress.Phase] { lock.withLock { phases } }
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let recorder = Recorder()
        _ = try B.runner(directory.url, scales: [1]).run(
            B.scenario(
                schema: B.shopSchema, tables: B.shopTables, steps: [B.query("SELECT count(*) FROM orders")],
                requests: 3)
        ) { recorder.add($0) }
        #expect(recorder.all.contains(.generating(table: "orders", rows: 200, total: 200)))
        #expect(recorder.all.suffix(3) == [1, 2, 3].map { .requests(done: $0, total: 3) })
    }

    @Test func aRunTimeSQLErrorStopsTheScenarioAndCleansUp() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = B.scenario(
            schema: B.shopSchema, tables: B.shopTables,
            steps: [B.query("INSERT INTO users(id, name) VALUES (1, 'duplicate')")])
        let report = try B.runner(directory.url).run(scenario)
        #expect(report.stopped?.kind == "error")
        #expect(report.stopped?.message.contains("UNIQUE constraint failed: users.id") == true)
        #expect(directory.listFiles().isEmpty)
    }
}
