import Foundation
import TestSupport
import Testing

/// Tracing does not change what the program does; failures and writes are handled.
@Suite(.serialized, .enabled(if: Python.available, "python3 is missing: real-program tests skipped"))
struct ProgramBehaviourTests {
    static let schema = """
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);
        data:
          users:  { rows: 3, fixed: true, columns: { name: { text: [5, 12] } } }
          orders: { rows: 10, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
        """

    static func scenario(name: String, command: String, requests: Int = 2) -> String {
        """
        name: \(name)
        \(schema)
        workload:
          params: { user_id: { pick: users.id } }
          steps:
            - command: \(command)
        requests: \(requests)
        scales: [1, 2]
        seed: 5

        """
    }

    @Test func stdoutAndStderrAreUnchangedByTracing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let program = """
            import os, sqlite3, sys
            db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            print("users:", db.execute("SELECT count(*) FROM users").fetchone()[0])
            print("row:", db.execute("SELECT 'héllo', 42, 1.5, NULL, x'00ff'").fetchone())
            print("version:", sqlite3.sqlite_version)
            sys.stdout.write("no newline at the end")
            sys.stdout.flush()
            sys.stderr.write("note: done\\n")

            """
        try dir.write(program, to: "printer.py")
        let direct = dir.url.appendingPathComponent("direct.db")
        let make = try Python.run(
            [
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(\"CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users(name) VALUES ('a'),('b'),('c');\"); c.commit()",
                direct.path,
            ],
            in: dir.url)
        #expect(make.exitCode == 0, "\(make.summary)")
        let untraced = try Python.run(
            ["printer.py"], in: dir.url, environment: ["HUNDREDFOLD_DB": direct.path])
        #expect(untraced.exitCode == 0, "\(untraced.summary)")
        #expect(untraced.stdout.hasPrefix("users: 3\n"))

        try dir.write(
            Self.scenario(name: "printer", command: "python3 printer.py >> traced.out 2>> traced.err"),
            to: "p.yml")
        let result = try hf(["run", "p.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let tracedOut = read(dir.url.appendingPathComponent("traced.out"))
        let tracedErr = read(dir.url.appendingPathComponent("traced.err"))
        let runs = tracedOut.components(separatedBy: untraced.stdout).count - 1
        #expect(runs >= 4, "the program ran at least once per request: \(runs)")
        #expect(
            tracedOut == String(repeating: untraced.stdout, count: runs),
            "stdout is byte-identical:\n\(tracedOut)")
        #expect(
            tracedErr == String(repeating: untraced.stderr, count: runs),
            "stderr is byte-identical:\n\(tracedErr)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        #expect(report.queries("printer", 1).mean == 2, "two statements per run")
    }

    @Test func failingProgramIsAClearErrorNamingTheStep() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let program = """
            import os, sqlite3, sys
            db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            db.execute("SELECT count(*) FROM users").fetchone()
            print("partial output before the crash")
            sys.stderr.write("boom: the widget exploded\\n")
            sys.exit(3)

            """
        try dir.write(program, to: "fail.py")
        try dir.write(Self.scenario(name: "crashing", command: "python3 fail.py {user_id}"), to: "f.yml")
        let result = try hf(["run", "f.yml", "--out", "report.json"], in: dir.url)
        #expect(
            [1, 2].contains(result.exitCode),
            "a failing program is not success nor a crash: \(result.summary)")
        let everything = result.stdout + result.stderr + read(dir.url.appendingPathComponent("report.json"))
        #expect(
            everything.contains("boom: the widget exploded"),
            "the program's stderr is shown: \(result.summary)")
        #expect(
            everything.contains("fail.py") || everything.contains("command"),
            "names the step: \(result.summary)")
        #expect(
            everything.range(
                of: #"(exit|status|code)\D{0,20}3"#, options: [.regularExpression, .caseInsensitive]) != nil,
            "the exit status 3 is shown: \(result.summary)")
        if result.exitCode == 1, let report = try? Report(file: dir.url.appendingPathComponent("report.json"))
        {
            #expect(report.verdict == "fail")
            #expect(report.scenario("crashing")?["stopped"] != nil, "the scenario is marked stopped")
        }
    }

    @Test func eachRequestGetsAFreshCopyOfTheDatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let program = """
            import os, sqlite3
            db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"], isolation_level=None)
            db.execute("INSERT INTO users(name) VALUES ('extra')")
            n = db.execute("SELECT count(*) FROM users").fetchone()[0]
            db.close()
            with open("rowcounts.txt", "a") as out:
                out.write(f"{n}\\n")

            """
        try dir.write(program, to: "writer.py")
        try dir.write(Self.scenario(name: "writer", command: "python3 writer.py", requests: 4), to: "w.yml")
        let result = try hf(["run", "w.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let counts = lines(dir.url.appendingPathComponent("rowcounts.txt"))
        #expect(counts.count >= 8, "4 requests at 2 scales: \(counts)")
        #expect(Set(counts) == ["4"], "3 fixed users + the one inserted, every time: \(counts)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        for scale in [1, 2] {
            #expect(number(report.scale("writer", scale)?["rows_written_per_request"]) == 1, "scale \(scale)")
            #expect(report.queries("writer", scale).mean == 2, "INSERT + SELECT at scale \(scale)")
        }
        #expect(
            !read(dir.url.appendingPathComponent("report.json")).contains(dir.url.path), "no absolute paths")
    }

    @Test func programsOwnTraceCallbackStillRunsAndIsCounted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let program = """
            import json, os, sqlite3
            db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            db.execute("SELECT count(*) FROM users").fetchone()
            seen = []
            db.set_trace_callback(seen.append)
            db.execute("SELECT name FROM users WHERE id = 1").fetchone()
            db.execute("SELECT count(*) FROM orders").fetchone()
            db.set_trace_callback(None)
            db.execute("SELECT max(total) FROM orders").fetchone()
            with open("callback.txt", "a") as out:
                out.write(json.dumps(seen) + "\\n")

            """
        try dir.write(program, to: "tracecb.py")
        try dir.write(Self.scenario(name: "own-callback", command: "python3 tracecb.py"), to: "t.yml")
        let result = try hf(["run", "t.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.summary)")
        let seen = lines(dir.url.appendingPathComponent("callback.txt"))
        #expect(seen.count >= 4)
        let expected = #"["SELECT name FROM users WHERE id = 1", "SELECT count(*) FROM orders"]"#
        #expect(Set(seen) == [expected], "the program's callback saw its statements: \(seen)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        for scale in [1, 2] {
            #expect(
                report.queries("own-callback", scale).mean == 4,
                "all four statements counted at scale \(scale)")
        }
    }
}
