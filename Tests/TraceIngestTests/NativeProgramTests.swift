import Foundation
import TestSupport
import Testing
import TraceIngest

/// C and Swift programs linked against the system's libsqlite3, and programs that cannot be traced.
@Suite struct NativeProgramTests {
    /// The program's own sqlite3_trace_v2 and sqlite3_trace callbacks keep running, its output does
    /// not change, and one prepared statement run five times is five executions.
    @Test func ownCallbacksRunAndReuseIsCountedPerExecution() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let program = try TracedProgram.compileC(
            TracedProgram.fixture("own_trace.c"), named: "own_trace", in: directory)
        let database = directory.url.appendingPathComponent("own.db")
        let untraced = try TracedProgram.runUntraced(program, [database.path], in: directory)
        let traced = try TracedProgram.run(program, [database.path], in: directory)
        #expect(untraced.stdout == "length=9 own_statements=5 own_rows=5 legacy_statements=2\n")
        #expect(traced.result.stdout == untraced.stdout)
        #expect(traced.result.exitCode == 0)
        let statements = try Traceability.statements(
            in: traced.log, database: database, databaseChanged: true
        ).get()
        #expect(traced.log.opens.first?.resolved_by == "rtld_next")
        let lookups = statements.filter { $0.sql == "SELECT v FROM t WHERE id = ?" }
        #expect(lookups.count == 5)
        #expect(lookups.map(\.bytes) == [1, 2, 3, 1, 2])
        #expect(statements.map(\.sql).suffix(2) == ["SELECT count(*) FROM t;", "SELECT max(id) FROM t;"])
        let insert = try #require(statements.first { $0.sql.hasPrefix("INSERT") })
        #expect(insert.changes == 3 && insert.write)
    }

    /// The tracer reuses each prepared statement's escaped SQL; a statement finalized and another
    /// prepared at the same address with the same SQL address (as the program checks) but another
    /// text must be recorded with its own text, also when sqlite3_exec finalizes inside SQLite.
    @Test func statementPreparedAtAReusedAddressRecordsItsOwnSQL() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let program = try TracedProgram.compileC(
            TracedProgram.fixture("reprepare.c"), named: "reprepare", in: directory)
        let database = directory.url.appendingPathComponent("reprepare.db")
        let traced = try TracedProgram.run(program, [database.path], in: directory)
        #expect(traced.result.stdout == "one two x\"y one two x\"y one two x\"y reused=1\n")
        let statements = try Traceability.statements(
            in: traced.log, database: database, databaseChanged: false
        ).get()
        let texts = ["SELECT 'one' AS v", "SELECT 'two' AS v", "SELECT 'x\"y' AS v"]
        #expect(statements.map(\.sql) == Array(repeating: texts, count: 4).flatMap { $0 })
        #expect(statements.allSatisfy { $0.rows == 1 && $0.bytes == 3 })
    }

    /// Preloaded without a trace file, the library only passes calls through.
    @Test func withoutTraceFileNothingIsWrittenAndNothingChanges() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let program = try TracedProgram.compileC(
            TracedProgram.fixture("own_trace.c"), named: "own_trace", in: directory)
        let database = directory.url.appendingPathComponent("own.db")
        let result = try TracedProgram.runUntraced(
            program, [database.path], in: directory, environment: ["LD_PRELOAD": TracedProgram.library.path])
        #expect(result.stdout == "length=9 own_statements=5 own_rows=5 legacy_statements=2\n")
        #expect(result.stderr.isEmpty)
        #expect(directory.listFiles() == ["own.db", "own_trace"])
    }

    @Test func swiftProgramUsingSystemSQLite() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("app.db")
        let environment = ["HUNDREDFOLD_DB": database.path]
        let setup = try TracedProgram.runUntraced(
            TracedProgram.python, [TracedProgram.fixture("orders_n_plus_one.py").path, "setup"],
            in: directory,
            environment: environment)
        #expect(setup.exitCode == 0, "\(setup.stderr)")
        let program = directory.url.appendingPathComponent("swift_orders")
        let swiftc = try #require(TracedProgram.which("swiftc"))
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CSQLite")
        let build = try ChildProcess.run(
            swiftc, ["-I", module.path, TracedProgram.fixture("swift_orders.swift").path, "-o", program.path])
        try #require(build.exitCode == 0, "\(build.stderr)")
        let outcome = try TracedProgram.run(program, [], in: directory, environment: environment)
        #expect(outcome.result.stdout == Array(repeating: "5", count: 12).joined(separator: ",") + "\n")
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: false
        ).get()
        #expect(statements.count == 13)
        #expect(
            statements.dropFirst().allSatisfy {
                $0.sql == "SELECT id FROM orders WHERE user_id = ?" && $0.rows == 5
            })
    }

    /// SQLite compiled into the executable: the preload loads, but no open reaches it.
    @Test func sqliteLinkedStaticallyIsUntraceable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let program = try TracedProgram.compileC(
            TracedProgram.fixture("own_trace.c"), named: "own_static", in: directory, sqlite: .static)
        let database = directory.url.appendingPathComponent("own.db")
        let outcome = try TracedProgram.run(program, [database.path], in: directory)
        #expect(outcome.result.stdout == "length=9 own_statements=5 own_rows=5 legacy_statements=2\n")
        #expect(outcome.log.processes.count == 1)
        let verdict = Traceability.statements(in: outcome.log, database: database, databaseChanged: true)
        #expect(verdict == .failure(.sqliteLinkedStatically(programs: ["own_static"])))
    }

    /// A statically linked executable never runs the dynamic loader, so the trace stays empty.
    @Test func staticExecutableIsUntraceable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let source = try directory.write(
            "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n", to: "hi.c")
        let program = directory.url.appendingPathComponent("hi")
        let compiler = try #require(TracedProgram.which("cc"))
        let build = try ChildProcess.run(compiler, ["-static", source.path, "-o", program.path])
        try #require(build.exitCode == 0, "\(build.stderr)")
        #expect(ExecutableInspection.isStaticELF(at: program.path))
        #expect(!ExecutableInspection.isStaticELF(at: TracedProgram.python.resolvingSymlinksInPath().path))
        let outcome = try TracedProgram.run(program, [], in: directory)
        #expect(outcome.log.records.isEmpty)
        let database = directory.url.appendingPathComponent("app.db")
        #expect(
            Traceability.statements(
                in: outcome.log, database: database, databaseChanged: false, programs: [program.path])
                == .failure(.staticExecutable(programs: ["hi"])))
        #expect(
            Traceability.statements(in: outcome.log, database: database, databaseChanged: false)
                == .failure(.preloadNotLoaded))
    }
}
