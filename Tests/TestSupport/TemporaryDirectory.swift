import Foundation

/// A fresh folder under the system's temporary directory, removed by ``remove()``.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init(prefix: String = "hundredfold-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `relativePath` inside the folder, creating subfolders; returns its URL.
    @discardableResult
    public func write(_ contents: String, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    /// Every file below the folder, as paths relative to it, sorted.
    public func listFiles() -> [String] {
        let base = url.resolvingSymlinksInPath().path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs git in a folder, for tests that build real repositories.
public enum Git {
    @discardableResult
    public static func run(_ arguments: [String], in directory: URL) throws -> HundredfoldBinary.Result {
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/git"), arguments, in: directory,
            environment: [
                "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
                "GIT_CONFIG_NOSYSTEM": "1", "HOME": directory.path,
            ])
        guard result.exitCode == 0 else {
            throw GitFailure(arguments: arguments, stderr: result.stderr)
        }
        return result
    }

    public struct GitFailure: Error, CustomStringConvertible {
        public var arguments: [String]
        public var stderr: String
        public var description: String { "git \(arguments.joined(separator: " ")) failed: \(stderr)" }
    }
}
