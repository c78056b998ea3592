import Foundation
import TestSupport

/// A real git repository in a temporary folder, built commit by commit.
struct TestRepository {
    let directory: TemporaryDirectory
    /// The repository's folder: the temporary folder itself, or a folder inside it.
    let url: URL

    /// A new repository; with `subfolder`, it lives one level inside the temporary folder, so a
    /// test can put files beside it (outside the repository).
    init(subfolder: String? = nil) throws {
        directory = try TemporaryDirectory(prefix: "hundredfold-repository-acceptance")
        if let subfolder {
            url = directory.url.appendingPathComponent(subfolder, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            url = directory.url
        }
        try Git.run(["init", "-q", "-b", "main"], in: url)
        try Git.run(["config", "core.autocrlf", "false"], in: url)
        try Git.run(["config", "core.symlinks", "true"], in: url)
    }

    /// Writes `files` (nil deletes the file), stages everything and commits.
    func commit(_ files: [String: Data?], message: String = "change") throws {
        for (path, contents) in files {
            let file = url.appendingPathComponent(path)
            if let contents {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: file)
            } else {
                try FileManager.default.removeItem(at: file)
            }
        }
        try stageAndCommit(message)
    }

    func commit(text files: [String: String?], message: String = "change") throws {
        try commit(files.mapValues { $0.map { Data($0.utf8) } }, message: message)
    }

    /// Replaces the whole working tree (except `.git`) with a copy of `tree` and commits.
    func commitTree(_ tree: URL, message: String) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: url.path) where entry != ".git" {
            try manager.removeItem(at: url.appendingPathComponent(entry))
        }
        for entry in try manager.contentsOfDirectory(atPath: tree.path) {
            try manager.copyItem(
                at: tree.appendingPathComponent(entry), to: url.appendingPathComponent(entry))
        }
        try stageAndCommit(message)
    }

    /// Creates a symbolic link at `path` (inside the repository) pointing at `destination`.
    func symlink(_ path: String, to destination: String) throws {
        let link = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: destination)
    }

    /// The scan's cache folder inside the repository.
    var cacheFolder: URL { url.appendingPathComponent(".hundredfold/cache", isDirectory: true) }

    func git(_ arguments: [String]) throws -> String { try Git.run(arguments, in: url).stdout }

    func remove() { directory.remove() }

    private func stageAndCommit(_ message: String) throws {
        try Git.run(["add", "-A"], in: url)
        try Git.run(["commit", "-q", "--allow-empty", "--no-verify", "-m", message], in: url)
    }
}
