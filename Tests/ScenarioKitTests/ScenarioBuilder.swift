import Foundation
import HundredfoldCore
import ScenarioKit

/// Builds `Scenario` values in code (the YAML loader is tested separately).
enum ScenarioBuilder {
    static func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: "Scenarios/test.yml", line: line, column: column)
    }

    static func column(_ name: String, _ generator: ColumnGenerator, nulls: Double = 0) -> ColumnSpec {
        ColumnSpec(name: name, generator: generator, nullFraction: nulls, location: at(20))
    }

    static func table(_ name: String, rows: Int, fixed: Bool = false, _ columns: [ColumnSpec] = [])
        -> TableSpec
    {
        TableSpec(name: name, rows: rows, fixed: fixed, columns: columns, location: at(10))
    }

    static func query(_ sql: String, as name: String? = nil, keyPath: String = "workload.steps[0].query")
        -> Step
    {
        .query(QueryStep(sql: SQLScript(sql: sql, location: at(30, 12), keyPath: keyPath), keepAs: name))
    }

    static func forEach(_ collection: String, _ steps: [Step]) -> Step {
        .forEach(
            ForEachStep(collection: collection, steps: steps, location: at(40), keyPath: "workload.steps[1]"))
    }

    static func pick(
        _ name: String, _ table: String, _ column: String, _ distribution: Distribution = .uniform
    )
        -> ParamSpec
    {
        ParamSpec(name: name, table: table, column: column, distribution: distribution, location: at(50))
    }

    static func scenario(
        _ name: String = "test", schema: String, tables: [TableSpec], params: [ParamSpec] = [], steps: [Step],
        requests: Int = 10, scales: [Int] = [1, 10, 100], seed: UInt64 = 42, budgets: [BudgetSpec] = [],
        limits: Limits = .defaults
    ) -> Scenario {
        Scenario(
            name: name, location: at(1),
            schema: [SQLScript(sql: schema, location: at(3, 3), keyPath: "schema")],
            tables: tables, workload: Workload(params: params, steps: steps), requests: .uniform(requests),
            scales: scales, seed: seed, traffic: nil, pricing: nil, budgets: budgets, limits: limits)
    }

    /// Users (fixed) and orders per user, as in PRODUCT.md's N+1 example.
    static let shopSchema = """
        CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
                            total REAL, status TEXT, note TEXT);
        CREATE INDEX orders_user ON orders(user_id);
        """

    static let shopTables = [
        table("users", rows: 20, fixed: true, [column("name", .text(minLength: 5, maxLength: 12))]),
        table(
            "orders", rows: 200,
            [
                column("user_id", .reference(table: "users", column: "id", distribution: .uniform)),
                column("total", .real(min: 1, max: 500)),
                column("status", .choice(values: [.text("new"), .text("paid")], weights: [1, 3])),
            ]),
    ]

    static func runner(_ directory: URL, scales: [Int]? = nil) -> ScenarioRunner {
        ScenarioRunner(options: RunOptions(scales: scales, temporaryDirectory: directory))
    }
}
