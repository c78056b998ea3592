import Foundation
import TestSupport
import Testing
import TraceIngest

/// `php` with both SQLite extensions (Debian's `php-cli` and `php-sqlite3`), or nil.
private let php: URL? = {
    guard let php = TracedProgram.which("php"),
        let modules = try? ChildProcess.run(php, ["-m"]), modules.exitCode == 0,
        modules.stdout.contains("pdo_sqlite"), modules.stdout.contains("sqlite3")
    else { return nil }
    return php
}()

/// PHP loads its extensions with RTLD_DEEPBIND, so pdo_sqlite and sqlite3 call SQLite past the
/// interposed open functions: their connections are reached through SQLite's auto-extension hook.
@Suite(
    .enabled(
        if: php != nil,
        "PHP with SQLite is missing: `apt-get install -y php-cli php-sqlite3` enables these tests (.ci/run does)"
    ))
struct PHPProgramTests {
    struct Answer: Decodable, Equatable {
        var users: Int
        var sum: Double
        var queries: Int
    }

    let program = TracedProgram.fixture("php_orders.php")

    /// Runs `php php_orders.php extension shape` traced on a fresh database; returns the program's
    /// answer, its untraced answer and the statements traced on the database.
    func run(_ extensionName: String, _ shape: String) throws -> (
        Answer, untraced: Answer, [TracedStatement], TraceLog
    ) {
        let php = try #require(php)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("orders.db")
        let environment = ["HUNDREDFOLD_DB": database.path]
        let setup = try TracedProgram.runUntraced(
            php, [program.path, "setup"], in: directory, environment: environment)
        try #require(setup.exitCode == 0, "\(setup.stderr)")
        let arguments = [program.path, extensionName, shape]
        let untraced = try TracedProgram.runUntraced(php, arguments, in: directory, environment: environment)
        let outcome = try TracedProgram.run(php, arguments, in: directory, environment: environment)
        try #require(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
        let statements = try Traceability.statements(
            in: outcome.log, database: database, databaseChanged: false
        )
        .get()
        let decoder = JSONDecoder()
        return (
            try decoder.decode(Answer.self, from: Data(outcome.result.stdout.utf8)),
            try decoder.decode(Answer.self, from: Data(untraced.stdout.utf8)), statements, outcome.log
        )
    }

    @Test func pdoNPlusOneIsTracedStatementForStatement() throws {
        let (answer, untraced, statements, log) = try run("pdo", "n_plus_one")
        #expect(answer == untraced)
        #expect(answer.queries == 13)  // the users, then one sum per user
        #expect(statements.count == answer.queries)
        #expect(statements.filter { $0.sql.hasPrefix("SELECT sum(total) AS total FROM orders") }.count == 12)
        #expect(log.opens.map(\.api) == ["auto_extension"])
    }

    @Test func pdoBatchedVersionRunsTwoQueries() throws {
        let (answer, untraced, statements, _) = try run("pdo", "batched")
        #expect(answer == untraced)
        #expect(answer.queries == 2)
        #expect(statements.count == answer.queries)
        #expect(statements.last?.sql.contains("WHERE user_id IN (?, ?") == true)
    }

    /// PHP's SQLite3 class runs a statement that returns rows twice: `execute()` steps it once and
    /// resets it, `fetchArray()` runs it again. SQLite does both, so both are counted.
    @Test(arguments: ["n_plus_one", "batched"])
    func sqlite3ClassIsTracedWithItsOwnRerun(shape: String) throws {
        let (answer, untraced, statements, _) = try run("sqlite3", shape)
        #expect(answer == untraced)
        #expect(answer.queries == (shape == "n_plus_one" ? 13 : 2))
        #expect(statements.count == 2 * answer.queries)
        let firstRuns = stride(from: 0, to: statements.count, by: 2).map { statements[$0] }
        let reruns = stride(from: 1, to: statements.count, by: 2).map { statements[$0] }
        #expect(firstRuns.map(\.sql) == reruns.map(\.sql))
        #expect(firstRuns.allSatisfy { $0.rows == 1 })
    }
}
