import Foundation
import HundredfoldCore

/// Keeps file access inside a repository: a diff can name any path (`../../etc/passwd`, `/etc/x`),
/// and a symlink inside the tree can point anywhere.
public enum RepositoryPath {
    /// True when `path` is relative, non-empty, and has no `..` component.
    public static func isSafeRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The file `path` names inside `root` after resolving every symlink, or nil when the path is
    /// unsafe, missing, not a regular file, or resolves to somewhere outside `root`.
    public static func resolve(_ path: String, in root: URL) -> URL? {
        guard isSafeRelative(path) else { return nil }
        let target = FolderContainment.resolved(root.appendingPathComponent(path))
        guard FolderContainment.isInside(target, root) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory),
            !isDirectory.boolValue
        else { return nil }
        return target
    }
}
