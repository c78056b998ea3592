import Foundation
import HundredfoldCore
import TestSupport
import Testing

@testable import ScenarioKit

/// The loader on good input: every key of the format, paths, folders, locations.
@Suite struct ScenarioLoaderTests {
    static let full = """
        name: order-history
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER, qty INTEGER, total REAL,
            status TEXT, note TEXT, created TEXT);
        data:
          users:  { rows: 100, fixed: true, columns: { name: { text: [5, 12] } } }
          orders:
            rows: 1000
            columns:
              id:       { sequence: 1, step: 2 }
              user_id:  { ref: users.id, distribution: { zipf: 1.3 } }
              qty:      { int: [1, 10], distribution: zipf }
              total:    { real: [1, 500] }
              status:   { choice: [new, paid, 3, null], weights: [1, 5, 2, 1] }
              note:     { text: [0, 40], nullable: 0.2 }
              created:  { timestamp: ["2024-01-01", "2025-06-30T12:00:00Z"] }
        workload:
          params: { user_id: { pick: users.id, distribution: uniform } }
          steps:
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
            - sql_file: queries/report.sql
              as: report
            - command: python3 app.py {user_id}
        requests: { 1: 50, 10: 20, 100: 5 }
        scales: [1, 10, 100]
        seed: 7
        traffic: { requests_per_month: 2000000 }
        pricing: { per_million_rows_read: 0.001, per_million_rows_written: 1.0 }
        budget:
          queries_per_request: { max: 50, growth: constant }
        limits: { time_seconds: 30, rows_per_scale: 100000 }
        """

    @Test func loadsEveryKey() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(Self.full, to: "scenarios/full.yml")
        try folder.write("SELECT count(*) FROM orders;\n", to: "scenarios/queries/report.sql")
        let scenarios = try ScenarioLoader(workingDirectory: folder.url).load(paths: ["scenarios"])
        let scenario = try #require(scenarios.first)
        #expect(scenario.name == "order-history")
        #expect(scenario.location == SourceLocation(file: "scenarios/full.yml", line: 1, column: 1))
        #expect(scenario.schema.count == 1)
        #expect(scenario.schema[0].location == SourceLocation(file: "scenarios/full.yml", line: 3, column: 3))
        #expect(scenario.tables.map(\.name) == ["users", "orders"])
        #expect(scenario.tables[0].fixed)
        let columns = scenario.tables[1].columns
        #expect(columns[0].generator == .sequence(start: 1, step: 2))
        #expect(columns[1].generator == .reference(table: "users", column: "id", distribution: .zipf(s: 1.3)))
        #expect(columns[2].generator == .integer(min: 1, max: 10, distribution: .zipf(s: 1)))
        #expect(
            columns[4].generator
                == .choice(values: [.text("new"), .text("paid"), .integer(3), .null], weights: [1, 5, 2, 1]))
        #expect(columns[5].nullFraction == 0.2)
        #expect(columns[6].generator == .timestamp(from: 1_704_067_200, to: 1_751_284_800))
        #expect(
            scenario.workload.params == [
                ParamSpec(
                    name: "user_id", table: "users", column: "id", distribution: .uniform,
                    location: SourceLocation(file: "scenarios/full.yml", line: 19, column: 13))
            ])
        #expect(scenario.workload.steps.count == 4)
        guard case .query(let sqlFile) = scenario.workload.steps[2] else {
            Issue.record("not a query"); return
        }
        #expect(sqlFile.sql.sql == "SELECT count(*) FROM orders;\n")
        #expect(sqlFile.sql.location.file == "scenarios/queries/report.sql")
        #expect(sqlFile.sql.keyPath == "workload.steps[2].sql_file")
        #expect(sqlFile.keepAs == "report")
        guard case .command(let command) = scenario.workload.steps[3] else {
            Issue.record("not a command"); return
        }
        #expect(command.command == "python3 app.py {user_id}")
        #expect(scenario.requests == .perScale([1: 50, 10: 20, 100: 5]))
        #expect(scenario.seed == 7)
        #expect(scenario.traffic == 2_000_000)
        #expect(scenario.budgets.first?.growth == .constant)
        #expect(scenario.limits == Limits(timeLimitSeconds: 30, maxRowsPerScale: 100_000))
    }

    @Test func defaults() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(
            "name: small\nschema: CREATE TABLE t(x INTEGER)\nworkload: { steps: [ { query: SELECT x FROM t } ] }\n",
            to: "one.yaml")
        let scenario = try #require(
            try ScenarioLoader(workingDirectory: folder.url).load(paths: ["one.yaml"]).first)
        #expect(scenario.scales == [1, 10, 100])
        #expect(scenario.requests == .uniform(20))
        #expect(scenario.seed == 42)
        #expect(scenario.limits == .defaults)
        #expect(scenario.tables.isEmpty)
    }

    @Test func schemaFileAndMigrationsFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("CREATE TABLE a(x);\n", to: "s/db/schema.sql")
        try folder.write("CREATE TABLE b(x);\n", to: "s/migrations/002_b.sql")
        try folder.write("CREATE TABLE a(x);\n", to: "s/migrations/001_a.sql")
        let body = "workload: { steps: [ { query: SELECT 1 } ] }\n"
        try folder.write(
            "name: file\nschema: db/schema.sql\n" + body + "---\nname: folder\nschema: migrations\n" + body,
            to: "s/x.yml")
        let scenarios = try ScenarioLoader(workingDirectory: folder.url).load(paths: ["s/x.yml"])
        #expect(scenarios[0].schema.map(\.location.file) == ["s/db/schema.sql"])
        #expect(
            scenarios[1].schema.map(\.location.file) == ["s/migrations/001_a.sql", "s/migrations/002_b.sql"])
        #expect(scenarios[1].location.line == 5)
    }

    @Test func foldersAreSearchedRecursivelyInNameOrder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let body = "schema: CREATE TABLE t(x)\nworkload: { steps: [ { query: SELECT 1 } ] }\n"
        try folder.write("name: b\n" + body, to: "sc/b.yml")
        try folder.write("name: a\n" + body, to: "sc/a.yaml")
        try folder.write("name: c\n" + body, to: "sc/sub/c.yml")
        try folder.write("not yaml", to: "sc/readme.txt")
        try folder.write("on: push", to: "sc/.github/workflows/ci.yml")
        try folder.write("scan: {}", to: "sc/hundredfold.yml")
        let names = try ScenarioLoader(workingDirectory: folder.url).load(paths: ["sc/"]).map(\.name)
        #expect(names == ["a", "b", "c"])
    }

    @Test func bundledExamplesLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let scenarios = try ScenarioLoader(workingDirectory: root).load(paths: ["Scenarios"])
        #expect(scenarios.count >= 8)
        for pair in ["n-plus-one", "unindexed-filter", "unbounded-list", "insert-loop"] {
            #expect(
                scenarios.contains {
                    $0.name == "\(pair)-bad" && $0.location.file == "Scenarios/\(pair).bad.yml"
                })
            #expect(scenarios.contains { $0.name == "\(pair)-fixed" && !$0.budgets.isEmpty })
        }
    }
}
