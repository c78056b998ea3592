import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program to completion and collects what it printed: the one way the package starts
/// child processes that it talks to through pipes (git, the `hundredfold` binary).
///
/// stdout is read on the calling thread while stderr is drained, and stdin fed, on other threads,
/// so a child that fills one pipe while we wait on another cannot deadlock. What a failure *means*
/// is the caller's business: ``run(_:_:in:environment:input:stopOnInterrupt:)`` only throws
/// ``StartError`` when the program cannot be started at all, and returns any exit status.
public enum ProcessRunner {
    /// What the child printed and how it exited.
    public struct Output: Sendable {
        /// The exit status (the signal number when it was killed by one).
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: [UInt8]

        /// stdout decoded as UTF-8 (invalid bytes replaced).
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// stderr decoded as UTF-8 (invalid bytes replaced).
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The program could not be started (missing, not executable, bad folder).
    public struct StartError: Error {
        public var executable: String
        public var reason: String
    }

    // MARK: - Running

    /// Runs `executable ARGUMENTS` in `directory` with our environment plus `environment`.
    ///
    /// stdin is `input` when given, else `/dev/null`. With `stopOnInterrupt`, a SIGINT/SIGTERM/SIGHUP
    /// received while the child runs terminates it (and waits for it) before any earlier
    /// ``SignalCleanup/onInterrupt(_:)`` action runs.
    ///
    /// The child is started with `posix_spawn` and waited for with `waitpid`: Foundation's
    /// `Process` polls for the child's end and costs tens of milliseconds a run, several times a
    /// scan.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        input: [UInt8]? = nil, stopOnInterrupt: Bool = false
    ) throws(StartError) -> Output {
        let failure = { (reason: String) in StartError(executable: executable.path, reason: reason) }
        guard access(executable.path, X_OK) == 0 else { throw failure(String(cString: strerror(errno))) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder),
            isFolder.boolValue
        else { throw failure("no folder at \(directory.path)") }
        // Pipes are made and children started one at a time: a child started between a pipe's
        // creation and its marking would hold its ends open.
        spawning.lock()
        let output = Pipes()
        let errors = Pipes()
        let feed = input == nil ? nil : Pipes()
        let opened = [output, errors, feed].compactMap { $0 }
        guard opened.count == (input == nil ? 2 : 3), let output, let errors else {
            let reason = String(cString: strerror(errno))
            opened.forEach { $0.close() }
            spawning.unlock()
            throw failure(reason)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let feed {
            posix_spawn_file_actions_adddup2(&actions, feed.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
        // The child starts with default signal handling and nothing blocked, whatever ours is.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&signals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // A shell changes folder, then runs the program with its arguments unchanged.
        let command =
            ["/bin/sh", "-c", "cd -- \"$1\" && shift && exec \"$@\"", "sh", directory.path, executable.path]
            + arguments
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map {
            "\($0.key)=\($0.value)"
        }
        var pid: pid_t = 0
        let started = withCStrings(command) { argv in
            withCStrings(variables) { envp in posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
            }
        }
        spawning.unlock()
        close(output.write)
        close(errors.write)
        if let feed { close(feed.read) }
        guard started == 0 else {
            close(output.read)
            close(errors.read)
            if let feed { close(feed.write) }
            throw failure(String(cString: strerror(started)))
        }
        let child = Child(pid)
        let registration = stopOnInterrupt ? SignalCleanup.onInterrupt { child.terminate() } : nil
        defer { registration.map(SignalCleanup.remove) }
        if let input, let feed {
            Thread {
                // A child that stops reading makes the write fail (EPIPE) instead of killing us.
                var blocked = sigset_t()
                sigemptyset(&blocked)
                sigaddset(&blocked, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &blocked, nil)
                Descriptor.writeAll(input, to: feed.write)
                close(feed.write)
            }.start()
        }
        let stderr = PipeDrain(errors.read)
        let stdout = Descriptor.readAll(output.read)
        return Output(status: child.wait(), stdout: stdout, stderr: stderr.wait())
    }

    private static let spawning = NSLock()

    /// Calls `body` with a NULL-terminated C array of `strings`, valid for the call.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R)
        -> R
    {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

// MARK: - Helpers

/// A pipe whose two ends are closed when a program is started (`FD_CLOEXEC`): the child gets
/// only the copies put at 0, 1 and 2.
private struct Pipes {
    let read: Int32
    let write: Int32

    /// Call with ``ProcessRunner/spawning`` held, so no other child starts before the ends are
    /// marked.
    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        read = ends[0]
        write = ends[1]
        _ = fcntl(read, F_SETFD, FD_CLOEXEC)
        _ = fcntl(write, F_SETFD, FD_CLOEXEC)
    }

    func close() {
        Foundation.close(read)
        Foundation.close(write)
    }
}

private enum Descriptor {
    /// Everything `descriptor` yields until its end; closes it.
    static func readAll(_ descriptor: Int32) -> [UInt8] {
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// Writes all of `bytes`, stopping early when the reader is gone.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }
}

/// Reads a pipe to its end on a thread of its own; ``wait()`` returns the bytes.
private final class PipeDrain: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        Thread { [self] in
            bytes = Descriptor.readAll(descriptor)
            done.signal()
        }.start()
    }

    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}

/// A started child, reaped once: by the caller, or by the interrupt thread that stops it. Both
/// wait without reaping, then reap under the lock, so a signal never reaches a reused pid.
private final class Child: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var status: Int32?

    init(_ pid: pid_t) {
        self.pid = pid
    }

    /// Its exit status, or the number of the signal that killed it.
    func wait() -> Int32 {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
        return lock.withLock {
            if let status { return status }
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
            let signal = raw & 0x7F
            let decoded = signal == 0 ? (raw >> 8) & 0xFF : signal
            status = decoded
            return decoded
        }
    }

    func terminate() {
        lock.withLock {
            if status == nil { _ = kill(pid, SIGTERM) }
        }
        _ = wait()
    }
}
