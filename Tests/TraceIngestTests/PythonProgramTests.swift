import Foundation
import TestSupport
import Testing
import TraceIngest

/// A Python program using the standard library's sqlite3, traced with no change to its code.
@Suite struct PythonProgramTests {
    let program = TracedProgram.fixture("orders_n_plus_one.py")

    /// A database prepared untraced, so the traced runs see only the workload.
    func prepared() throws -> (TemporaryDirectory, [String: String]) {
        let directory = try TemporaryDirectory()
        let environment = ["HUNDREDFOLD_DB": directory.url.appendingPathComponent("app.db").path]
        let setup = try TracedProgram.runUntraced(
            TracedProgram.python, [program.path, "setup"], in: directory, environment: environment)
        #expect(setup.exitCode == 0, "\(setup.stderr)")
        return (directory, environment)
    }

    func statements(_ outcome: TracedProgram.Outcome, database: String) throws -> [TracedStatement] {
        try Traceability.statements(
            in: outcome.log, database: URL(fileURLWithPath: database), databaseChanged: false
        ).get()
    }

    @Test func nPlusOneIsCountedExactly() throws {
        let (directory, environment) = try prepared()
        defer { directory.remove() }
        let outcome = try TracedProgram.run(
            TracedProgram.python, [program.path, "n_plus_one"], in: directory, environment: environment)
        #expect(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
        let traced = try statements(outcome, database: environment["HUNDREDFOLD_DB"] ?? "")
        #expect(traced.count == 13)
        #expect(traced.first?.sql == "SELECT id FROM users ORDER BY id")
        #expect(traced.first?.rows == 12)
        let perUser = traced.dropFirst()
        #expect(perUser.allSatisfy { $0.sql == "SELECT total FROM orders WHERE user_id = ?" })
        // 60 orders over 12 users: 5 rows each, found through the index (no full scan).
        #expect(perUser.allSatisfy { $0.rows == 5 && $0.bytes == 40 && $0.fullscan_steps == 0 })
    }

    @Test func batchedFixRunsTwoStatements() throws {
        let (directory, environment) = try prepared()
        defer { directory.remove() }
        let outcome = try TracedProgram.run(
            TracedProgram.python, [program.path, "batched"], in: directory, environment: environment)
        #expect(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
        let traced = try statements(outcome, database: environment["HUNDREDFOLD_DB"] ?? "")
        #expect(traced.count == 2)
        #expect(traced.last?.rows == 60)
    }

    @Test func outputIsUnchangedByTracing() throws {
        let (directory, environment) = try prepared()
        defer { directory.remove() }
        let untraced = try TracedProgram.runUntraced(
            TracedProgram.python, [program.path, "n_plus_one"], in: directory, environment: environment)
        let traced = try TracedProgram.run(
            TracedProgram.python, [program.path, "n_plus_one"], in: directory, environment: environment)
        #expect(!untraced.stdout.isEmpty)
        #expect(traced.result.stdout == untraced.stdout)
        #expect(traced.result.stderr == untraced.stderr)
        #expect(traced.result.exitCode == untraced.exitCode)
    }

    /// CPython loads libsqlite3 through `_sqlite3` with RTLD_LOCAL: RTLD_NEXT does not see it, and
    /// the tracer finds it through `dlopen(RTLD_NOLOAD)` instead.
    @Test func cpythonNeedsTheNoLoadFallback() throws {
        let (directory, environment) = try prepared()
        defer { directory.remove() }
        let outcome = try TracedProgram.run(
            TracedProgram.python, [program.path, "batched"], in: directory, environment: environment)
        let open = try #require(outcome.log.opens.first)
        #expect(open.resolved_by == "dlopen_noload")
        #expect(open.traced)
        #expect(open.api == "sqlite3_open_v2")
    }

    @Test func writesCountChangedRows() throws {
        let (directory, environment) = try prepared()
        defer { directory.remove() }
        let outcome = try TracedProgram.run(
            TracedProgram.python, [program.path, "update"], in: directory, environment: environment)
        #expect(outcome.result.stdout == "5\n")
        let traced = try statements(outcome, database: environment["HUNDREDFOLD_DB"] ?? "")
        let update = try #require(traced.first { $0.sql.hasPrefix("UPDATE") })
        #expect(update.changes == 5)
        #expect(update.write)
        #expect(traced.filter { $0.sql.hasPrefix("SELECT") }.isEmpty)
    }

    @Test func boundValuesOnlyWhenAsked() throws {
        let (directory, environment) = try prepared()
        defer { directory.remove() }
        var withValues = environment
        withValues["HUNDREDFOLD_TRACE_BIND"] = "1"
        let outcome = try TracedProgram.run(
            TracedProgram.python, [program.path, "n_plus_one"], in: directory, environment: withValues)
        let traced = try statements(outcome, database: environment["HUNDREDFOLD_DB"] ?? "")
        #expect(
            traced.dropFirst().map(\.sql) == (1...12).map { "SELECT total FROM orders WHERE user_id = \($0)" }
        )
    }

    @Test func aProgramWithoutDatabaseIsUntraceable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let outcome = try TracedProgram.run(TracedProgram.python, ["-c", "print('hello')"], in: directory)
        let verdict = Traceability.statements(
            in: outcome.log, database: directory.url.appendingPathComponent("app.db"), databaseChanged: false)
        guard case .failure(.noDatabaseOpened(let programs)) = verdict else {
            Issue.record("expected noDatabaseOpened, got \(verdict)")
            return
        }
        #expect(programs.contains { $0.hasPrefix("python") })
    }

    @Test func aProgramOpeningAnotherDatabaseIsUntraceable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let script = "import sqlite3; sqlite3.connect(':memory:').execute('SELECT 1').fetchall()"
        let outcome = try TracedProgram.run(TracedProgram.python, ["-c", script], in: directory)
        let verdict = Traceability.statements(
            in: outcome.log, database: directory.url.appendingPathComponent("app.db"), databaseChanged: false)
        #expect(verdict == .failure(.otherDatabasesOnly(files: [":memory:"])))
    }
}

/// Threads with their own connections: every execution recorded once, every line whole.
@Suite struct ThreadTests {
    @Test func concurrentConnectionsAreRecordedExactly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("threads.db")
        let outcome = try TracedProgram.run(
            TracedProgram.python, [TracedProgram.fixture("threads.py").path], in: directory,
            environment: ["HUNDREDFOLD_DB": database.path])
        #expect(outcome.result.stdout == "done\n")
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: false
        )
        .get()
        let lookups = statements.filter { $0.sql == "SELECT v FROM t WHERE id = ?" }
        #expect(lookups.count == 8000)
        #expect(
            Dictionary(grouping: lookups, by: \.conn).values.map(\.count).sorted() == [
                2000, 2000, 2000, 2000,
            ])
        #expect(lookups.allSatisfy { $0.rows == 1 })
    }
}

/// Lines buffered before a fork are written once, by the parent; a child leaving by `os._exit`
/// still writes its own.
@Suite struct ForkTests {
    @Test func forkedChildRecordsNothingTwiceAndNothingLost() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("fork.db")
        let outcome = try TracedProgram.run(
            TracedProgram.python, [TracedProgram.fixture("fork_queries.py").path], in: directory,
            environment: ["HUNDREDFOLD_DB": database.path])
        #expect(outcome.result.stdout == "done\n")
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: false
        ).get()
        let byProcess = Dictionary(grouping: statements, by: \.pid)
        #expect(byProcess.count == 2)
        let parent = try #require(byProcess.values.first { $0.count > 2 })
        let child = try #require(byProcess.values.first { $0.count <= 2 })
        #expect(
            parent.map(\.sql) == [
                "CREATE TABLE IF NOT EXISTS t(x)", "SELECT ?", "SELECT ?", "SELECT ?", "SELECT 'parent'",
            ])
        #expect(child.map(\.sql) == ["SELECT 'child'", "SELECT 'child'"])
    }
}
