import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder and child processes (`initdb`, then `postgres`) of one throwaway server, ended
/// together by ``end()`` at any moment of their life: an interrupt may come while the folder is
/// being made, while `initdb` runs, while the server starts or while it works.
///
/// Every child is started through ``spawn(_:log:isServer:)`` in a process group of its own, under the same
/// lock as ``end()``: once ended, nothing new starts, so a child can never outlive the cleanup
/// that missed it. ``end()`` holds the lock until the children are gone and the folder removed.
final class ThrowawayProcesses: @unchecked Sendable {
    let folder: URL
    private let lock = NSLock()
    private var ended = false
    /// Children started and not yet waited for: each one leads its own process group.
    private var children: [pid_t] = []
    /// The child that is the server, shut down rather than killed.
    private var server: pid_t?

    init(folder: URL) {
        self.folder = folder
    }

    /// Creates the folder (owned by `owner` when given); throws once ended.
    func makeFolder(owner: (uid: uid_t, gid: gid_t)?) throws {
        try lock.withLock {
            try checkNotEnded()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            if let owner { chown(folder.path, owner.uid, owner.gid) }
        }
    }

    /// Starts `arguments` in a new process group, stdin `/dev/null`, stdout and stderr to `log`;
    /// throws once ended.
    func spawn(_ arguments: [String], log: URL, isServer: Bool = false) throws -> pid_t {
        try lock.withLock {
            try checkNotEnded()
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            posix_spawnattr_setpgroup(&attributes, 0)
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            var pid: pid_t = 0
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
            guard status == 0 else {
                throw PostgresError("cannot start \(arguments[0]): \(String(cString: strerror(status)))")
            }
            children.append(pid)
            if isServer { server = pid }
            return pid
        }
    }

    /// Waits for `pid` (from ``spawn(_:log:isServer:)``) to exit; its exit code, or nil when it was killed
    /// (also when ``end()`` reaped it first).
    func waitForExit(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        var waited: pid_t
        repeat { waited = waitpid(pid, &status, 0) } while waited < 0 && errno == EINTR
        lock.withLock { children.removeAll { $0 == pid } }
        return waited == pid && (status & 0x7f) == 0 ? (status >> 8) & 0xff : nil
    }

    /// True when `pid` has exited (reaping it); nil while it runs.
    func hasExited(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        let waited = waitpid(pid, &status, WNOHANG)
        return waited == pid || (waited < 0 && errno == ECHILD)
    }

    /// Stops every child (a server with a fast shutdown, escalating; anything else with SIGTERM:
    /// `initdb` then ends after its current step, its backend removing its shared memory, which a
    /// backend killed would leave), waits until their groups are empty and removes the folder;
    /// idempotent.
    func end() {
        lock.withLock {
            guard !ended else { return }
            ended = true
            for child in children {
                if child == server { Self.shutDown(child) } else { kill(child, SIGTERM) }
                Self.waitForGroupToEnd(child)
            }
            children = []
            try? FileManager.default.removeItem(at: folder)
        }
    }

    private func checkNotEnded() throws {
        if ended { throw PostgresError("the throwaway PostgreSQL server was stopped while it started") }
    }

    /// SIGINT (fast shutdown), then SIGQUIT after 10 s, SIGKILL to the group after 5 more.
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
    }

    /// Reaps the group's leader (unless its waiter did) and waits until no process of the group
    /// is left, so none writes into the folder while it is removed; SIGKILL after 5 s.
    private static func waitForGroupToEnd(_ leader: pid_t) {
        for attempt in 0..<200 {
            var status: Int32 = 0
            _ = waitpid(leader, &status, WNOHANG)
            if kill(-leader, 0) != 0, errno == ESRCH { return }
            if attempt == 100 { kill(-leader, SIGKILL) }
            usleep(50_000)
        }
    }
}
