import Foundation

/// Where the files a scenario names (`schema:`, `sql_file:`) may be: inside the git repository
/// that holds the scenario file (outside any repository: the working directory, or the scenario's
/// own folder when it lies elsewhere), or inside a folder that `hundredfold.yml` allows under
/// `scenarios.allow_paths`.
///
/// A scenario arrives with a pull request, and what it reads can reach an error message, a report
/// or a PR comment; so a path that leaves the repository (`/etc/passwd`, `../../secrets`, or a
/// symbolic link pointing out) is refused before it is read.
struct ReadableArea: Sendable {
    /// Resolved absolute folder paths, without a trailing `/`.
    private let folders: [String]

    /// The area for a scenario file in `folder`, loaded from `workingDirectory`.
    init(scenarioFolder folder: URL, workingDirectory: URL, allowed: [URL]) {
        let own =
            Self.repositoryRoot(containing: folder)
            ?? (Self.isInside(Self.resolved(folder), Self.resolved(workingDirectory))
                ? workingDirectory : folder)
        folders = ([own] + allowed).map(Self.resolved)
    }

    /// Whether `url` (after resolving symbolic links) lies inside one of the folders.
    func permits(_ url: URL) -> Bool {
        let path = Self.resolved(url)
        return folders.contains { Self.isInside(path, $0) }
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    private static func resolved(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The nearest folder at or above `folder` that holds `.git` (a folder, or a worktree's file).
    private static func repositoryRoot(containing folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) {
                return current
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
