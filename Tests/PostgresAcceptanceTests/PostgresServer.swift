import Foundation
import TestSupport
import Testing

/// The machine's PostgreSQL programs (Debian's `postgresql` package: PATH, then
/// `/usr/lib/postgresql/*/bin`), found once.
enum PostgresBinaries {
    static let directory: URL? = {
        let environmentPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        var candidates = environmentPath.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
            .map { URL(fileURLWithPath: "/usr/lib/postgresql/\($0)/bin") }
        return candidates.first { directory in
            ["initdb", "pg_ctl", "postgres", "psql"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent($0).path)
            }
        }
    }()

    /// As root, initdb refuses to run: the server runs as `postgres` (created by Debian's package).
    static let runsAsPostgresUser = getuid() == 0

    static let postgresUserExists = getpwnam("postgres") != nil

    /// True when a server can be started here: the programs exist and, as root, so does the user;
    /// `pg_stat_statements` ships with the server (in `postgresql-contrib` on older Debian).
    static let available: Bool = {
        guard let directory else { return false }
        if runsAsPostgresUser && !postgresUserExists { return false }
        let lib = directory.deletingLastPathComponent().appendingPathComponent("lib/pg_stat_statements.so")
        return FileManager.default.fileExists(atPath: lib.path)
    }()

    static let skipMessage: Comment = """
        PostgreSQL is not installed: `apt-get install postgresql postgresql-contrib` (initdb, pg_ctl, postgres, \
        psql and pg_stat_statements; as root also the `postgres` user) enables these tests (.ci/run does)
        """

    static func url(_ program: String) -> URL { directory!.appendingPathComponent(program) }
}

/// A PostgreSQL server of the test's own, in a temporary folder on a free loopback port, for the
/// `--database-url` cases. Trust authentication for `postgres`; a password role for the masking test.
final class PostgresServer: @unchecked Sendable {
    let folder: URL
    let port: Int
    static let passwordRole = "hf_owner"
    static let password = "s3cret-Pa55"

    /// Starts a server, with `pg_stat_statements` preloaded unless `preloadStatements` is false.
    init(preloadStatements: Bool = true) throws {
        folder = try Folder.make(prefix: "hf-pg-own-server")
        port = freePort()
        let data = folder.appendingPathComponent("data").path
        if PostgresBinaries.runsAsPostgresUser {
            try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: folder.path)
        }
        try Self.asServerUser([
            PostgresBinaries.url("initdb").path, "-D", data, "-U", "postgres", "-A", "trust",
        ])
        let hba = """
            local all all trust
            host all postgres 127.0.0.1/32 trust
            host all all 127.0.0.1/32 scram-sha-256

            """
        try Self.asServerUser(["sh", "-c", "printf '%s' \"$0\" > \(data)/pg_hba.conf", hba])
        var options = "-c listen_addresses=127.0.0.1 -p \(port) -k \(folder.path)"
        if preloadStatements { options += " -c shared_preload_libraries=pg_stat_statements" }
        try Self.asServerUser([
            PostgresBinaries.url("pg_ctl").path, "-D", data, "-o", options,
            "-l", folder.appendingPathComponent("server.log").path, "-w", "-t", "60", "start",
        ])
        do {
            try psql("CREATE ROLE \(Self.passwordRole) LOGIN CREATEDB PASSWORD '\(Self.password)'")
        } catch {
            stop()
            throw error
        }
    }

    /// The URL Hundredfold gets: the superuser over TCP (trust), or the password role.
    var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres" }
    var passwordURL: String { "postgres://\(Self.passwordRole):\(Self.password)@127.0.0.1:\(port)/postgres" }

    /// Runs SQL through psql as the superuser; returns its unaligned, tuples-only output.
    @discardableResult
    func psql(_ sql: String, database: String = "postgres") throws -> String {
        let result = try ChildProcess.run(
            PostgresBinaries.url("psql"),
            [
                "-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "-d", database, "-X", "-A", "-t", "-v",
                "ON_ERROR_STOP=1", "-c", sql,
            ])
        guard result.exitCode == 0 else { throw TestFailure("psql \(sql): \(result.stderr)") }
        return result.stdout
    }

    /// Every database on the server, by name.
    func databases() throws -> [String] {
        try psql("SELECT datname FROM pg_database ORDER BY 1").split(separator: "\n").map(String.init)
    }

    /// Databases Hundredfold left behind (its scratch ones are named `hundredfold_<pid>_<n>`).
    func scratchDatabases() throws -> [String] { try databases().filter { $0.hasPrefix("hundredfold") } }

    func stop() {
        _ = try? Self.asServerUser([
            PostgresBinaries.url("pg_ctl").path, "-D", folder.appendingPathComponent("data").path, "-m",
            "immediate", "-w", "stop",
        ])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a command as the `postgres` user when the tests run as root (initdb refuses root).
    private static func asServerUser(_ command: [String]) throws {
        let (program, arguments): (URL, [String]) =
            PostgresBinaries.runsAsPostgresUser
            ? (URL(fileURLWithPath: "/usr/sbin/runuser"), ["-u", "postgres", "--"] + command)
            : (URL(fileURLWithPath: "/usr/bin/env"), command)
        let status = try Detached.run(program.path, arguments)
        guard status.code == 0 else {
            throw TestFailure("\(command.joined(separator: " ")) failed: \(status.output)")
        }
    }
}
