import Foundation
import Testing
import TraceIngest

@Suite struct TraceLogTests {
    @Test func parsesEveryRecordTypeAndDefaultsLeftOutCounters() throws {
        let text = """
            {"type":"process","pid":7,"ppid":1,"exe":"/usr/bin/python3"}
            {"type":"open","pid":7,"conn":1,"api":"sqlite3_open_v2","file":"/tmp/a.db","rc":0,"traced":true,"sqlite":"3.40.1","resolved_by":"rtld_next"}

            {"type":"stmt","pid":7,"conn":1,"sql":"SELECT \\"x\\"\\n","ns":5,"rows":1,"bytes":8,"vm_steps":9}
            {"type":"stmt","pid":7,"conn":1,"sql":"DELETE FROM t","ns":5,"rows":0,"bytes":0,"vm_steps":9,"fullscan_steps":3,"changes":4,"write":true}
            {"type":"error","pid":8,"message":"no SQLite library is loaded in this process"}
            """
        let log = try TraceLog(parsing: Data(text.utf8), fileName: "t.ndjson")
        #expect(log.records.count == 5)
        #expect(log.processes == [ProcessRecord(pid: 7, ppid: 1, exe: "/usr/bin/python3")])
        #expect(log.opens.first?.file == "/tmp/a.db")
        #expect(log.statements.map(\.sql) == ["SELECT \"x\"\n", "DELETE FROM t"])
        #expect(log.statements[0].fullscan_steps == 0 && !log.statements[0].write)
        #expect(
            log.statements[1].changes == 4 && log.statements[1].write && log.statements[1].fullscan_steps == 3
        )
        #expect(log.errors.count == 1)
    }

    @Test(arguments: [
        ("{\"type\":\"stmt\",\"pid\":1}", "t.ndjson:2: malformed trace record: missing key \"conn\""),
        ("{\"type\":\"nope\"}", "t.ndjson:2: malformed trace record: unknown record type \"nope\""),
        (
            "{\"type\":\"stmt\",\"pid\":1,\"conn\":1,\"sql\":\"x\",\"ns\":\"",
            "t.ndjson:2: malformed trace record: not a JSON object"
        ),
        ("{\"type\":\"open\",\"pid\":\"7\"}", "t.ndjson:2: malformed trace record: wrong type at \"pid\""),
    ])
    func malformedLinesNameTheLine(line: String, message: String) {
        let text = "{\"type\":\"process\",\"pid\":7,\"ppid\":1,\"exe\":\"/bin/sh\"}\n" + line + "\n"
        #expect {
            try TraceLog(parsing: Data(text.utf8), fileName: "t.ndjson")
        } throws: { error in
            (error as? TraceError)?.description == message
        }
    }

    @Test func missingFileIsAnEmptyTrace() throws {
        let log = try TraceLog(contentsOf: URL(fileURLWithPath: "/nonexistent/trace.ndjson"))
        #expect(log.records.isEmpty)
    }

    @Test func untraceableReasonsNameFilesNotPaths() {
        let log = TraceLog(records: [
            .process(ProcessRecord(pid: 1, ppid: 0, exe: "/opt/app/bin/server")),
            .open(
                OpenRecord(
                    pid: 1, conn: 1, api: "sqlite3_open", file: "/var/data/other.db", rc: 0, traced: true)),
        ])
        let database = URL(fileURLWithPath: "/tmp/run/app.db")
        let verdict = Traceability.statements(in: log, database: database, databaseChanged: false)
        #expect(verdict == .failure(.otherDatabasesOnly(files: ["other.db"])))
        #expect(!"\(Untraceable.otherDatabasesOnly(files: ["other.db"]))".contains("/"))
        let changed = Traceability.statements(in: log, database: database, databaseChanged: true)
        #expect(changed == .failure(.databaseChangedUntraced))
    }
}
