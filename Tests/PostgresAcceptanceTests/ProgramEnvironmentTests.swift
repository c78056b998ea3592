import Foundation
import Testing

/// What a real program gets on PostgreSQL: `DATABASE_URL` and the libpq variables naming the
/// scale's scratch database (each way to connect reaches the same loaded data), no
/// `HUNDREDFOLD_DB` and no preload library. `bookshop.py environment` writes what it saw.
@Suite(.enabled(if: PythonPackages.psycopg2, PythonPackages.psycopg2Message))
struct ProgramEnvironmentTests {
    struct Seen {
        let scale: Int
        let variables: [String: String]
        let databaseByURL: String?
        let databaseByVariables: String?
        let books: Double?
        let booksByVariables: Double?

        init(_ line: String, request: Int) {
            let result = jsonLine(line)["result"] as? [String: Any] ?? [:]
            scale = Programs.scale(ofRequest: request)
            variables = (result["variables"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            databaseByURL = result["database_by_url"] as? String
            databaseByVariables = result["database_by_variables"] as? String
            books = number(result["books"])
            booksByVariables = number(result["books_by_variables"])
        }
    }

    /// What the environment program saw, request by request, after `run` (recorded as an issue
    /// when it did not run once per request).
    static func seen(_ lines: [String], _ run: Run, sourceLocation: SourceLocation = #_sourceLocation)
        -> [Seen]
    {
        #expect(
            lines.count == Programs.scales.count * Programs.requests,
            "the environment program ran once per request: \(lines)\n\(run.log)",
            sourceLocation: sourceLocation)
        return lines.enumerated().map { Seen($0.element, request: $0.offset) }
    }

    /// The contract every request's environment meets, on any server.
    static func expectScratchDatabase(_ seen: Seen, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = seen.variables["DATABASE_URL"] ?? ""
        #expect(
            url.hasPrefix("postgresql://") || url.hasPrefix("postgres://"),
            "DATABASE_URL at \(seen.scale)x: \(url)", sourceLocation: sourceLocation)
        for name in ["PGHOST", "PGPORT", "PGDATABASE", "PGUSER"] {
            #expect(
                !(seen.variables[name] ?? "").isEmpty, "\(name) unset at \(seen.scale)x: \(seen.variables)",
                sourceLocation: sourceLocation)
        }
        #expect(
            seen.variables["HUNDREDFOLD_DB"] == nil, "HUNDREDFOLD_DB is set on PostgreSQL: \(seen.variables)")
        #expect(
            !(seen.variables["LD_PRELOAD"] ?? "").contains("HundredfoldTrace"),
            "no preload library on PostgreSQL: \(seen.variables["LD_PRELOAD"] ?? "")",
            sourceLocation: sourceLocation)
        let database = seen.variables["PGDATABASE"]
        #expect(
            database != nil && seen.databaseByURL == database && seen.databaseByVariables == database,
            "at \(seen.scale)x: PGDATABASE \(database ?? "unset"), by URL \(seen.databaseByURL ?? "?"), by PG* \(seen.databaseByVariables ?? "?")",
            sourceLocation: sourceLocation)
        let books = Double(Programs.booksAtScaleOne * seen.scale)
        #expect(
            seen.books == books && seen.booksByVariables == books,
            "at \(seen.scale)x the scale's data is loaded: \(seen.books.map { "\($0)" } ?? "?") / \(seen.booksByVariables.map { "\($0)" } ?? "?") books, expected \(books)",
            sourceLocation: sourceLocation)
    }

    @Test func throwawayServerNamesTheScaleDatabase() throws {
        let programs = ProgramRun.bookshop
        #expect(programs.run.exitCode == 0, "\(programs.run.log)")
        let seen = Self.seen(programs.lines("program-environment"), programs.run)
        seen.forEach { Self.expectScratchDatabase($0) }
    }

    /// `--database-url` with a password: the program gets the URL with it and `PGPASSWORD`, the
    /// server's host and port, and a `hundredfold_…` scratch database that is dropped afterwards.
    @Test func existingServerPassesItsPasswordAndDropsTheScratchDatabase() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        try server.psql("ALTER ROLE \(PostgresServer.passwordRole) SUPERUSER")
        let project = try Project()
        defer { project.remove() }
        try project.writePrograms([Programs.bookshop("program-environment", mode: "environment")])
        let run = try project.hf(
            [
                "run", "scenarios", "--engine", "postgres", "--database-url", server.passwordURL, "--out",
                "report.json",
            ], environment: ["PYTHONDONTWRITEBYTECODE": "1"])
        #expect(run.exitCode == 0, "\(run.log)")
        let seen = Self.seen(project.programLines("program-environment.counts.jsonl"), run)
        for request in seen {
            Self.expectScratchDatabase(request)
            #expect(
                request.variables["PGHOST"] == "127.0.0.1" && request.variables["PGPORT"] == "\(server.port)")
            #expect(request.variables["PGUSER"] == PostgresServer.passwordRole)
            #expect(request.variables["PGPASSWORD"] == PostgresServer.password)
            #expect(request.variables["DATABASE_URL"]?.contains(PostgresServer.password) == true)
            #expect(
                request.databaseByURL?.hasPrefix("hundredfold_") == true, "\(request.databaseByURL ?? "?")")
        }
        #expect(
            !(run.stdout + run.stderr).contains(PostgresServer.password),
            "the password is printed: \(run.log)")
        let scratch = try server.scratchDatabases()
        #expect(scratch.isEmpty, "left on the server: \(scratch)")
    }
}
