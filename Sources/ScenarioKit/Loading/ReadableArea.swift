import Foundation
import HundredfoldCore

/// Where the files a scenario names (`schema:`, `sql_file:`) may be: inside the git repository
/// that holds the scenario file (outside any repository: the working directory, or the scenario's
/// own folder when it lies elsewhere), or inside a folder that `hundredfold.yml` allows under
/// `scenarios.allow_paths`.
///
/// A scenario arrives with a pull request, and what it reads can reach an error message, a report
/// or a PR comment; so a path that leaves the repository (`/etc/passwd`, `../../secrets`, or a
/// symbolic link pointing out) is refused before it is read.
struct ReadableArea: Sendable {
    private let folders: [URL]

    /// The area for a scenario file in `folder`, loaded from `workingDirectory`.
    init(scenarioFolder folder: URL, workingDirectory: URL, allowed: [URL]) {
        let own =
            FolderContainment.repositoryRoot(containing: folder)
            ?? (FolderContainment.isInside(folder, workingDirectory) ? workingDirectory : folder)
        folders = [own] + allowed
    }

    /// Whether `url` (after resolving symbolic links) lies inside one of the folders.
    func permits(_ url: URL) -> Bool {
        folders.contains { FolderContainment.isInside(url, $0) }
    }
}
