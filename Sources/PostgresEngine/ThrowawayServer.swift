import Foundation
import HundredfoldCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private PostgreSQL server for one run: `initdb` into a temporary folder, then `postgres`
/// listening only on a Unix socket in that folder (or, when the folder's path is too long for a
/// socket, only on a free loopback port), with `pg_stat_statements` preloaded. ``stop()``
/// (also run on SIGINT, SIGTERM, SIGHUP, registered before the folder exists) shuts it down and
/// removes the folder, whatever it was doing. As root it runs as the `postgres` user (initdb and
/// postgres refuse root), through `setpriv`.
public final class ThrowawayServer: @unchecked Sendable {
    /// The folder with the data directory, the socket and the server log.
    public let folder: URL
    /// libpq connection parameters for the server's `postgres` database.
    public let url: String
    private let processes: ThrowawayProcesses
    private var pid: pid_t = 0
    private var registration: SignalCleanup.Registration?
    static let socketPort = 5432

    /// The server's log, holding the plans `auto_explain` writes (``plansLogged``).
    public var log: URL { folder.appendingPathComponent("server.log") }
    /// Whether `auto_explain` is preloaded: a database whose `auto_explain.log_min_duration` is 0
    /// then has every plan of its statements, with actual rows, in ``log`` (see ``PlanLog``).
    public let plansLogged: Bool

    /// Starts a server preloading `libraries` (and `auto_explain` when the installation has it);
    /// throws ``PostgresError`` when the binaries are missing or it does not start.
    public init(
        temporaryDirectory: URL = FileManager.default.temporaryDirectory,
        preloading libraries: [String] = ["pg_stat_statements"]
    ) throws {
        guard let binaries = Self.binaries() else {
            throw PostgresError(
                "no PostgreSQL server binaries (initdb, postgres) on PATH or in /usr/lib/postgresql/*/bin",
                hint: "install PostgreSQL (Debian: apt-get install postgresql postgresql-contrib), "
                    + "or pass --database-url for an existing server")
        }
        let runAs = try Self.unprivilegedUser()
        plansLogged = Self.hasAutoExplain(binaries)
        Leftovers.sweep(temporaryDirectory, prefixes: ["hundredfold-postgres"])
        folder = temporaryDirectory.appendingPathComponent(Leftovers.name("hundredfold-postgres"))
        let listen = try Self.listenAddress(folder: folder)
        url = "host=\(listen.host) port=\(listen.port) user=postgres dbname=postgres"
        let processes = ThrowawayProcesses(folder: folder)
        self.processes = processes
        registration = SignalCleanup.onInterrupt { processes.end() }
        do {
            try processes.makeFolder(owner: runAs)
            try Self.initdb(binaries, processes: processes, runAs: runAs)
            pid = try Self.spawnServer(
                binaries, processes: processes, runAs: runAs, listen: listen,
                preloading: libraries + (plansLogged ? ["auto_explain"] : []))
            try waitUntilReady()
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// Shuts the server down (fast shutdown, then immediate) and removes its folder; idempotent.
    public func stop() {
        if let registration { SignalCleanup.remove(registration) }
        processes.end()
    }

    // MARK: - Binaries and user

    /// The folder holding `initdb` and `postgres`: PATH first, then the newest
    /// `/usr/lib/postgresql/*/bin` (Debian's layout); nil when there is none.
    public static func binaries() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        var candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        let debian = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: debian.path)) ?? []
        candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map {
            debian.appendingPathComponent($0).appendingPathComponent("bin")
        }
        return candidates.first { folder in
            ["initdb", "postgres"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent($0).path)
            }
        }
    }

    /// Whether the installation of `binaries` has `auto_explain` in its library folder, beside
    /// `bin` (`lib/`, Debian's layout, or `lib/postgresql/`), following a symbolic link to `postgres`.
    private static func hasAutoExplain(_ binaries: URL) -> Bool {
        let root = binaries.appendingPathComponent("postgres").resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent()
        return ["lib/auto_explain.so", "lib/postgresql/auto_explain.so"].contains {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
    }

    /// The `postgres` user to run as when we are root; nil when we are not.
    private static func unprivilegedUser() throws -> (uid: uid_t, gid: gid_t)? {
        guard geteuid() == 0 else { return nil }
        guard let entry = getpwnam("postgres") else {
            throw PostgresError(
                "a throwaway PostgreSQL server cannot run as root, and there is no 'postgres' user to run it as",
                hint: "create an unprivileged 'postgres' user, run as another user, or pass --database-url")
        }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    /// `program arguments`, through `setpriv` as `runAs` when given.
    private static func command(_ program: URL, _ arguments: [String], runAs: (uid: uid_t, gid: gid_t)?)
        -> [String]
    {
        guard let runAs else { return [program.path] + arguments }
        return ["/usr/bin/setpriv", "--reuid=\(runAs.uid)", "--regid=\(runAs.gid)", "--clear-groups", "--"]
            + [program.path] + arguments
    }

    // MARK: - Starting

    /// A Unix socket in `folder` when its path fits (107 bytes), else a free loopback port.
    private static func listenAddress(folder: URL) throws -> (host: String, port: Int) {
        if (folder.path + "/.s.PGSQL.\(socketPort)").utf8.count <= 107 { return (folder.path, socketPort) }
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(probe, $0, length) == 0 && getsockname(probe, $0, &length) == 0
            }
        }
        guard probe >= 0, bound else {
            throw PostgresError("cannot find a free loopback port for PostgreSQL")
        }
        return ("127.0.0.1", Int(UInt16(bigEndian: address.sin_port)))
    }

    /// Runs `initdb` (its output in `initdb.log`); throws when it fails or is stopped.
    private static func initdb(
        _ binaries: URL, processes: ThrowawayProcesses, runAs: (uid: uid_t, gid: gid_t)?
    ) throws {
        let arguments = command(
            binaries.appendingPathComponent("initdb"),
            [
                "-D", processes.folder.appendingPathComponent("data").path, "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync",
            ], runAs: runAs)
        let log = processes.folder.appendingPathComponent("initdb.log")
        let pid = try processes.spawn(arguments, log: log)
        guard let status = processes.waitForExit(pid), status == 0 else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw PostgresError("initdb failed: \(output.suffix(500))")
        }
    }

    /// Starts `postgres` in a process group of its own, its output in `server.log`.
    private static func spawnServer(
        _ binaries: URL, processes: ThrowawayProcesses, runAs: (uid: uid_t, gid: gid_t)?,
        listen: (host: String, port: Int), preloading libraries: [String]
    ) throws -> pid_t {
        let folder = processes.folder
        let onSocket = listen.host == folder.path
        var settings = [
            "listen_addresses=" + (onSocket ? "" : listen.host),
            "unix_socket_directories=" + (onSocket ? folder.path : ""),
            "shared_preload_libraries=" + libraries.joined(separator: ","), "fsync=off",
            "synchronous_commit=off", "full_page_writes=off", "max_connections=20",
            // The database's name in every line, so plans are told apart (``PlanLog``).
            "log_line_prefix=%m [%p] %d ",
        ]
        if libraries.contains("auto_explain") {
            // Off until a database sets auto_explain.log_min_duration; row counts without timing.
            settings += [
                "auto_explain.log_format=json", "auto_explain.log_analyze=on", "auto_explain.log_timing=off",
            ]
        }
        let arguments = command(
            binaries.appendingPathComponent("postgres"),
            ["-D", folder.appendingPathComponent("data").path, "-p", String(listen.port)]
                + settings.flatMap { ["-c", $0] }, runAs: runAs)
        return try processes.spawn(
            arguments, log: folder.appendingPathComponent("server.log"), isServer: true)
    }

    /// Waits up to 30 s for the server to accept connections; fails early when it exits.
    private func waitUntilReady() throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if processes.hasExited(pid) {
                let log =
                    (try? String(contentsOf: folder.appendingPathComponent("server.log"), encoding: .utf8))
                    ?? ""
                throw PostgresError("the throwaway PostgreSQL server exited at start: \(log.suffix(500))")
            }
            if (try? PostgresConnection(url: url)) != nil { return }
            usleep(50_000)
        }
        throw PostgresError("the throwaway PostgreSQL server in \(folder.path) did not start within 30 s")
    }
}
