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
/// (also run on SIGINT, SIGTERM, SIGHUP) shuts it down and removes the folder. As root it runs as
/// the `postgres` user (initdb and postgres refuse root), through `setpriv`.
public final class ThrowawayServer: @unchecked Sendable {
    /// The folder with the data directory, the socket and the server log.
    public let folder: URL
    /// libpq connection parameters for the server's `postgres` database.
    public let url: String
    private let pid: pid_t
    private var registration: SignalCleanup.Registration?
    private let lock = NSLock()
    private var stopped = false
    static let socketPort = 5432

    /// Starts a server preloading `libraries`; throws ``PostgresError`` when the binaries are
    /// missing or it does not start.
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
        Leftovers.sweep(temporaryDirectory, prefixes: ["hundredfold-postgres"])
        folder = temporaryDirectory.appendingPathComponent(Leftovers.name("hundredfold-postgres"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let listen = try Self.listenAddress(folder: folder)
        url = "host=\(listen.host) port=\(listen.port) user=postgres dbname=postgres"
        let folder = folder
        do {
            if let runAs { chown(folder.path, runAs.uid, runAs.gid) }
            try Self.initdb(binaries, folder: folder, runAs: runAs)
            pid = try Self.spawnServer(
                binaries, folder: folder, runAs: runAs, listen: listen, preloading: libraries)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        registration = SignalCleanup.onInterrupt { [self] in stop() }
        do {
            try waitUntilReady()
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// Shuts the server down (fast shutdown, then immediate) and removes its folder; idempotent.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        if let registration { SignalCleanup.remove(registration) }
        Self.shutDown(pid)
        try? FileManager.default.removeItem(at: folder)
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

    private static func initdb(_ binaries: URL, folder: URL, runAs: (uid: uid_t, gid: gid_t)?) throws {
        let arguments = command(
            binaries.appendingPathComponent("initdb"),
            [
                "-D", folder.appendingPathComponent("data").path, "-U", "postgres", "-A", "trust", "-E",
                "UTF8",
                "--locale=C", "--no-sync",
            ], runAs: runAs)
        let output: ProcessRunner.Output
        do {
            output = try ProcessRunner.run(
                URL(fileURLWithPath: arguments[0]), Array(arguments.dropFirst()), in: folder,
                stopOnInterrupt: true)
        } catch {
            throw PostgresError("cannot start initdb: \(error.reason)")
        }
        guard output.status == 0 else {
            throw PostgresError("initdb failed (exit \(output.status)): \(output.stderrText.suffix(500))")
        }
    }

    /// Starts `postgres` in a process group of its own, its output in `server.log`.
    private static func spawnServer(
        _ binaries: URL, folder: URL, runAs: (uid: uid_t, gid: gid_t)?, listen: (host: String, port: Int),
        preloading libraries: [String]
    ) throws -> pid_t {
        let onSocket = listen.host == folder.path
        let settings = [
            "listen_addresses=" + (onSocket ? "" : listen.host),
            "unix_socket_directories=" + (onSocket ? folder.path : ""),
            "shared_preload_libraries=" + libraries.joined(separator: ","), "fsync=off",
            "synchronous_commit=off", "full_page_writes=off", "max_connections=20",
        ]
        let arguments = command(
            binaries.appendingPathComponent("postgres"),
            ["-D", folder.appendingPathComponent("data").path, "-p", String(listen.port)]
                + settings.flatMap { ["-c", $0] }, runAs: runAs)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let log = folder.appendingPathComponent("server.log").path
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw PostgresError("cannot start postgres: \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Waits up to 30 s for the server to accept connections; fails early when it exits.
    private func waitUntilReady() throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
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

    /// SIGINT (fast shutdown), then SIGQUIT after 10 s, SIGKILL to the group after 5 more; reaps it.
    private static func shutDown(_ pid: pid_t) {
        kill(pid, SIGINT)
        for (signal, wait) in [(SIGQUIT, 200), (SIGKILL, 100)] {
            for _ in 0..<wait {
                var status: Int32 = 0
                let waited = waitpid(pid, &status, WNOHANG)
                if waited == pid || (waited < 0 && errno == ECHILD) { return }
                usleep(50_000)
            }
            _ = signal == SIGKILL ? kill(-pid, SIGKILL) : kill(pid, signal)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
