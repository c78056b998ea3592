import Foundation
import HundredfoldCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A shell command run in its own process group, so a time limit can stop it with everything it
/// started, and nothing it leaves running outlives its run.
struct ProcessGroup {
    /// How a run ended.
    enum Outcome: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// The deadline passed; the whole group was killed.
        case timedOut
    }

    /// Runs `/bin/sh -c command` in `directory` with `environment`, stdin from /dev/null, stdout and
    /// stderr into the given files, until it exits or `deadline` passes.
    static func run(
        _ command: String, in directory: URL, environment: [String: String], stdout: String, stderr: String,
        deadline: ContinuousClock.Instant
    ) throws(ProcessGroupError) -> Outcome {
        let pid = try spawn(command, in: directory, environment: environment, stdout: stdout, stderr: stderr)
        defer { SignalCleanup.forget(processGroup: pid) }
        return wait(for: pid, until: deadline)
    }

    /// Starts `/bin/sh -c command` as ``run(_:in:environment:stdout:stderr:deadline:)`` does and
    /// returns at once: the pid, which is also the process group's id. The group is killed if
    /// Hundredfold is interrupted; ``stop(_:grace:)`` ends it.
    static func spawn(
        _ command: String, in directory: URL, environment: [String: String], stdout: String, stderr: String
    ) throws(ProcessGroupError) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The outer shell changes folder, then runs the command exactly as `sh -c` would.
        let arguments = [
            "/bin/sh", "-c", "cd -- \"$1\" && exec /bin/sh -c \"$2\"", "sh", directory.path, command,
        ]
        let variables = environment.map { "\($0.key)=\($0.value)" }.sorted()
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(variables) { envp in posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
            }
        }
        guard status == 0 else { throw .spawnFailed(errno: status) }
        SignalCleanup.killOnInterrupt(processGroup: pid)
        return pid
    }

    /// How the group's leader `pid` ended, or nil while it runs. Reaps it.
    static func exited(_ pid: pid_t) -> Outcome? {
        var status: Int32 = 0
        let waited = waitpid(pid, &status, WNOHANG)
        if waited == pid { return decode(status) }
        return waited < 0 && errno == ECHILD ? .exited(-1) : nil
    }

    /// Ends a group started by ``spawn(_:in:environment:stdout:stderr:)``: SIGTERM to every process
    /// in it, then SIGKILL to whatever is left after `grace`.
    static func stop(_ pid: pid_t, grace: Duration) {
        defer { SignalCleanup.forget(processGroup: pid) }
        kill(-pid, SIGTERM)
        let end = ContinuousClock.now + grace
        var leaderDone = false
        while ContinuousClock.now < end {
            if !leaderDone { leaderDone = exited(pid) != nil }
            // Zombies are left out: a reparented one may never be reaped in a container.
            if leaderDone && GroupProcesses.alive(in: pid).isEmpty { break }
            usleep(5_000)
        }
        kill(-pid, SIGKILL)
        if !leaderDone {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    // MARK: - Waiting

    private static func wait(for pid: pid_t, until deadline: ContinuousClock.Instant) -> Outcome {
        var pause: Duration = .milliseconds(1)
        while true {
            var status: Int32 = 0
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                kill(-pid, SIGKILL)  // whatever the command left running in its group
                return decode(status)
            }
            if waited < 0 && errno != EINTR { return .exited(-1) }
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(UInt32(pause.components.attoseconds / 1_000_000_000_000))
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    private static func decode(_ status: Int32) -> Outcome {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// Calls `body` with a NULL-terminated C array of `strings`, valid for the call.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R)
        -> R
    {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// The command could not be started at all.
enum ProcessGroupError: Error, Equatable {
    case spawnFailed(errno: Int32)
}
