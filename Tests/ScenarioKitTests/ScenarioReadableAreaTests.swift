import Foundation
import HundredfoldCore
import TestSupport
import Testing

@testable import ScenarioKit

/// Files a scenario names stay inside the repository that holds it, unless `hundredfold.yml`
/// allows a folder: a scenario from a pull request cannot read the rest of the machine.
@Suite struct ScenarioReadableAreaTests {
    static let workload = "workload: { steps: [ { query: SELECT 1 } ] }\n"

    /// A git repository `repo/` inside a temporary folder, with `outside/schema.sql` beside it.
    func layout() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        _ = try folder.write("CREATE TABLE t(x INTEGER);\n", to: "outside/schema.sql")
        _ = try folder.write("CREATE TABLE t(x INTEGER);\n", to: "repo/db/schema.sql")
        return folder
    }

    func load(_ yaml: String, in folder: TemporaryDirectory, allowed: [String] = []) throws -> [Scenario] {
        _ = try folder.write(yaml, to: "repo/Scenarios/s.yml")
        let repo = folder.url.appendingPathComponent("repo")
        let allowedFolders = allowed.map { URL(fileURLWithPath: $0, relativeTo: repo).standardizedFileURL }
        return try ScenarioLoader(workingDirectory: repo, allowedFolders: allowedFolders)
            .load(paths: ["Scenarios/s.yml"])
    }

    func refusal(_ yaml: String, in folder: TemporaryDirectory) throws -> Diagnostic? {
        do {
            _ = try load(yaml, in: folder)
            Issue.record("expected the path to be refused")
            return nil
        } catch let error as ScenarioError {
            return error.diagnostic
        }
    }

    @Test func aPathInsideTheRepositoryIsRead() throws {
        let folder = try layout()
        defer { folder.remove() }
        let scenarios = try load("name: a\nschema: ../db/schema.sql\n" + Self.workload, in: folder)
        #expect(scenarios.first?.schema.first?.sql.contains("CREATE TABLE t") == true)
    }

    @Test(arguments: ["../../outside/schema.sql", "/etc/passwd", "/etc/hostname.sql"])
    func aSchemaOutsideTheRepositoryIsRefusedWithoutReadingIt(path: String) throws {
        let folder = try layout()
        defer { folder.remove() }
        let found = try #require(try refusal("name: a\nschema: \(path)\n" + Self.workload, in: folder))
        #expect(found.location == SourceLocation(file: "Scenarios/s.yml", line: 2, column: 9))
        #expect(found.keyPath == "schema")
        #expect(found.message == "'\(path)' is outside the repository; a scenario reads only files inside it")
        #expect(found.hint?.contains("allow_paths") == true)
        #expect(!found.description.contains("root:"))
    }

    @Test func anSQLFileOutsideTheRepositoryIsRefused() throws {
        let folder = try layout()
        defer { folder.remove() }
        let yaml =
            "name: a\nschema: CREATE TABLE t(x)\nworkload:\n  steps:\n    - sql_file: ../../outside/schema.sql\n"
        let found = try #require(try refusal(yaml, in: folder))
        #expect(found.keyPath == "workload.steps[0].sql_file")
        #expect(found.location?.line == 5)
    }

    /// A symbolic link inside the repository that points out of it is judged by where it points.
    @Test func aSymbolicLinkLeavingTheRepositoryIsRefused() throws {
        let folder = try layout()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("repo/db/linked.sql"),
            withDestinationURL: folder.url.appendingPathComponent("outside/schema.sql"))
        let found = try #require(
            try refusal("name: a\nschema: ../db/linked.sql\n" + Self.workload, in: folder))
        #expect(found.message.hasPrefix("'../db/linked.sql' is outside the repository"))
    }

    @Test func aFolderAllowedInTheSettingsIsRead() throws {
        let folder = try layout()
        defer { folder.remove() }
        let scenarios = try load(
            "name: a\nschema: ../../outside/schema.sql\n" + Self.workload, in: folder, allowed: ["../outside"]
        )
        #expect(scenarios.first?.schema.first?.sql.contains("CREATE TABLE t") == true)
        #expect(throws: ScenarioError.self) {
            try load("name: a\nschema: /etc/passwd\n" + Self.workload, in: folder, allowed: ["../outside"])
        }
    }

    /// Outside any repository, the working directory is the area.
    @Test func withoutARepositoryTheWorkingDirectoryIsTheArea() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try folder.write("CREATE TABLE t(x);\n", to: "work/schema.sql")
        _ = try folder.write("name: a\nschema: sub/../schema.sql\n" + Self.workload, to: "work/s.yml")
        _ = try folder.write("name: b\nschema: ../secret.sql\n" + Self.workload, to: "work/t.yml")
        _ = try folder.write("CREATE TABLE t(x);\n", to: "secret.sql")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("work/sub"), withIntermediateDirectories: true)
        let loader = ScenarioLoader(workingDirectory: folder.url.appendingPathComponent("work"))
        #expect(try loader.load(paths: ["s.yml"]).count == 1)
        #expect(throws: ScenarioError.self) { try loader.load(paths: ["t.yml"]) }
    }
}
