import Foundation
import HundredfoldCore

/// A temporary `git worktree` of one commit, detached, removed by ``remove()`` or on interrupt.
struct Worktree {
    var repository: URL
    var path: URL
    private let cleanup: SignalCleanup.Registration

    init(repository: URL, commit: String, scratch: URL, name: String) throws {
        let path = scratch.appendingPathComponent(name, isDirectory: true)
        self.repository = repository
        self.path = path
        cleanup = SignalCleanup.onInterrupt { Self.remove(path, of: repository) }
        do {
            _ = try ChildProcesses.git(
                ["worktree", "add", "--detach", "--quiet", path.path, commit], in: repository)
        } catch let failure as GitCommandFailure {
            remove()
            throw PreMergeError.worktree(message: failure.message)
        }
    }

    /// Removes the worktree now (and no longer on interrupt).
    func remove() {
        SignalCleanup.remove(cleanup)
        Self.remove(path, of: repository)
    }

    /// `git worktree remove --force`, then the folder itself if git left it, then a prune.
    private static func remove(_ path: URL, of repository: URL) {
        let git = URL(fileURLWithPath: "/usr/bin/env")
        _ = try? ProcessRunner.run(git, ["git", "worktree", "remove", "--force", path.path], in: repository)
        try? FileManager.default.removeItem(at: path)
        _ = try? ProcessRunner.run(git, ["git", "worktree", "prune"], in: repository)
    }
}
