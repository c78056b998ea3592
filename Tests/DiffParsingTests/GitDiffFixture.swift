import DiffParsing
import Foundation
import TestSupport

/// A temporary git repository for producing real diffs; removed by ``remove()``.
struct GitDiffFixture {
    let directory: TemporaryDirectory
    var url: URL { directory.url }

    init() throws {
        directory = try TemporaryDirectory(prefix: "hundredfold-diff")
        try git("init", "-q", "-b", "main")
        try git("config", "core.fileMode", "true")
        try git("config", "core.autocrlf", "false")
    }

    /// Writes raw bytes to `path`.
    func write(_ bytes: [UInt8], to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try Git.run(arguments, in: url).stdout
    }

    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// Runs a diff-producing git command with `--output`, so the bytes arrive unchanged.
    func diffBytes(_ arguments: String...) throws -> [UInt8] {
        let output = url.appendingPathComponent("../\(url.lastPathComponent).diff").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: output) }
        try Git.run(arguments + ["--output=\(output.path)"], in: url)
        return [UInt8](try Data(contentsOf: output))
    }

    /// Parses the diff a git command prints.
    func parse(_ arguments: String...) throws -> [FileDiff] {
        let output = url.appendingPathComponent("../\(url.lastPathComponent).diff").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: output) }
        try Git.run(arguments + ["--output=\(output.path)"], in: url)
        return try DiffParser(source: "test.diff").parse([UInt8](try Data(contentsOf: output)))
    }

    func remove() {
        directory.remove()
    }
}
