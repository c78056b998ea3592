import Foundation

/// A git working tree, asked questions by running `git` as a child process.
///
/// Every path it returns or reads is relative to ``root``; reading a file checks with
/// ``RepositoryPath`` that it stays inside the repository.
public struct GitRepository: Sendable {
    /// The top folder of the working tree (symlinks resolved).
    public let root: URL

    /// Finds the repository containing `directory`; throws ``DiffError/notARepository(_:)``.
    public init(containing directory: URL) throws {
        let result = try GitProcess.run(["rev-parse", "--show-toplevel"], in: directory)
        guard result.status == 0 else { throw DiffError.notARepository(directory.lastPathComponent) }
        let path = DiffPath.decode(result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
        root = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }

    /// The repository containing `directory`, or nil when it is not inside one.
    public static func find(containing directory: URL) -> GitRepository? {
        try? GitRepository(containing: directory)
    }

    // MARK: - Refs

    /// The full commit ID `ref` names; throws ``DiffError/unknownRef(_:)`` when it names none.
    public func resolve(_ ref: String) throws -> String {
        guard !ref.hasPrefix("-") else { throw DiffError.unknownRef(ref) }
        let result = try git(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(ref)^{commit}"])
        guard result.status == 0 else { throw DiffError.unknownRef(ref) }
        return DiffPath.decode(result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The best common ancestor of two commits (what `base...head` diffs against).
    public func mergeBase(_ first: String, _ second: String) throws -> String {
        let result = try git(["merge-base", try resolve(first), try resolve(second)])
        guard result.status == 0 else {
            throw DiffError.gitFailed(
                command: "git merge-base \(first) \(second)", message: "the two refs share no history")
        }
        return DiffPath.decode(result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Diffs and files

    /// The unified diff from `base` to `head` (a commit), or to the working tree when `head` is nil,
    /// with renames detected and fixed `a/`/`b/` prefixes whatever the user's git config says.
    public func diff(from base: String, to head: String?) throws -> [UInt8] {
        var arguments = [
            "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames",
            "--src-prefix=a/", "--dst-prefix=b/", try resolve(base),
        ]
        if let head { arguments.append(try resolve(head)) }
        let result = try git(arguments + ["--"])
        guard result.status == 0 else {
            throw DiffError.gitFailed(command: "git diff", message: DiffPath.decode(result.stderr))
        }
        return result.stdout
    }

    /// The content of `path` at commit `ref` (`git show REF:path`), or nil when it does not exist
    /// there or is not a regular file.
    public func contents(of path: String, at ref: String) throws -> [UInt8]? {
        guard RepositoryPath.isSafeRelative(path) else { return nil }
        let commit = try resolve(ref)
        let type = try git(["cat-file", "-t", "\(commit):\(path)"])
        guard type.status == 0, DiffPath.decode(type.stdout).hasPrefix("blob") else { return nil }
        let mode = try git(["ls-tree", commit, "--", path])
        guard !DiffPath.decode(mode.stdout).hasPrefix("120000") else { return nil }
        let result = try git(["show", "--no-textconv", "\(commit):\(path)"])
        return result.status == 0 ? result.stdout : nil
    }

    /// The content of `path` in the working tree, or nil when it is missing or lies outside the
    /// repository (through `..`, an absolute path, or a symlink pointing out).
    public func workingTreeContents(of path: String) -> [UInt8]? {
        guard let url = RepositoryPath.resolve(path, in: root),
            let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        return [UInt8](data)
    }

    /// Every file git tracks, relative to the root, in git's order.
    public func trackedFiles() throws -> [String] {
        let result = try git(["ls-files", "-z"])
        guard result.status == 0 else {
            throw DiffError.gitFailed(command: "git ls-files", message: DiffPath.decode(result.stderr))
        }
        return result.stdout.split(separator: 0).map { DiffPath.decode($0) }
    }

    private func git(_ arguments: [String]) throws -> GitProcess.Result {
        try GitProcess.run(arguments, in: root)
    }
}
