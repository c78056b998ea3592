import Foundation
import HundredfoldCore

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

    /// The repository containing `directory`, or nil when it is not inside one. Found by looking
    /// for `.git` in the folder and its parents, without starting git (a diff scan only reads the
    /// working tree).
    public static func find(containing directory: URL) -> GitRepository? {
        FolderContainment.repositoryRoot(containing: directory).map(GitRepository.init(root:))
    }

    private init(root: URL) {
        self.root = root
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
        let commits = (try resolve(first), try resolve(second))
        // A commit is its own merge base (`--base HEAD`): no git to run.
        if commits.0 == commits.1 { return commits.0 }
        let result = try git(["merge-base", commits.0, commits.1])
        guard result.status == 0 else {
            throw DiffError.gitFailed(
                command: "git merge-base \(first) \(second)", message: "the two refs share no history")
        }
        return DiffPath.decode(result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Diffs and files

    /// The unified diff from `base` to `head` (a commit), or to the working tree when `head` is nil,
    /// with renames detected and fixed `a/`/`b/` prefixes whatever the user's git config says.
    /// A full object ID (what ``resolve(_:)`` and ``mergeBase(_:_:)`` return) is used as it is.
    public func diff(from base: String, to head: String?) throws -> [UInt8] {
        var arguments = [
            "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames",
            "--src-prefix=a/", "--dst-prefix=b/", Self.isObjectID(base) ? base : try resolve(base),
        ]
        if let head { arguments.append(Self.isObjectID(head) ? head : try resolve(head)) }
        let result = try git(arguments + ["--"])
        guard result.status == 0 else {
            throw DiffError.gitFailed(command: "git diff", message: DiffPath.decode(result.stderr))
        }
        return result.stdout
    }

    /// The content of `path` at commit `ref` (the blob `git show REF:path` prints), or nil when
    /// it does not exist there or is not a regular file (a symlink's blob is its target's name).
    public func contents(of path: String, at ref: String) throws -> [UInt8]? {
        try contents(of: [path], at: ref)[path]
    }

    /// The contents of many files at commit `ref`, by path; paths that do not name a regular file
    /// there are absent. Two git processes in all, whatever the number of files: `ls-tree` for
    /// the entries' modes and objects, `cat-file --batch` for the blobs.
    public func contents(of paths: [String], at ref: String) throws -> [String: [UInt8]] {
        let safe = paths.filter(RepositoryPath.isSafeRelative)
        guard !safe.isEmpty else { return [:] }
        let commit = Self.isObjectID(ref) ? ref : try resolve(ref)
        var objects: [(path: String, object: String)] = []
        for start in stride(from: 0, to: safe.count, by: 500) {
            let chunk = Array(safe[start..<min(start + 500, safe.count)])
            let listing = try git(["--literal-pathspecs", "ls-tree", "-z", commit, "--"] + chunk)
            guard listing.status == 0 else {
                throw DiffError.gitFailed(command: "git ls-tree", message: DiffPath.decode(listing.stderr))
            }
            objects += GitObjects.blobs(inTreeListing: listing.stdout)
        }
        return try contents(of: objects)
    }

    /// The blobs of `objects` by path, read with one `git cat-file --batch`.
    private func contents(of objects: [(path: String, object: String)]) throws -> [String: [UInt8]] {
        guard !objects.isEmpty else { return [:] }
        let batch = try git(
            ["cat-file", "--batch"], input: Array(objects.map(\.object).joined(separator: "\n").utf8) + [10])
        guard batch.status == 0 else {
            throw DiffError.gitFailed(command: "git cat-file --batch", message: DiffPath.decode(batch.stderr))
        }
        let blobs = GitObjects.contents(inBatchOutput: batch.stdout)
        var result: [String: [UInt8]] = [:]
        for (path, object) in objects {
            result[path] = blobs[object]
        }
        return result
    }

    /// True for a full hexadecimal object ID (what ``resolve(_:)`` returns).
    private static func isObjectID(_ text: String) -> Bool {
        (text.count == 40 || text.count == 64) && text.allSatisfy(\.isHexDigit)
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

    /// Every regular file of commit `ref` (symbolic links and submodules left out), relative to
    /// the root, with the contents of those `include` accepts: two git processes in all.
    public func files(at ref: String, include: (String) -> Bool) throws -> [String: [UInt8]] {
        let commit = Self.isObjectID(ref) ? ref : try resolve(ref)
        let listing = try git(["ls-tree", "-r", "-z", commit])
        guard listing.status == 0 else {
            throw DiffError.gitFailed(command: "git ls-tree -r", message: DiffPath.decode(listing.stderr))
        }
        let objects = GitObjects.blobs(inTreeListing: listing.stdout).filter {
            RepositoryPath.isSafeRelative($0.path) && include($0.path)
        }
        return try contents(of: objects)
    }

    /// Files in the working tree that git does not track and does not ignore (new files not yet
    /// added), relative to the root.
    public func untrackedFiles() throws -> [String] {
        let result = try git(["ls-files", "-z", "--others", "--exclude-standard"])
        guard result.status == 0 else {
            throw DiffError.gitFailed(
                command: "git ls-files --others", message: DiffPath.decode(result.stderr))
        }
        return result.stdout.split(separator: 0).map { DiffPath.decode($0) }
    }

    private func git(_ arguments: [String], input: [UInt8]? = nil) throws -> ProcessRunner.Output {
        try GitProcess.run(arguments, in: root, input: input)
    }
}
