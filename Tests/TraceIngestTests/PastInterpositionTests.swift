import Foundation
import TestSupport
import Testing
import TraceIngest

/// Connections opened past the interposed open functions (SQLite's functions taken from a dlopen
/// handle, or bound with RTLD_DEEPBIND) are reached through SQLite's auto-extension hook; those it
/// cannot reach are said to be, with the cause.
@Suite struct PastInterpositionTests {
    /// The system's shared libsqlite3, by path.
    static var sqliteLibrary: String? {
        [
            "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
            "/usr/lib",
        ]
        .map { $0 + "/libsqlite3.so.0" }
        .first { FileManager.default.fileExists(atPath: $0) }
    }

    func runFromHandle(_ library: String, _ extra: [String] = []) throws -> (TracedProgram.Outcome, URL) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let program = try TracedProgram.compileC(
            TracedProgram.fixture("sqlite_from_handle.c"), named: "from_handle", in: directory, sqlite: .none)
        let database = directory.url.appendingPathComponent("handle.db")
        let outcome = try TracedProgram.run(program, [database.path, library] + extra, in: directory)
        #expect(outcome.result.stdout == "rc=0\n", "\(outcome.result.stderr)")
        return (outcome, database)
    }

    @Test(arguments: [[], ["deepbind"]])
    func functionsFromAHandleOfALibraryLoadedByPathAreTraced(mode: [String]) throws {
        let library = try #require(Self.sqliteLibrary, "no shared libsqlite3 found")
        let (outcome, database) = try runFromHandle(library, mode)
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: true
        )
        .get()
        #expect(
            statements.map(\.sql) == [
                "CREATE TABLE t(a);", "INSERT INTO t VALUES (1), (2);", "SELECT count(*) FROM t;",
            ])
        #expect(outcome.log.opens.map(\.api) == ["auto_extension"])
        #expect(outcome.log.unhookedLibraries.isEmpty)
    }

    /// A bare name is searched through the caller's RUNPATH, so the tracer does not forward that
    /// dlopen and never sees SQLite arrive: untraceable, naming the program and the library.
    @Test func functionsFromAHandleOfALibraryLoadedByBareNameAreUntraceable() throws {
        let (outcome, database) = try runFromHandle("libsqlite3.so.0")
        #expect(outcome.log.opens.isEmpty)
        #expect(outcome.log.unhookedLibraries.count == 1)
        let verdict = Traceability.statements(in: outcome.log, database: database, databaseChanged: true)
        #expect(
            verdict
                == .failure(
                    .sqliteLoadedPastTracer(programs: ["from_handle"], libraries: ["libsqlite3.so.0"])))
        #expect(
            "\(Untraceable.sqliteLoadedPastTracer(programs: ["a"], libraries: ["b"]))".contains(
                "dlopen by bare name"))
    }

    /// The hook is registered at the first open, after the program's own sqlite3_config.
    @Test func aLinkedProgramConfiguresSQLiteBeforeItsFirstOpen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let program = try TracedProgram.compileC(
            TracedProgram.fixture("config_first.c"), named: "config_first", in: directory)
        let database = directory.url.appendingPathComponent("config.db")
        let outcome = try TracedProgram.run(program, [database.path], in: directory)
        #expect(outcome.result.stdout == "config=0 rc=0\n")
        #expect(outcome.log.opens.map(\.api) == ["sqlite3_open"])
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: true
        )
        .get()
        #expect(statements.map(\.sql) == ["CREATE TABLE t(a);", "SELECT count(*) FROM t;"])
    }

    /// Python's own connection (through the interposed open, hook registered when `_sqlite3` was
    /// loaded) is traced once; one opened with ctypes past it is reached by the hook.
    @Test func pythonConnectionsAreTracedOnceWhicheverWayTheyOpen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("py.db")
        let script = """
            import ctypes, sqlite3, sys
            sqlite3.connect(sys.argv[1]).execute("SELECT 1").fetchall()
            lib = ctypes.CDLL("libsqlite3.so.0")
            db = ctypes.c_void_p()
            assert lib.sqlite3_open(sys.argv[1].encode(), ctypes.byref(db)) == 0
            assert lib.sqlite3_exec(db, b"SELECT 2", None, None, None) == 0
            lib.sqlite3_close(db)
            """
        let outcome = try TracedProgram.run(
            TracedProgram.python, ["-c", script, database.path], in: directory)
        try #require(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
        #expect(outcome.log.opens.map(\.api) == ["sqlite3_open_v2", "auto_extension"])
        #expect(outcome.log.opens.map(\.conn) == [1, 2])
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: false
        )
        .get()
        #expect(statements.map(\.sql) == ["SELECT 1", "SELECT 2"])
    }
}
