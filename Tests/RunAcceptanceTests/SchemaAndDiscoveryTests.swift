import Foundation
import TestSupport
import Testing

/// Schema forms (inline, `.sql` file, migrations folder), `sql_file:` steps, and how scenario files
/// are found (several per file, folders, the default `Scenarios/`).
@Suite(.timeLimit(.minutes(2)))
struct SchemaAndDiscoveryTests {
    private static let body = """
        data:
          t: { rows: 40, columns: { v: { int: [1, 10] } } }
        workload:
          steps:
            - query: SELECT id FROM t WHERE v = 3
        requests: 1
        scales: [1, 2]
        seed: 4
        """

    @Test("schema: a .sql file, relative to the YAML file (not the working directory)")
    func schemaFile() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            "CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL);\nCREATE INDEX t_v ON t(v);\n",
            to: "scen/db/schema.sql")
        try ws.write("name: from-file\nschema: db/schema.sql\n\(Self.body)\n", to: "scen/s.yml")
        let (result, report) = try ws.runReport(["scen/s.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let figures = report.scenario("from-file").scale(1)
        #expect(figures["table_rows"]["t"].int == 40)
        #expect(figures["full_scans"].array.isEmpty, "the file's index was created: \(figures["full_scans"])")
    }

    @Test("schema: a folder of migrations applied in name order; other files ignored")
    func migrationsFolder() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        // Written in reverse so creation order is not name order; each depends on the previous.
        try ws.write("CREATE INDEX t_w ON t(w);\n", to: "migrations/010_index_w.sql")
        try ws.write(
            "ALTER TABLE t ADD COLUMN w INTEGER NOT NULL DEFAULT 0;\n", to: "migrations/002_add_w.sql")
        try ws.write(
            "CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL);\n", to: "migrations/001_create.sql")
        try ws.write("this is not SQL and must be ignored\n", to: "migrations/README.md")
        try ws.write(
            """
            name: migrated
            schema: migrations
            data:
              t: { rows: 40, columns: { v: { int: [1, 10] }, w: { int: [1, 5] } } }
            workload:
              steps:
                - query: SELECT id FROM t WHERE w = 3
            requests: 1
            scales: [1, 2]
            seed: 4
            """, to: "m.yml")
        let (result, report) = try ws.runReport(["m.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let figures = report.scenario("migrated").scale(1)
        #expect(figures["full_scans"].array.isEmpty, "010's index on w is used: \(figures["full_scans"])")
        let returned = figures["rows_returned_per_request"].double ?? 0
        #expect(
            returned > 0 && returned < 40,
            "w was generated from its description, not the DEFAULT 0: \(returned)")
    }

    @Test("schema: a migrations folder written as `folder/` with a trailing slash also works")
    func migrationsFolderTrailingSlash() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL);\n", to: "db/001.sql")
        try ws.write("name: slash\nschema: db/\n\(Self.body)\n", to: "s.yml")
        let (result, report) = try ws.runReport(["s.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(report.scenario("slash").scale(2)["table_rows"]["t"].int == 80)
    }

    @Test("sql_file: steps run a query kept in a file, with parameters and `as:`")
    func sqlFileStep() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("SELECT id\n  FROM orders\n WHERE user_id = :user_id\n", to: "scen/queries/by_user.sql")
        try ws.write(
            Fixtures.nPlusOne(scales: "[1, 10]").replacingOccurrences(
                of: "    - query: SELECT id FROM orders WHERE user_id = :user_id",
                with: "    - sql_file: queries/by_user.sql"), to: "scen/n1.yml")
        let (result, report) = try ws.runReport(["scen/n1.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("nplus1")
        #expect(scenario.scale(1)["queries_per_request"]["mean"].double == 11)
        #expect(scenario.scale(10)["queries_per_request"]["mean"].double == 101)
    }

    @Test("Several scenarios per file (---) all run, in file order")
    func severalPerFile() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            "# leading comment\n---\n" + Fixtures.batched(name: "second-b") + "\n---\n"
                + Fixtures.nPlusOne(name: "first-a", scales: "[1, 2]") + "\n...\n", to: "multi.yml")
        let (result, report) = try ws.runReport(["multi.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let names = report["scenarios"].array.compactMap { $0["name"].string }
        #expect(names == ["second-b", "first-a"], "\(names)")
        #expect(report.scenario("first-a")["file"].string == "multi.yml")
    }

    @Test("A folder is searched recursively for *.yml and *.yaml, in name order; other files ignored")
    func folderOfScenarios() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(name: "c"), to: "suite/nested/c.yml")
        try ws.write(Fixtures.batched(name: "b"), to: "suite/b.yml")
        try ws.write(Fixtures.batched(name: "a"), to: "suite/a.yaml")
        try ws.write("name: not-a-scenario\n", to: "suite/notes.txt")
        try ws.write("garbage: [\n", to: "suite/broken.yml.bak")
        let (result, report) = try ws.runReport(["suite"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let names = report["scenarios"].array.compactMap { $0["name"].string }
        #expect(names == ["a", "b", "c"], "\(names)")
        let files = report["scenarios"].array.compactMap { $0["file"].string }
        #expect(files == ["suite/a.yaml", "suite/b.yml", "suite/nested/c.yml"], "\(files)")
    }

    @Test("Files and folders can be mixed on the command line")
    func mixedPaths() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(name: "in-folder"), to: "dir/x.yml")
        try ws.write(Fixtures.batched(name: "single"), to: "single.yaml")
        let (result, report) = try ws.runReport(["single.yaml", "dir"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let names = Set(report["scenarios"].array.compactMap { $0["name"].string })
        #expect(names == ["in-folder", "single"])
    }

    @Test("With no path, scenarios are read from Scenarios/ in the working directory")
    func defaultScenariosFolder() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(name: "default-one"), to: "Scenarios/one.yml")
        try ws.write(Fixtures.nPlusOne(name: "default-two", scales: "[1, 2]"), to: "Scenarios/more/two.yaml")
        try ws.write(Fixtures.batched(name: "elsewhere"), to: "Other/three.yml")
        let (result, report) = try ws.runReport([])
        #expect(result.exitCode == 0, "\(describe(result))")
        let names = report["scenarios"].array.compactMap { $0["name"].string }
        #expect(
            names == ["default-two", "default-one"] || names == ["default-one", "default-two"], "\(names)")
        #expect(!names.contains("elsewhere"))
    }

    @Test("With no path and no Scenarios/ folder: exit 2 naming Scenarios/")
    func noDefaultFolder() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let result = try ws.run(["run"])
        #expect(result.exitCode == 2, "\(describe(result))")
        #expect(result.stderr.contains("Scenarios"), "\(describe(result))")
    }

    @Test("A folder without any scenario file is bad input, not an empty success")
    func emptyFolder() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("nothing here\n", to: "empty/readme.txt")
        let result = try ws.run(["run", "empty"])
        #expect(result.exitCode == 2, "\(describe(result))")
        #expect(result.stderr.contains("empty"), "\(describe(result))")
        let said = result.stderr.lowercased()
        #expect(
            said.contains("scenario") || said.contains(".yml") || said.contains("yaml"),
            "says no scenario file was found: \(describe(result))")
    }

    @Test("Two scenarios with the same name in one run: exit 2 naming the second one's location")
    func duplicateNames() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(name: "same"), to: "a.yml")
        let second = Fixtures.nPlusOne(name: "same")
        try ws.write(second, to: "b.yml")
        let result = try ws.run(["run", "a.yml", "b.yml"])
        expectBadInput(result, file: "b.yml", line: 1...1, mentions: ["same"])
    }
}
