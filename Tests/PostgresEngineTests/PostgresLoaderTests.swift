import Foundation
import PostgresEngine
import SQLiteHarness
import TestSupport
import Testing

@testable import ScenarioKit

/// The COPY path: rows as SQLite holds them read back unchanged from PostgreSQL, awkward values
/// included, and an identity key that goes on after the copied ones.
@Suite(.enabled(if: postgresInstalled, postgresMissing), .serialized)
struct PostgresLoaderTests {
    static let schema =
        "CREATE TABLE things(id INTEGER PRIMARY KEY, name TEXT, weight REAL, data BLOB, at DATETIME, n INT)"

    @Test func copiedRowsReadBackWithTheSameValues() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(
            """
            name: copy
            schema: |
              \(Self.schema);
            data:
              things: { rows: 1 }
            workload:
              steps:
                - query: SELECT 1
            """, to: "s.yml")
        let scenario = try #require(ScenarioLoader(workingDirectory: folder.url).load(paths: ["s.yml"]).first)
        let sqlite = try Connection(path: ":memory:")
        try sqlite.execute(Self.schema)
        try sqlite.execute(
            """
            INSERT INTO things VALUES
              (1, 'tab\tnew
            line \\ back', 0.1, x'00ff10', '2024-05-01T08:30:00Z', 9007199254740993),
              (2, NULL, 1.7976931348623157e308, NULL, NULL, -1),
              (5, 'ünïcode ✓', -2.5e-7, x'', '2020-01-01T00:00:00Z', 0)
            """)
        let server = try PostgresServer(url: nil)
        defer { server.close() }
        let scratch = try server.createScratchDatabase()
        defer { scratch.drop() }
        let loader = PostgresLoader(scenario: scenario, sqlite: sqlite, session: scratch.session)
        try loader.applySchema()
        #expect(try loader.copyTables(order: []) == 3)

        let select = "SELECT id, name, weight, data, at, n FROM things ORDER BY id"
        let copied = try scratch.session.execute(select)
        let postgresRows = copied.rows.map { row in
            zip(copied.columnTypes, row).map { PostgresStatementEngine.value(type: $0, text: $1) }
        }
        let statement = try sqlite.prepare(select)
        var sqliteRows: [[SQLValue]] = []
        while try statement.step() { sqliteRows.append((0..<6).map { statement.column($0) }) }
        statement.reset()
        #expect(postgresRows == sqliteRows)

        let next = try scratch.session.execute("INSERT INTO things(name) VALUES ('next') RETURNING id")
        #expect(next.scalar == "6")
    }
}
