import Foundation

/// Whether a path lies inside a folder once symbolic links are resolved, and which repository a
/// folder belongs to: the checks that keep file access inside a repository (a diff or a scenario
/// can name `../../etc/passwd`, and a symlink inside the tree can point anywhere).
public enum FolderContainment {
    /// `url` with `.` and `..` folded and every symbolic link resolved.
    public static func resolved(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath().standardizedFileURL
    }

    /// Whether `url` is `folder` or lies inside it, both with symbolic links resolved.
    public static func isInside(_ url: URL, _ folder: URL) -> Bool {
        let path = resolved(url).path
        let base = resolved(folder).path
        return base == "/" || path == base || path.hasPrefix(base + "/")
    }

    /// The nearest folder at or above `directory` that holds `.git` (a folder, or a worktree's
    /// file), symbolic links resolved; nil outside any repository. Found without starting git.
    public static func repositoryRoot(containing directory: URL) -> URL? {
        var folder = resolved(directory)
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path else { return nil }
            folder = parent
        }
    }
}
