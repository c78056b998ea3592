import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `hundredfold` child process started with `posix_spawn`, its output going to files, so a test
/// can signal it, and kill it when it overruns a guard instead of hanging.
///
/// Foundation's `Process` lets the child inherit the test runner thread's blocked signal mask (on
/// Linux SIGINT arrives blocked), which no user's shell would do; this spawns with an empty mask
/// and default dispositions, as a terminal does.
final class GuardedProcess {
    let pid: pid_t
    private let outputs: TemporaryDirectory
    private var status: Int32?

    init(_ arguments: [String], in directory: URL, environment: [String: String]) throws {
        outputs = try TemporaryDirectory(prefix: "hf-guarded-output")
        let script =
            "cd \"$1\" || exit 97; out=\"$2\"; err=\"$3\"; shift 3; exec \"$@\" >\"$out\" 2>\"$err\" </dev/null"
        let argv =
            [
                "/bin/sh", "-c", script, "sh", directory.path,
                outputs.url.appendingPathComponent("out").path,
                outputs.url.appendingPathComponent("err").path,
                HundredfoldBinary.url.path,
            ] + arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        let envp = env.map { "\($0.key)=\($0.value)" }

        #if canImport(Glibc)
            var attributes = posix_spawnattr_t()
        #else
            var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnvp = envp.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnvp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, "/bin/sh", nil, &attributes, cArgv, cEnvp)
        guard result == 0 else { throw SpawnError(code: result) }
        pid = child
    }

    struct SpawnError: Error { var code: Int32 }

    /// Reaps the child if it has exited; true while it runs.
    var isRunning: Bool {
        if status != nil { return false }
        var raw: Int32 = 0
        let reaped = waitpid(pid, &raw, WNOHANG)
        if reaped == pid {
            status = raw
            return false
        }
        return reaped == 0
    }

    /// Polls until `condition` holds or `seconds` pass; true when it held.
    @discardableResult
    func wait(upTo seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    /// Waits for the child to exit; kills it (SIGKILL) after `seconds`. True when it exited in time.
    func waitForExit(guard seconds: Double) -> Bool {
        let exited = wait(upTo: seconds) { !isRunning }
        if !exited {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
            status = raw
        }
        return exited
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// The exit code, or -1 while running or when killed by a signal.
    var exitCode: Int32 {
        guard let status, status & 0x7f == 0 else { return -1 }
        return (status >> 8) & 0xff
    }

    var wasKilledBySignal: Bool {
        guard let status else { return false }
        return status & 0x7f != 0 && status & 0x7f != 0x7f
    }

    var stdout: String { read("out") }
    var stderr: String { read("err") }

    private func read(_ name: String) -> String {
        String(
            decoding: FileManager.default.contents(atPath: outputs.url.appendingPathComponent(name).path)
                ?? Data(), as: UTF8.self)
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
        outputs.remove()
    }
}
