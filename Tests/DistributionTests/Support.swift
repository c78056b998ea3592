import Foundation
import TestSupport

/// The checkout these tests run from: the action, the Dockerfile, the hook and the schemas.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ path: String) -> URL { url.appendingPathComponent(path) }

    static func read(_ path: String) throws -> String { try String(contentsOf: file(path), encoding: .utf8) }
}

/// A program on `PATH`, for tests that skip (saying how to enable them) when it is missing.
enum Tool {
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map {
            URL(fileURLWithPath: String($0)).appendingPathComponent(name)
        }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `name ARGUMENTS` found on `PATH`.
    static func run(
        _ name: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: Data? = nil
    ) throws -> HundredfoldBinary.Result {
        guard let url = find(name) else { throw Missing(name: name) }
        return try ChildProcess.run(url, arguments, in: directory, environment: environment, stdin: stdin)
    }

    /// Whether python3 can import jsonschema and PyYAML (the schema tests' validator).
    static let pythonHasSchemaModules =
        (try? run("python3", ["-c", "import jsonschema, yaml"]).exitCode) == 0

    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not on PATH" }
    }
}

extension HundredfoldBinary.Result {
    var log: String { "exit \(exitCode)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
}
