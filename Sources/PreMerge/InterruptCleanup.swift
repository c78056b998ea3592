import Foundation

/// Removes the job's temporary worktrees on every way out: normal return, a thrown error, and
/// Ctrl-C or SIGTERM (the running child is stopped first, then the worktrees are removed, then the
/// process exits with 128 + the signal number).
final class InterruptCleanup: @unchecked Sendable {
    static let shared = InterruptCleanup()

    private let lock = NSLock()
    private var worktrees: [(repository: URL, path: URL)] = []
    private var children: [Process] = []
    private var sources: [DispatchSourceSignal] = []

    /// Starts handling SIGINT and SIGTERM (idempotent).
    func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                self?.interrupted(by: signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    func register(worktree path: URL, of repository: URL) {
        lock.withLock { worktrees.append((repository, path)) }
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
        let (running, trees) = lock.withLock { (children, worktrees) }
        for child in running where child.isRunning {
            child.terminate()
            child.waitUntilExit()
        }
        for tree in trees { Self.removeWorktree(tree.path, of: tree.repository) }
        FileHandle.standardError.write(Data("hundredfold: interrupted; temporary worktree removed\n".utf8))
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
