import SQLiteHarness
import Testing

/// The rows-read proxy against what a row-billed service counts (a row read is a row scanned).
@Suite struct RowsReadCalibrationTests {
    @Test(arguments: [100, 1_000, 10_000])
    func fullScanOfNRowsReadsN(rows: Int) throws {
        let db = try itemsDatabase(rows: rows)
        let run = try db.prepare("SELECT id FROM items WHERE label = :label").execute([
            "label": .text("item7")
        ])
        #expect(run.rowsReturned == 1)
        #expect(run.rowsRead == rows)
        #expect(run.counters.fullScanSteps == rows - 1)
    }

    @Test(arguments: [100, 10_000])
    func primaryKeyLookupReadsOne(rows: Int) throws {
        let db = try itemsDatabase(rows: rows)
        let run = try db.prepare("SELECT label FROM items WHERE id = :id").execute(["id": .integer(42)])
        #expect(run.rowsRead == 1)
        #expect(run.counters.fullScanSteps == 0)
    }

    @Test func indexRangeOfKRowsReadsK() throws {
        let db = try itemsDatabase(rows: 1_000)
        let run = try db.prepare("SELECT id, label FROM items WHERE grp = :g").execute(["g": .integer(3)])
        #expect(run.rowsReturned == 100)
        #expect(run.rowsRead == 100)
        #expect(run.counters.fullScanSteps == 0)
    }

    @Test func updateReadsTheRowsItLocatesAndWritesThem() throws {
        let db = try itemsDatabase(rows: 1_000)
        let byKey = try db.prepare("UPDATE items SET price = 0 WHERE id = :id").execute(["id": .integer(5)])
        #expect(byKey.rowsWritten == 1)
        #expect(byKey.rowsRead == 1)
        let scan = try db.prepare("UPDATE items SET price = 1 WHERE label LIKE 'item1%'").execute()
        #expect(scan.rowsWritten == 112)
        #expect(scan.rowsRead == 1_000)
        let insert = try db.prepare("INSERT INTO items(grp, label) VALUES (1, 'new')").execute()
        #expect(insert.rowsWritten == 1)
        #expect(insert.rowsRead == 0)
        try db.execute("CREATE TABLE copy(id, label)")
        let copy = try db.prepare("INSERT INTO copy SELECT id, label FROM items WHERE grp = 3").execute()
        #expect(copy.rowsWritten == 100)
        #expect(copy.rowsRead == 100)
    }

    @Test func sortAndBytesAreCounted() throws {
        let db = try itemsDatabase(rows: 100)
        let sorted = try db.prepare("SELECT label FROM items ORDER BY label LIMIT 3").execute()
        #expect(sorted.counters.sorts == 1)
        #expect(sorted.bytesReturned == "item1".utf8.count + "item10".utf8.count + "item100".utf8.count)
        let unsorted = try db.prepare("SELECT id FROM items ORDER BY id LIMIT 3").execute()
        #expect(unsorted.counters.sorts == 0)
        #expect(unsorted.bytesReturned == 24)
    }

    @Test func countersResetAfterEachRead() throws {
        let db = try itemsDatabase(rows: 500)
        let statement = try db.prepare("SELECT count(*) FROM items WHERE price > :p")
        let first = try statement.execute(["p": .real(0)])
        let second = try statement.execute(["p": .real(0)])
        #expect(first.counters == second.counters)
        #expect(first.counters.vmSteps > 0)
    }

    /// The deviations README "What is measured" states, pinned so a change to them is noticed.
    @Test func documentedDeviations() throws {
        let db = try itemsDatabase(rows: 1_000)
        let wholeCount = try db.prepare("SELECT count(*) FROM items").execute()
        #expect(wholeCount.rowsRead == 1)  // count optimization: no scan steps
        let rangeCount = try db.prepare("SELECT count(*) FROM items WHERE grp = 3").execute()
        #expect(rangeCount.rowsRead == 1)  // 100 index entries visited, 1 row returned
        let coveringScan = try db.prepare("SELECT grp FROM items").execute()
        #expect(coveringScan.counters.fullScanSteps == 999)
        #expect(coveringScan.rowsRead == 1_000)
        #expect(try db.queryPlan("SELECT grp FROM items").fullScanTables.isEmpty)
    }

    @Test func automaticIndexesAreCountedOnlyWhenBuilt() throws {
        let db = try itemsDatabase(rows: 200)
        try db.execute(
            "CREATE TABLE tags(label TEXT, tag TEXT); INSERT INTO tags SELECT label, 'x' FROM items;")
        let join = try db.prepare("SELECT count(*) FROM items JOIN tags ON tags.label = items.label")
            .execute()
        #expect(join.counters.autoIndexes > 0)
        let lookup = try db.prepare(
            "SELECT count(*) FROM items JOIN tags ON tags.label = items.label WHERE items.id = 1"
        )
        .execute()
        #expect(lookup.counters.autoIndexes == 0)
        let empty = try db.prepare("SELECT label FROM items WHERE id = -1").execute()
        #expect(empty.rowsReturned == 0 && empty.bytesReturned == 0 && empty.rowsWritten == 0)
    }
}
