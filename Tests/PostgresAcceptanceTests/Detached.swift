import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command that leaves a daemon behind (`pg_ctl start`), without Foundation's `Process`:
/// `Process` sees a child end only when every holder of the descriptors it passed has closed
/// them, and the daemon would hold them (and any other test's) for its whole life. Spawned with
/// `posix_spawn`, every descriptor above stderr closed before the command runs, output in a file.
enum Detached {
    static func run(_ program: String, _ arguments: [String]) throws -> (code: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent("hf-pg-command-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let closeAndRun =
            #"for fd in /proc/self/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-" 2>/dev/null; done; exec "$@""#
        let argv = ["/bin/bash", "-c", closeAndRun, "bash", program] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw TestFailure("could not start \(program): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        return (exited ? (status >> 8) & 0xff : -1, output)
    }
}
