import HundredfoldCore
import SQLiteHarness
import TestSupport
import Testing

@testable import ScenarioKit

/// Generated data checked in the database itself.
@Suite struct DataGenerationTests {
    typealias B = ScenarioBuilder

    private func generate(_ scenario: Scenario, scale: Int) throws -> Connection {
        let db = try Connection(path: ":memory:")
        let order = try Preflight(scenario: scenario).check(on: db)
        var infos: [String: TableInfo] = [:]
        for spec in scenario.tables {
            infos[spec.name.lowercased()] = try TableInfo.read(spec.name, from: db)
        }
        var generator = DataGenerator(
            scenario: scenario, scale: scale, seed: scenario.seed, db: db, deadline: Deadline(seconds: 60),
            infos: infos, progress: nil)
        try generator.prepareResolvers()
        try generator.generate(order)
        return db
    }

    private func value(_ db: Connection, _ sql: String) throws -> SQLValue {
        let statement = try db.prepare(sql)
        defer { statement.reset() }
        return try statement.step() ? statement.column(0) : .null
    }

    @Test func respectsKeysReferencesAndNotNull() throws {
        let schema = """
            CREATE TABLE users(id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE, bio TEXT NOT NULL, born DATE,
                               score INT, ratio REAL, joined_at TEXT, kind TEXT NOT NULL DEFAULT 'member');
            CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL);
            CREATE TABLE items(order_id INTEGER REFERENCES orders(id), sku TEXT, PRIMARY KEY(order_id, sku)) WITHOUT ROWID;
            """
        let scenario = B.scenario(
            schema: schema,
            tables: [
                // Declared after the tables referencing it: generated first anyway.
                B.table("items", rows: 50, [B.column("sku", .text(minLength: 2, maxLength: 2))]),
                B.table(
                    "orders", rows: 30,
                    [
                        B.column(
                            "user_id", .reference(table: "users", column: "handle", distribution: .zipf(s: 1))
                        )
                    ]),
                B.table(
                    "users", rows: 40, fixed: true,
                    [
                        B.column("handle", .text(minLength: 2, maxLength: 2)),
                        B.column("bio", .text(minLength: 1, maxLength: 9), nulls: 0.9),
                    ]),
            ],
            steps: [])
        let db = try generate(scenario, scale: 2)
        #expect(try value(db, "SELECT count(*) FROM users") == .integer(40))  // fixed
        #expect(try value(db, "SELECT count(*) FROM orders") == .integer(60))
        #expect(try value(db, "SELECT count(*) FROM items") == .integer(100))
        #expect(try value(db, "SELECT count(DISTINCT handle) FROM users") == .integer(40))
        #expect(try value(db, "SELECT count(*) FROM users WHERE bio IS NULL") == .integer(0))
        #expect(try value(db, "SELECT min(id) || '-' || max(id) FROM users") == .text("1-40"))
        // `ref: users.handle` points at existing handles; undescribed foreign keys at existing ids.
        #expect(
            try value(db, "SELECT count(*) FROM orders WHERE user_id NOT IN (SELECT handle FROM users)")
                == .integer(0))
        #expect(
            try value(db, "SELECT count(*) FROM items WHERE order_id NOT IN (SELECT id FROM orders)")
                == .integer(0))
        // Undescribed columns get values from their declared type.
        #expect(
            try value(db, "SELECT count(*) FROM users WHERE born GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9]T*Z'")
                == .integer(40))
        #expect(
            try value(db, "SELECT typeof(score) || typeof(ratio) FROM users LIMIT 1") == .text("integerreal"))
        #expect(
            try value(db, "SELECT count(*) FROM users WHERE joined_at LIKE '20__-__-__T__:__:__Z'")
                == .integer(40))
        // An undescribed column with a DEFAULT keeps it.
        #expect(try value(db, "SELECT count(*) FROM users WHERE kind = 'member'") == .integer(40))
        // One temporary key index: for `ref: users.handle` (ids are computed, not looked up).
        #expect(try value(db, "SELECT count(*) FROM temp.sqlite_master") == .integer(1))
    }

    @Test func selfReferencesPassEnforcedForeignKeys() throws {
        let scenario = B.scenario(
            schema:
                "PRAGMA foreign_keys = ON; CREATE TABLE emp(id INTEGER PRIMARY KEY, boss INTEGER REFERENCES emp(id));",
            tables: [B.table("emp", rows: 50)], steps: [])
        let db = try generate(scenario, scale: 1)
        #expect(
            try value(db, "SELECT count(*) FROM emp WHERE boss NOT IN (SELECT id FROM emp)") == .integer(0))
        #expect(try value(db, "SELECT count(DISTINCT boss) > 1 FROM emp") == .integer(1))
    }

    @Test func aTableOfDefaultsIsFilled() throws {
        let scenario = B.scenario(
            schema: "CREATE TABLE hits(at TEXT DEFAULT CURRENT_TIMESTAMP, n INTEGER DEFAULT 1);",
            tables: [B.table("hits", rows: 7)], steps: [])
        #expect(try value(generate(scenario, scale: 3), "SELECT sum(n) FROM hits") == .integer(21))
    }

    @Test func sameSeedSameBytes() throws {
        let scenario = B.scenario(schema: B.shopSchema, tables: B.shopTables, steps: [])
        let digest = "SELECT group_concat(id || user_id || total || status, ',') FROM orders"
        #expect(
            try value(generate(scenario, scale: 3), digest) == value(generate(scenario, scale: 3), digest))
        var other = scenario
        other.seed = 43
        #expect(try value(generate(scenario, scale: 3), digest) != value(generate(other, scale: 3), digest))
    }

    @Test func impossibleUniquenessIsReported() throws {
        let scenario = B.scenario(
            schema: "CREATE TABLE t(code TEXT UNIQUE);",
            tables: [
                B.table(
                    "t", rows: 5,
                    [B.column("code", .choice(values: [.text("a"), .text("b")], weights: [1, 1]))])
            ],
            steps: [])
        #expect {
            _ = try generate(scenario, scale: 1)
        } throws: { error in
            (error as? RunnerError)?.diagnostic.hint
                == "the column's range is too small for 5 distinct values"
        }
    }

    @Test func interruptedRegistryDeletesFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("x", to: "db.sqlite")
        SignalCleanup.deleteOnInterrupt([file.path])
        #expect(SignalCleanup.filesToDelete.contains(file.path))
        SignalCleanup.delete([file.path])
        #expect(!SignalCleanup.filesToDelete.contains(file.path))
        #expect(directory.listFiles().isEmpty)
    }
}
