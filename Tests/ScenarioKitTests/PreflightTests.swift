import HundredfoldCore
import ScenarioKit
import TestSupport
import Testing

@Suite struct PreflightTests {
    typealias B = ScenarioBuilder

    private func diagnostic(_ scenario: Scenario) throws -> Diagnostic? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        do {
            try B.runner(directory.url).validate(scenario)
            return nil
        } catch let error as RunnerError {
            return error.diagnostic
        }
    }

    private func shop(
        schema: String = B.shopSchema, tables: [TableSpec] = B.shopTables,
        params: [ParamSpec] = [B.pick("user_id", "users", "id")], steps: [Step]
    ) -> Scenario {
        B.scenario(schema: schema, tables: tables, params: params, steps: steps)
    }

    @Test func aValidScenarioPasses() throws {
        let steps = [
            B.query("SELECT id, total AS amount FROM orders WHERE user_id = :user_id", as: "orders"),
            B.forEach("orders", [B.query("SELECT :amount, status FROM orders WHERE id = :id")]),
        ]
        #expect(try diagnostic(shop(steps: steps)) == nil)
    }

    @Test func schemaErrorPointsAtTheLineInsideTheSQL() throws {
        let schema =
            "CREATE TABLE users(id INTEGER PRIMARY KEY);\nCREATE TABLE orders(id INTEGER PRIMARY KEY,);"
        let found = try #require(try diagnostic(shop(schema: schema, tables: [], params: [], steps: [])))
        // The SQL starts at 3:3 (a block scalar indented by 2): its second line is line 4, and the
        // `)` is its 44th character.
        #expect(found.location == SourceLocation(file: "Scenarios/test.yml", line: 4, column: 46))
        #expect(found.keyPath == "schema")
        #expect(found.message == "SQLite: near \")\": syntax error")
    }

    /// A statement that fails when it runs, third of three, is placed at its own first character —
    /// not at the end of the line before it.
    @Test func aFailingThirdStatementIsPlacedOnItsOwnLine() throws {
        let schema = """
            CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT UNIQUE);
            INSERT INTO users(email) VALUES ('a@example.com');
            INSERT INTO users(email) VALUES ('a@example.com');
            """
        let found = try #require(try diagnostic(shop(schema: schema, tables: [], params: [], steps: [])))
        #expect(found.location == SourceLocation(file: "Scenarios/test.yml", line: 5, column: 3))
        #expect(found.message == "SQLite: UNIQUE constraint failed: users.email")
    }

    @Test func unknownTablesColumnsAndRefsPointAtTheSpec() throws {
        let missingTable = try diagnostic(shop(tables: [B.table("ordrs", rows: 1)], params: [], steps: []))
        #expect(missingTable?.keyPath == "data.ordrs")
        #expect(missingTable?.message == "no table 'ordrs' in the schema")
        let missingColumn = try diagnostic(
            shop(
                tables: [B.table("orders", rows: 1, [B.column("totl", .real(min: 0, max: 1))])], params: [],
                steps: []))
        #expect(missingColumn?.keyPath == "data.orders.columns.totl")
        #expect(missingColumn?.message == "table 'orders' has no column 'totl'")
        let badRef = try diagnostic(
            shop(
                tables: [
                    B.table(
                        "orders", rows: 1,
                        [
                            B.column(
                                "user_id", .reference(table: "users", column: "uid", distribution: .uniform))
                        ])
                ],
                params: [], steps: []))
        #expect(badRef?.message == "table 'users' has no column 'uid'")
        let badPick = try diagnostic(shop(params: [B.pick("u", "people", "id")], steps: []))
        #expect(badPick?.keyPath == "workload.params.u")
    }

    @Test func stepErrorsCarryTheStepKeyPath() throws {
        let sqlError = try diagnostic(
            shop(steps: [B.query("SELECT nope FROM orders", keyPath: "workload.steps[3].query")]))
        #expect(sqlError?.keyPath == "workload.steps[3].query")
        #expect(sqlError?.message == "SQLite: no such column: nope")
        // The query starts at 30:12; `nope` is 7 characters into it.
        #expect(sqlError?.location == SourceLocation(file: "Scenarios/test.yml", line: 30, column: 19))

        let undefined = try diagnostic(shop(steps: [B.query("SELECT * FROM orders WHERE id = :order_id")]))
        #expect(undefined?.message == "parameter :order_id is never defined (defined here: :user_id)")

        let notKept = try diagnostic(shop(steps: [B.forEach("orders", [])]))
        #expect(notKept?.message == "no rows are kept as 'orders' before this step")
        #expect(notKept?.keyPath == "workload.steps[1].for_each")

        // A column of the kept row is a parameter only inside the for_each.
        let outside = try diagnostic(
            shop(steps: [
                B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                B.query("SELECT total FROM orders WHERE id = :id"),
            ]))
        #expect(outside?.message.hasPrefix("parameter :id is never defined") == true)

        let twoStatements = try diagnostic(shop(steps: [B.query("SELECT 1; SELECT 2")]))
        #expect(twoStatements?.message.hasPrefix("a step runs exactly one statement") == true)
    }
}
