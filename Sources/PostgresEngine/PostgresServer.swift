import Foundation
import HundredfoldCore

/// The server a run uses: an existing one (`--database-url`) or a ``ThrowawayServer``. It hands out
/// scratch databases (`hundredfold_<pid>_<n>`), the only databases Hundredfold creates or drops.
public final class PostgresServer: @unchecked Sendable {
    /// The server as messages name it (password masked).
    public let name: String
    private let url: String
    private let throwaway: ThrowawayServer?
    private let admin: PostgresConnection
    private var scratchCount = 0
    /// How programs reach the server (their scratch database's name aside).
    public let endpoint: ServerEndpoint
    /// The log where `auto_explain` writes the plans of ``logPlans(of:)``'s databases: the
    /// throwaway server's, when it preloads `auto_explain`; nil otherwise.
    public let planLog: URL?
    /// The database ``monitor()`` reads statistics from, created on first use.
    private var monitorDatabase: ScratchDatabase?

    /// Connects to `url`, or starts a throwaway server when it is nil, and checks that
    /// `pg_stat_statements` is preloaded and installable.
    public init(url: String?, temporaryDirectory: URL = FileManager.default.temporaryDirectory) throws {
        if let url {
            self.url = url
            throwaway = nil
            name = ServerAddress.masked(url)
        } else {
            let server = try ThrowawayServer(temporaryDirectory: temporaryDirectory)
            self.url = server.url
            throwaway = server
            name = "the throwaway server in \(server.folder.path)"
        }
        planLog = throwaway.flatMap { $0.plansLogged ? $0.log : nil }
        do {
            admin = try PostgresConnection(url: self.url, name: name)
            endpoint = admin.endpoint
            try checkStatementStatistics()
        } catch {
            throwaway?.stop()
            throw error
        }
    }

    /// True for a server started for this run.
    var isThrowaway: Bool { throwaway != nil }

    /// Drops the monitor database and stops the throwaway server (nothing more for an existing one).
    public func close() {
        monitorDatabase?.drop()
        monitorDatabase = nil
        throwaway?.stop()
    }

    // MARK: - Programs

    /// A connection to a scratch database of the run's own, with `pg_stat_statements`, from which
    /// other databases' statistics are read (``DatabaseStatements``) without counting among them.
    public func monitor() throws -> PostgresConnection {
        if let monitorDatabase { return monitorDatabase.session }
        let database = try createScratchDatabase()
        monitorDatabase = database
        return database.session
    }

    /// A new connection to `database` on the server.
    public func connect(to database: String) throws -> PostgresConnection {
        try PostgresConnection(url: url, database: database, name: name)
    }

    /// Makes every new connection to `database` log its statements' plans to ``planLog``.
    public func logPlans(of database: String) throws {
        try admin.execute("ALTER DATABASE \(database) SET auto_explain.log_min_duration = 0")
    }

    /// The server's major version and settings must allow `pg_stat_statements`.
    private func checkStatementStatistics() throws {
        let preload = try admin.execute("SHOW shared_preload_libraries").scalar ?? ""
        let names = preload.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard names.contains("pg_stat_statements") else {
            throw PostgresError.missingStatementStatistics(
                name, reason: "pg_stat_statements is not in shared_preload_libraries ('\(preload)')")
        }
        let available = try admin.execute(
            "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_stat_statements'")
        guard available.scalar == "1" else {
            throw PostgresError.missingStatementStatistics(
                name, reason: "the pg_stat_statements extension is not installed (Debian: postgresql-contrib)"
            )
        }
    }

    // MARK: - Scratch databases

    /// Creates a fresh database with `pg_stat_statements`, connected; drop it with
    /// ``ScratchDatabase/drop()`` (also done on SIGINT, SIGTERM, SIGHUP on an existing server; a
    /// throwaway server is removed whole instead, without waiting on a connection to it).
    /// With `template`, the new database is a copy of that (disconnected) scratch database.
    public func createScratchDatabase(template: String? = nil) throws -> ScratchDatabase {
        scratchCount += 1
        let database = "hundredfold_\(getpid())_\(scratchCount)"
        do {
            try admin.execute("CREATE DATABASE \(database)" + (template.map { " TEMPLATE \($0)" } ?? ""))
        } catch let error as PostgresError where !error.isConnectionLost {
            throw PostgresError(
                "cannot create the scratch database \(database) on \(name): \(error.serverMessage)",
                hint: "the user of --database-url needs the CREATEDB privilege")
        }
        let scratch = ScratchDatabase(name: database, server: self)
        do {
            scratch.connection = try PostgresConnection(url: url, database: database, name: name)
        } catch let error as PostgresError {
            scratch.drop()
            // A new connection, not `admin`: a backend outlives its killed server for a moment.
            guard (try? PostgresConnection(url: url).execute("SELECT 1")) != nil else {
                throw PostgresError.connectionLost(name, reason: error.serverMessage)
            }
            throw PostgresError(
                "cannot connect to the scratch database \(database) on \(name): \(error.serverMessage)")
        }
        do {
            try scratch.connection?.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            try scratch.connection?.execute("SELECT count(*) FROM pg_stat_statements")
        } catch let error as PostgresError where !error.isConnectionLost {
            scratch.drop()
            throw PostgresError.missingStatementStatistics(name, reason: error.serverMessage)
        } catch {
            scratch.drop()
            throw error
        }
        return scratch
    }

    /// Drops `database` through a connection of its own (the main one may be busy when an
    /// interrupt calls this); errors are ignored: a server that is gone keeps nothing to drop.
    fileprivate func dropDatabase(_ database: String) {
        guard let connection = try? PostgresConnection(url: url) else { return }
        _ = try? connection.execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
    }
}

/// A database created for one scale of one scenario, dropped afterwards.
public final class ScratchDatabase: @unchecked Sendable {
    public let name: String
    private let server: PostgresServer
    fileprivate var connection: PostgresConnection?
    private var registration: SignalCleanup.Registration?
    private var dropped = false

    fileprivate init(name: String, server: PostgresServer) {
        self.name = name
        self.server = server
        if !server.isThrowaway {
            registration = SignalCleanup.onInterrupt { [name, server] in server.dropDatabase(name) }
        }
    }

    /// The connection to the scratch database.
    public var session: PostgresConnection {
        guard let connection else { preconditionFailure("a scratch database is connected when created") }
        return connection
    }

    /// Closes the connection, so the database can be a template (``PostgresServer/createScratchDatabase(template:)``).
    public func disconnect() {
        connection = nil
    }

    /// Closes the connection and drops the database; idempotent.
    public func drop() {
        guard !dropped else { return }
        dropped = true
        if let registration { SignalCleanup.remove(registration) }
        connection = nil
        server.dropDatabase(name)
    }

    deinit { drop() }
}
