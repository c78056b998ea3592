import HundredfoldCore

/// Why the PostgreSQL engine cannot go on: an unreachable or unsuitable server, a statement the
/// server rejected, a throwaway server that would not start. Bad input (exit 2), always naming the
/// server with its password masked.
public struct PostgresError: DiagnosticError {
    public var diagnostic: Diagnostic
    /// The server's own message, without the server's name.
    public var serverMessage: String
    /// The SQLSTATE code, when the server sent one (`42601` is a syntax error).
    public var sqlState: String?

    public init(
        _ message: String, serverMessage: String? = nil, sqlState: String? = nil,
        hint: String? = nil
    ) {
        diagnostic = Diagnostic(message: message, hint: hint)
        self.serverMessage = serverMessage ?? message
        self.sqlState = sqlState
    }

    /// The connection is gone (server stopped or killed, network down): nothing more can run on it.
    public var isConnectionLost = false

    /// The same error placed at `location` in a scenario, at `keyPath`.
    public func located(at location: SourceLocation, keyPath: String, statement: String) -> PostgresError {
        var error = self
        error.diagnostic = Diagnostic(
            location: location, keyPath: keyPath,
            message: "PostgreSQL rejects `\(statement)`: \(serverMessage)",
            hint:
                "Hundredfold translates SQLite's types for PostgreSQL (README \"PostgreSQL\"); other SQL runs as written"
        )
        return error
    }

    // MARK: - Cases

    static func unreachable(_ server: String, reason: String) -> PostgresError {
        PostgresError(
            "cannot connect to PostgreSQL at \(server): \(reason)", serverMessage: reason,
            hint: "check --database-url (or DATABASE_URL), or leave it out for a throwaway local server")
    }

    static func connectionLost(_ server: String, reason: String) -> PostgresError {
        var error = PostgresError("the PostgreSQL server at \(server) went away during the run: \(reason)")
        error.isConnectionLost = true
        return error
    }

    static func missingStatementStatistics(_ server: String, reason: String) -> PostgresError {
        PostgresError(
            "PostgreSQL at \(server) cannot give pg_stat_statements figures: \(reason)",
            hint:
                "set shared_preload_libraries = 'pg_stat_statements' in postgresql.conf, restart the server, "
                + "and let the user create the extension (CREATE EXTENSION pg_stat_statements)")
    }
}
