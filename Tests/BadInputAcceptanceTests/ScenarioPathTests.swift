import Foundation
import TestSupport
import Testing

@Suite("Scenario SQL and paths: located errors, nothing read outside the repository")
struct ScenarioPathTests {
    private static func scenario(schema: String, step: String = "- query: SELECT 1") -> String {
        """
        name: paths
        schema: \(schema)
        workload:
          steps:
            \(step)
        requests: 1
        scales: [1]

        """
    }

    /// Runs `run Scenarios/s.yml --out report.json` in a fresh project; `prepare` adds files.
    private func run(_ text: String, label: String, prepare: (Project) throws -> Void = { _ in }) throws
        -> GuardedResult
    {
        let project = try Project()
        defer { project.remove() }
        try project.write(text, to: "Scenarios/s.yml")
        try project.write(sentinel, to: "report.json")
        try prepare(project)
        try project.commitAll()
        let before = project.files()
        let result = try project.run(["run", "Scenarios/s.yml", "--out", "report.json"], label: label)
        expectNothingLeft(project, before: before, result: result)
        return result
    }

    @Test("An unknown table in the 3rd statement of a multi-statement schema: that statement's line")
    func thirdStatementUnknownTable() throws {
        let text = """
            name: ms
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER);
              CREATE INDEX orders_missing ON nosuch(user_id);
            workload:
              steps:
                - query: SELECT 1

            """
        let line = lineOf("CREATE INDEX orders_missing", in: text)
        expectRefused(try run(text, label: "schema 3rd statement: no such table"), file: "s.yml", line: line...line)
    }

    @Test("A syntax error in the 3rd statement of a multi-statement schema: that statement's line")
    func thirdStatementSyntax() throws {
        let text = """
            name: ms
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER);
              CREATE TABLE broken(id INTEGER PRIMARY KEY,, x);
            workload:
              steps:
                - query: SELECT 1

            """
        let line = lineOf("CREATE TABLE broken", in: text)
        expectRefused(try run(text, label: "schema 3rd statement: syntax"), file: "s.yml", line: line...line)
    }

    @Test("An unknown table in the 3rd statement of a schema .sql file: located in that file")
    func thirdStatementInFile() throws {
        let sql = """
            CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
            CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER);
            CREATE INDEX orders_missing ON nosuch(user_id);

            """
        let result = try run(Self.scenario(schema: "../schema.sql"), label: "schema file 3rd statement") {
            try $0.write(sql, to: "schema.sql")
        }
        expectRefused(result, file: "schema.sql", line: 3...3)
    }

    @Test("schema: /etc/passwd is refused; nothing of it is read")
    func schemaAbsoluteOutside() throws {
        let text = Self.scenario(schema: "/etc/passwd")
        let line = lineOf("schema:", in: text)
        expectRefused(
            try run(text, label: "schema: /etc/passwd"), file: "s.yml", line: line...line,
            never: ["root", "passwd:"])
    }

    @Test("schema: ../../outside.sql (an existing file outside the repository) is refused")
    func schemaRelativeOutside() throws {
        let text = Self.scenario(schema: "../../outside/outside.sql")
        let line = lineOf("schema:", in: text)
        let result = try run(text, label: "schema: ../../outside") { project in
            try Data("CREATE TABLE secret_outside(id INTEGER PRIMARY KEY);\n".utf8)
                .write(to: project.outside.appendingPathComponent("outside.sql"))
        }
        expectRefused(result, file: "s.yml", line: line...line)
    }

    @Test("schema: a symbolic link inside the repository pointing outside it is refused")
    func schemaSymlinkOutside() throws {
        let text = Self.scenario(schema: "../link.sql")
        let line = lineOf("schema:", in: text)
        let result = try run(text, label: "schema: symlink out") { project in
            let target = project.outside.appendingPathComponent("outside.sql")
            try Data("CREATE TABLE secret_outside(id INTEGER PRIMARY KEY);\n".utf8).write(to: target)
            try FileManager.default.createSymbolicLink(
                at: project.url.appendingPathComponent("link.sql"), withDestinationURL: target)
        }
        expectRefused(result, file: "s.yml", line: line...line)
    }

    @Test("sql_file: /etc/passwd is refused; nothing of it is read")
    func sqlFileAbsoluteOutside() throws {
        let text = Self.scenario(schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);", step: "- sql_file: /etc/passwd")
        let line = lineOf("sql_file:", in: text)
        expectRefused(
            try run(text, label: "sql_file: /etc/passwd"), file: "s.yml", line: line...line,
            never: ["root", "passwd:"])
    }

    @Test("sql_file: ../../outside.sql is refused")
    func sqlFileRelativeOutside() throws {
        let text = Self.scenario(
            schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);", step: "- sql_file: ../../outside/q.sql")
        let line = lineOf("sql_file:", in: text)
        let result = try run(text, label: "sql_file: ../../outside") { project in
            try Data("SELECT id FROM t;\n".utf8).write(to: project.outside.appendingPathComponent("q.sql"))
        }
        expectRefused(result, file: "s.yml", line: line...line)
    }

    @Test("sql_file: naming a folder says it is a folder, not that it is missing")
    func sqlFileFolder() throws {
        let text = Self.scenario(schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);", step: "- sql_file: ../queries")
        let line = lineOf("sql_file:", in: text)
        let result = try run(text, label: "sql_file: folder") { project in
            try project.write("SELECT id FROM t;\n", to: "queries/list.sql")
        }
        expectRefused(
            result, file: "s.yml", line: line...line, mentionsOneOf: ["folder", "directory"],
            never: ["no such file"])
    }

    @Test("schema: naming a missing file")
    func schemaMissing() throws {
        let text = Self.scenario(schema: "../missing.sql")
        let line = lineOf("schema:", in: text)
        expectRefused(try run(text, label: "schema: missing"), file: "s.yml", line: line...line)
    }
}
