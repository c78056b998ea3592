import Foundation
import Testing

/// `--database-url` (or `DATABASE_URL`): an existing server, the test's own. Hundredfold works in
/// scratch databases it creates and drops, and never touches the others.
@Suite(.enabled(if: PostgresBinaries.available, PostgresBinaries.skipMessage))
struct DatabaseURLTests {
    let bad = "order-list-n-plus-one"
    let fixed = "order-list-joined"

    /// A project with the N+1 and its fix.
    func orderList() throws -> Project {
        let project = try Project()
        try project.write(Scenarios.orderListNPlusOne, to: "scenarios/order-list.bad.yml")
        try project.write(Scenarios.orderListJoined, to: "scenarios/order-list.fixed.yml")
        return project
    }

    func expectExactOrderListCounts(_ report: Report, sourceLocation: SourceLocation = #_sourceLocation) {
        for scale in [1, 10, 100] {
            let expected = Double(1 + Scenarios.ordersAtScaleOne * scale)
            let queries = report.queries(bad, scale)
            #expect(
                queries.mean == expected && queries.max == expected, "\(bad) at \(scale)x: \(queries)",
                sourceLocation: sourceLocation)
            let fixedQueries = report.queries(fixed, scale)
            #expect(
                fixedQueries.mean == 1 && fixedQueries.max == 1, "\(fixed) at \(scale)x: \(fixedQueries)",
                sourceLocation: sourceLocation)
        }
        #expect(report.growthClass(bad, "queries_per_request") == "linear", sourceLocation: sourceLocation)
        #expect(
            report.growthClass(fixed, "queries_per_request") == "constant", sourceLocation: sourceLocation)
    }

    @Test func runsInScratchDatabasesAndDropsThem() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        try server.psql("CREATE DATABASE shop_production")
        try server.psql(
            "CREATE TABLE customers(id int PRIMARY KEY, name text); INSERT INTO customers VALUES (1, 'kept')",
            database: "shop_production")
        let project = try orderList()
        defer { project.remove() }

        let byFlag = try project.hf([
            "run", "scenarios", "--engine", "postgres", "--database-url", server.url, "--out", "flag.json",
        ])
        #expect(byFlag.exitCode == 0, "\(byFlag.log)")
        if let report = Report.read("flag.json", in: project, after: byFlag) {
            #expect(report.engine == "postgres")
            expectExactOrderListCounts(report)
        }
        let scratch = try server.scratchDatabases()
        #expect(scratch.isEmpty, "left on the server: \(scratch)")

        // DATABASE_URL stands in for the flag.
        let byEnvironment = try project.hf(
            ["run", "scenarios", "--engine", "postgres", "--out", "environment.json"],
            environment: ["DATABASE_URL": server.url])
        #expect(byEnvironment.exitCode == 0, "\(byEnvironment.log)")
        if let report = Report.read("environment.json", in: project, after: byEnvironment) {
            expectExactOrderListCounts(report)
        }
        let scratchAfter = try server.scratchDatabases()
        #expect(scratchAfter.isEmpty, "left on the server: \(scratchAfter)")
        #expect(try server.psql("SELECT name FROM customers", database: "shop_production") == "kept\n")
        let databases = Set(try server.databases())
        #expect(databases == ["postgres", "shop_production", "template0", "template1"])
        #expect(project.leftovers.isEmpty, "left in TMPDIR: \(project.leftovers)")
    }

    /// `--engine sqlite,postgres`: the growth class of every gated figure on both engines, and
    /// whether they agree; the N+1 is linear on both, its fix constant on both.
    @Test func bothEnginesCompareGrowthClasses() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let project = try orderList()
        defer { project.remove() }
        let run = try project.hf([
            "run", "scenarios", "--engine", "sqlite,postgres", "--database-url", server.url, "--out",
            "both.json",
        ])
        #expect(run.exitCode == 0, "\(run.log)")
        let report = try #require(Report.read("both.json", in: project, after: run))
        #expect(report.engine == "sqlite,postgres", "engine: \(report.engine ?? "absent")")
        expectExactOrderListCounts(report)
        for (name, growth) in [(bad, "linear"), (fixed, "constant")] {
            let comparison = try #require(report.comparison(name), "\(name): no engine_comparison")
            let queries = comparison.first { $0["figure"] as? String == "queries_per_request" }
            #expect(queries?["sqlite"] as? String == growth, "\(name): \(queries ?? [:])")
            #expect(queries?["postgres"] as? String == growth, "\(name): \(queries ?? [:])")
            #expect(queries?["agree"] as? Bool == true, "\(name): \(queries ?? [:])")
            for entry in comparison {
                let sqlite = entry["sqlite"] as? String
                let postgres = entry["postgres"] as? String
                #expect(sqlite != nil && postgres != nil, "\(name): \(entry)")
                #expect(
                    entry["agree"] as? Bool == (sqlite == postgres),
                    "\(name): agree must say whether the classes match: \(entry)")
            }
        }
        let scratch = try server.scratchDatabases()
        #expect(scratch.isEmpty, "left on the server: \(scratch)")
    }

    /// A server without `pg_stat_statements` preloaded: the error says what to set.
    @Test func serverWithoutStatementStatisticsIsRefused() throws {
        let server = try PostgresServer(preloadStatements: false)
        defer { server.stop() }
        let project = try orderList()
        defer { project.remove() }
        let run = try project.hf(
            [
                "run", "scenarios", "--engine", "postgres", "--database-url", server.url, "--out",
                "report.json",
            ], seconds: 120)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(
            run.stderr.contains("shared_preload_libraries") && run.stderr.contains("pg_stat_statements"),
            "\(run.log)")
        #expect(!project.exists("report.json"))
        let scratch = try server.scratchDatabases()
        #expect(scratch.isEmpty, "left on the server: \(scratch)")
    }
}
