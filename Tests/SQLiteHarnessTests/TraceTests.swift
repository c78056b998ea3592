import SQLiteHarness
import Testing

/// The harness tested through its own trace, GRDB style: record, assert on the SQL log, and
/// check nothing is left busy.
@Suite struct TraceTests {
    @Test func recordsEveryStatementInOrder() throws {
        let db = try itemsDatabase(rows: 10)
        db.startRecordingTrace()
        let lookup = try db.prepare("SELECT label FROM items WHERE id = :id")
        for id in 1...3 { _ = try lookup.execute(["id": .integer(Int64(id))]) }
        try db.execute("UPDATE items SET price = 2 WHERE id = 1; DELETE FROM items WHERE id = 2")
        #expect(
            db.traceLog == [
                "SELECT label FROM items WHERE id = :id", "SELECT label FROM items WHERE id = :id",
                "SELECT label FROM items WHERE id = :id", "UPDATE items SET price = 2 WHERE id = 1;",
                "DELETE FROM items WHERE id = 2",
            ])
        #expect(db.busyStatements.isEmpty)
    }

    @Test func tracingCanBePausedForBulkWork() throws {
        let db = try itemsDatabase(rows: 10)
        db.startRecordingTrace()
        db.isTracing = false
        try db.execute("UPDATE items SET price = 0")
        db.isTracing = true
        try db.execute("DELETE FROM items WHERE id = 1")
        #expect(db.traceLog == ["DELETE FROM items WHERE id = 1"])
    }

    @Test func logsStatementsButNotTriggerPrograms() throws {
        let db = try itemsDatabase(rows: 10)
        try db.execute(
            "CREATE TABLE audit(n); CREATE TRIGGER t AFTER DELETE ON items BEGIN INSERT INTO audit VALUES (old.id); END;"
        )
        db.startRecordingTrace()
        let run = try db.prepare("DELETE FROM items WHERE id <= 3").execute()
        #expect(db.traceLog == ["DELETE FROM items WHERE id <= 3"])
        #expect(run.rowsWritten == 6)  // 3 deleted + 3 audit rows written by the trigger
    }

    @Test func failedStepLeavesNothingBusy() throws {
        let db = try itemsDatabase(rows: 10)
        let insert = try db.prepare("INSERT INTO items(id, grp) VALUES (:id, 1)")
        #expect(throws: DatabaseError.self) { try insert.execute(["id": .integer(1)]) }
        #expect(db.busyStatements.isEmpty)
        let open = try db.prepare("SELECT id FROM items")
        #expect(try open.step())
        #expect(db.busyStatements == ["SELECT id FROM items"])
        open.reset()
        #expect(db.busyStatements.isEmpty)
    }

    @Test func errorsCarryCodesMessageAndOffset() throws {
        let db = try Connection(path: ":memory:")
        let script = "CREATE TABLE a(x);\nCREATE TABLE b(y);\nSELECT z FROM a;"
        do {
            try db.execute(script)
            Issue.record("expected an error")
        } catch let error as DatabaseError {
            #expect(error.message == "no such column: z")
            #expect(error.resultCode == 1)
            #expect(error.offset == script.utf8.count - "z FROM a;".utf8.count)
        }
        #expect(throws: DatabaseError.self) { try db.prepare("SELECT * FROM missing") }
        #expect(throws: DatabaseError.self) { try db.prepare("SELECT :a").execute([:]) }
    }

    /// A statement that fails when it runs (not when compiled) is placed on its first token, past
    /// the newline, blanks and comments after the previous `;` — not at the end of the previous line.
    @Test func aFailingStatementIsPlacedOnItsFirstToken() throws {
        let db = try Connection(path: ":memory:")
        let script =
            "CREATE TABLE a(x UNIQUE);\nINSERT INTO a VALUES (1);\n  -- again\n  /* a */ INSERT INTO a VALUES (1);"
        do {
            try db.execute(script)
            Issue.record("expected an error")
        } catch let error as DatabaseError {
            #expect(error.message == "UNIQUE constraint failed: a.x")
            #expect(error.offset == script.utf8.count - "INSERT INTO a VALUES (1);".utf8.count)
        }
    }

    @Test func queryPlanNamesOnlyFullTableScans() throws {
        let db = try itemsDatabase(rows: 10)
        #expect(try db.queryPlan("SELECT * FROM items WHERE label = 'x'").fullScanTables == ["items"])
        #expect(try db.queryPlan("SELECT * FROM items AS i WHERE label = 'x'").fullScanTables == ["items"])
        #expect(try db.queryPlan("SELECT * FROM items WHERE id = 1").fullScanTables.isEmpty)
        #expect(try db.queryPlan("SELECT * FROM items WHERE grp = 1").fullScanTables.isEmpty)
        #expect(try db.queryPlan("SELECT grp FROM items").fullScanTables.isEmpty)  // covering index
        #expect(
            try db.queryPlan(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 5) SELECT x FROM c"
            )
            .fullScanTables.isEmpty)
    }

    @Test func progressHandlerStopsARunawayStatement() throws {
        let db = try Connection(path: ":memory:")
        var calls = 0
        db.setProgressHandler(every: 1_000) {
            calls += 1
            return calls > 5
        }
        let runaway = try db.prepare(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        do {
            _ = try runaway.execute()
            Issue.record("expected an interrupt")
        } catch let error as DatabaseError {
            #expect(error.isInterrupt)
        }
        #expect(db.busyStatements.isEmpty)
    }
}
