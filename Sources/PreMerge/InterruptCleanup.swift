import Foundation

/// The pipe the signal handler writes to; set once before the handler is installed.
private nonisolated(unsafe) var signalWriteDescriptor: Int32 = -1

/// The signal handler: async-signal-safe, it only writes the signal number to the pipe.
private func forwardSignal(_ number: Int32) {
    var value = number
    _ = write(signalWriteDescriptor, &value, MemoryLayout<Int32>.size)
}

/// Removes the job's temporary worktrees on every way out: normal return, a thrown error, and
/// Ctrl-C or SIGTERM (the running child is stopped first, then the worktrees are removed, then the
/// process exits with 128 + the signal number).
final class InterruptCleanup: @unchecked Sendable {
    static let shared = InterruptCleanup()

    private let lock = NSLock()
    private var worktrees: [(repository: URL, path: URL)] = []
    private var children: [Process] = []
    private var folders: [URL] = []
    private var installed = false
    private var log: @Sendable (String) -> Void = { _ in }

    /// Starts handling SIGINT and SIGTERM (idempotent). The handler only writes the signal number
    /// to a pipe (the self-pipe pattern); a thread reads it and cleans up. Handled (not ignored)
    /// signals are reset to their default in the children, so they stay interruptible.
    func installSignalHandlers(log: @escaping @Sendable (String) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        self.log = log
        guard !installed else { return }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        installed = true
        signalWriteDescriptor = descriptors[1]
        let readDescriptor = descriptors[0]
        Thread { [self] in
            var number: Int32 = 0
            while read(readDescriptor, &number, MemoryLayout<Int32>.size) != MemoryLayout<Int32>.size {}
            interrupted(by: number)
        }.start()
        signal(SIGINT, forwardSignal)
        signal(SIGTERM, forwardSignal)
        // A parent may have started us with these signals blocked (the mask is inherited).
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    func register(worktree path: URL, of repository: URL) {
        lock.withLock { worktrees.append((repository, path)) }
    }

    /// A scratch folder removed on interrupt (after the worktrees inside it).
    func register(folder: URL) {
        lock.withLock { folders.append(folder) }
    }

    func unregister(folder: URL) {
        lock.withLock { folders.removeAll { $0 == folder } }
    }

    func register(child: Process) {
        lock.withLock { children.append(child) }
    }

    func unregister(child: Process) {
        lock.withLock { children.removeAll { $0 === child } }
    }

    /// Removes one worktree now (and forgets it).
    func remove(worktree path: URL) {
        let entry = lock.withLock { () -> (repository: URL, path: URL)? in
            guard let index = worktrees.firstIndex(where: { $0.path == path }) else { return nil }
            return worktrees.remove(at: index)
        }
        if let entry { Self.removeWorktree(entry.path, of: entry.repository) }
    }

    private func interrupted(by signalNumber: Int32) {
        let (running, trees, scratch, log) = lock.withLock { (children, worktrees, folders, self.log) }
        for child in running where child.isRunning {
            child.terminate()
            child.waitUntilExit()
        }
        for tree in trees { Self.removeWorktree(tree.path, of: tree.repository) }
        for folder in scratch { try? FileManager.default.removeItem(at: folder) }
        log("hundredfold: interrupted; temporary worktree removed\n")
        exit(128 + signalNumber)
    }

    /// `git worktree remove --force`, then the folder itself if git left it, then a prune.
    static func removeWorktree(_ path: URL, of repository: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "worktree", "remove", "--force", path.path]
        process.currentDirectoryURL = repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) != nil { process.waitUntilExit() }
        try? FileManager.default.removeItem(at: path)
        let prune = Process()
        prune.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        prune.arguments = ["git", "worktree", "prune"]
        prune.currentDirectoryURL = repository
        prune.standardOutput = FileHandle.nullDevice
        prune.standardError = FileHandle.nullDevice
        if (try? prune.run()) != nil { prune.waitUntilExit() }
    }
}
