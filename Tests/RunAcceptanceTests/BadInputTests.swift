import Foundation
import TestSupport
import Testing

/// Bad input: exit 2, `FILE:LINE:COLUMN: error: KEY.PATH: message` on stderr, nothing run.
@Suite(.timeLimit(.minutes(2)))
struct BadInputTests {
    /// A valid scenario to break in one place.
    private static let good = """
        name: good
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total REAL NOT NULL);
        data:
          users: { rows: 10, fixed: true, columns: { name: { text: [5, 12] } } }
          orders:
            rows: 50
            columns:
              user_id: { ref: users.id }
              total: { real: [1, 500] }
        workload:
          params:
            user_id: { pick: users.id }
          steps:
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
        requests: 2
        scales: [1, 2]
        seed: 1
        """

    /// Writes `good` with `old` replaced by `new` to `bad.yml`, runs it, and returns the run and text.
    private func runBroken(
        replacing old: String, with new: String, extraArguments: [String] = []
    ) throws -> (HundredfoldBinary.Result, String, Workspace) {
        #expect(Self.good.contains(old), "fixture lacks \(old)")
        let text = Self.good.replacingOccurrences(of: old, with: new)
        let ws = try Workspace()
        try ws.write(text, to: "bad.yml")
        let result = try ws.run(["run", "bad.yml"] + extraArguments)
        return (result, text, ws)
    }

    @Test("The unbroken fixture is valid (so each failure below is caused by its one change)")
    func fixtureIsValid() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Self.good, to: "good.yml")
        let result = try ws.run(["run", "good.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
    }

    // MARK: - YAML and keys

    @Test("Malformed YAML: a mapping value where none is allowed, on its exact line")
    func malformedMappingValue() throws {
        let (result, text, ws) = try runBroken(replacing: "requests: 2", with: "requests: 2: 3")
        defer { ws.remove() }
        let line = lineOf("requests: 2: 3", in: text)
        expectBadInput(result, file: "bad.yml", line: line...line)
    }

    @Test("Malformed YAML: an unclosed flow sequence is reported at or just after its line")
    func malformedUnclosed() throws {
        let (result, text, ws) = try runBroken(replacing: "scales: [1, 2]", with: "scales: [1, 2")
        defer { ws.remove() }
        let line = lineOf("scales: [1, 2", in: text)
        expectBadInput(result, file: "bad.yml", line: line...(line + 1))
    }

    @Test("Malformed YAML: a tab used for indentation")
    func malformedTab() throws {
        let (result, text, ws) = try runBroken(replacing: "    rows: 50", with: "\trows: 50")
        defer { ws.remove() }
        let line = lineOf("\trows: 50", in: text)
        expectBadInput(result, file: "bad.yml", line: (line - 1)...line)
    }

    @Test("Unknown top-level key `requets`: suggests `requests`, at its line and column")
    func unknownTopLevelKey() throws {
        let (result, text, ws) = try runBroken(replacing: "requests: 2", with: "requets: 2")
        defer { ws.remove() }
        let line = lineOf("requets: 2", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, column: 1, mentions: ["requets", "requests"])
    }

    @Test("Unknown column generator `rel`: suggests `real`, with the column's key path")
    func unknownGenerator() throws {
        let (result, text, ws) = try runBroken(
            replacing: "total: { real: [1, 500] }", with: "total: { rel: [1, 500] }")
        defer { ws.remove() }
        let line = lineOf("rel: [1, 500]", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, column: columnOf("rel:", in: text),
            keyPath: "data.orders.columns.total", mentions: ["rel", "real"])
    }

    @Test("Unknown nested key `fixd` in a table: suggests `fixed`")
    func unknownTableKey() throws {
        let (result, text, ws) = try runBroken(
            replacing: "rows: 10, fixed: true", with: "rows: 10, fixd: true")
        defer { ws.remove() }
        let line = lineOf("fixd", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "data.users", mentions: ["fixd", "fixed"])
    }

    @Test("Unknown step key `qeury`: suggests `query`, with the step's key path")
    func unknownStepKey() throws {
        let (result, text, ws) = try runBroken(
            replacing: "        - query: SELECT total FROM orders WHERE id = :id",
            with: "        - qeury: SELECT total FROM orders WHERE id = :id")
        defer { ws.remove() }
        let line = lineOf("qeury", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[1].steps[0]",
            mentions: ["qeury", "query"])
    }

    @Test("Unknown budget figure: suggests the nearest figure name")
    func unknownBudgetFigure() throws {
        let (result, text, ws) = try runBroken(
            replacing: "seed: 1", with: "seed: 1\nbudget:\n  queries_per_requests: { max: 5 }")
        defer { ws.remove() }
        let line = lineOf("queries_per_requests", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line,
            mentions: ["queries_per_requests", "queries_per_request"])
    }

    @Test("Unknown growth class in a budget names the valid classes")
    func unknownGrowthClass() throws {
        let (result, text, ws) = try runBroken(
            replacing: "seed: 1", with: "seed: 1\nbudget:\n  queries_per_request: { growth: linearr }")
        defer { ws.remove() }
        let line = lineOf("linearr", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "budget.queries_per_request.growth",
            mentions: ["linearr", "linear"])
    }

    @Test("A missing required `name` is reported")
    func missingName() throws {
        let (result, _, ws) = try runBroken(replacing: "name: good\n", with: "")
        defer { ws.remove() }
        expectBadInput(result, file: "bad.yml", mentions: ["name"])
    }

    // MARK: - Types and values

    @Test("Wrong type `rows: many`: the key path and that an integer was expected")
    func wrongTypeRows() throws {
        let (result, text, ws) = try runBroken(replacing: "    rows: 50", with: "    rows: many")
        defer { ws.remove() }
        let line = lineOf("rows: many", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, column: columnOf("many", in: text),
            keyPath: "data.orders.rows", mentions: ["many"], mentionsOneOf: ["integer", "number"])
    }

    @Test("Wrong type: `steps` as a string instead of a list")
    func wrongTypeSteps() throws {
        let text = """
            name: s
            schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);"
            data:
              t: { rows: 3 }
            workload:
              steps: SELECT 1
            scales: [1]
            """
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(text, to: "bad.yml")
        let result = try ws.run(["run", "bad.yml"])
        expectBadInput(
            result, file: "bad.yml", line: 6...6, keyPath: "workload.steps",
            mentionsOneOf: ["list", "sequence", "array"])
    }

    @Test(
        "Scales that are not positive integers: 0, -1, 1.5, [] and a string",
        arguments: [
            "[0, 10]", "[1, -1]", "[1, 1.5]", "[]", "big", "[1, ten]",
        ])
    func badScales(_ scales: String) throws {
        let (result, text, ws) = try runBroken(replacing: "scales: [1, 2]", with: "scales: \(scales)")
        defer { ws.remove() }
        let line = lineOf("scales: \(scales)", in: text)
        expectBadInput(result, file: "bad.yml", line: line...line, keyPath: "scales", mentions: ["scale"])
    }

    @Test(
        "Negative or zero rows, nullable outside 0...1, reversed ranges, mismatched weights",
        arguments: [
            ("    rows: 50", "    rows: -5", "rows: -5"),
            ("total: { real: [1, 500] }", "total: { real: [1, 500], nullable: 1.5 }", "nullable: 1.5"),
            ("total: { real: [1, 500] }", "total: { real: [500, 1] }", "real: [500, 1]"),
            ("name: { text: [5, 12] }", "name: { text: [-3, 12] }", "text: [-3, 12]"),
            ("name: { text: [5, 12] }", "name: { choice: [a, b, c], weights: [1, 2] }", "weights: [1, 2]"),
            ("name: { text: [5, 12] }", "name: { choice: [] }", "choice: []"),
            ("requests: 2", "requests: 0", "requests: 0"),
            ("seed: 1", "seed: -4", "seed: -4"),
        ])
    func badValues(_ change: (String, String, String)) throws {
        let (result, text, ws) = try runBroken(replacing: change.0, with: change.1)
        defer { ws.remove() }
        let line = lineOf(change.2, in: text)
        expectBadInput(result, file: "bad.yml", line: line...line)
    }

    // MARK: - References against the schema

    @Test("`ref` to a missing table names the table, the key path and the line")
    func refMissingTable() throws {
        let (result, text, ws) = try runBroken(replacing: "ref: users.id", with: "ref: customers.id")
        defer { ws.remove() }
        let line = lineOf("customers.id", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "data.orders.columns.user_id",
            mentions: ["customers"])
    }

    @Test("`ref` to a missing column names the column")
    func refMissingColumn() throws {
        let (result, text, ws) = try runBroken(replacing: "ref: users.id", with: "ref: users.uid")
        defer { ws.remove() }
        let line = lineOf("users.uid", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "data.orders.columns.user_id",
            mentions: ["uid"])
    }

    @Test("data for a table the schema does not have, and a column it does not have")
    func dataForMissingTableAndColumn() throws {
        let (result, text, ws) = try runBroken(
            replacing: "  orders:\n    rows: 50", with: "  orderz:\n    rows: 50")
        defer { ws.remove() }
        let line = lineOf("orderz:", in: text)
        expectBadInput(result, file: "bad.yml", line: line...line, mentions: ["orderz"])

        let (result2, text2, ws2) = try runBroken(
            replacing: "      total: { real", with: "      totl: { real")
        defer { ws2.remove() }
        let line2 = lineOf("totl:", in: text2)
        expectBadInput(result2, file: "bad.yml", line: line2...line2, mentions: ["totl"])
    }

    @Test("`pick` from a missing table or column is reported at the parameter")
    func pickMissing() throws {
        let (result, text, ws) = try runBroken(replacing: "pick: users.id", with: "pick: people.id")
        defer { ws.remove() }
        let line = lineOf("people.id", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.params.user_id",
            mentions: ["people"])
    }

    // MARK: - SQL

    @Test("SQL error in the schema: SQLite's message, the schema key, a line inside the schema")
    func schemaSQLError() throws {
        let (result, text, ws) = try runBroken(
            replacing: "total REAL NOT NULL);", with: "total REAL NOT NULL,);")
        defer { ws.remove() }
        let first = lineOf("schema: |", in: text)
        let last = lineOf("total REAL NOT NULL,);", in: text)
        expectBadInput(
            result, file: "bad.yml", line: first...last, keyPath: "schema", mentions: ["syntax error"])
    }

    @Test("SQL error in a schema .sql file: names that file and the line of the bad statement")
    func schemaFileSQLError() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n\nCREATE TABLEE orders(id INTEGER PRIMARY KEY);\n",
            to: "db/schema.sql")
        try ws.write(
            """
            name: s
            schema: db/schema.sql
            data:
              users: { rows: 3 }
            workload:
              steps:
                - query: SELECT id FROM users
            scales: [1]
            """, to: "s.yml")
        let result = try ws.run(["run", "s.yml"])
        #expect(result.exitCode == 2, "\(describe(result))")
        #expect(
            result.stderr.contains("schema.sql") || result.stderr.contains("s.yml:2:"), "\(describe(result))")
        #expect(result.stderr.lowercased().contains("syntax error"), "\(describe(result))")
    }

    @Test("SQL error in a nested step: the step's key path, its line, SQLite's message")
    func stepSQLError() throws {
        let (result, text, ws) = try runBroken(
            replacing: "SELECT total FROM orders WHERE id = :id",
            with: "SELECT totl FROM orders WHERE id = :id")
        defer { ws.remove() }
        let line = lineOf("SELECT totl", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[1].steps[0].query",
            mentions: ["no such column", "totl"])
    }

    @Test("SQL syntax error in a top-level step, with --out: the existing report is untouched")
    func stepSyntaxErrorKeepsOut() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let text = Self.good.replacingOccurrences(
            of: "SELECT id FROM orders WHERE user_id = :user_id",
            with: "SELEC id FROM orders WHERE user_id = :user_id")
        try ws.write(text, to: "bad.yml")
        let previous = Data("{\"previous\": true}\n".utf8)
        try previous.write(to: ws.url.appendingPathComponent("report.json"))
        let before = ws.project.listFiles()
        let result = try ws.run(["run", "bad.yml", "--out", "report.json"])
        let line = lineOf("SELEC id", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[0].query",
            mentions: ["syntax error"])
        #expect(ws.read("report.json") == previous, "a bad-input run must not touch --out")
        #expect(
            ws.project.listFiles() == before,
            "no temporary files left beside --out: \(ws.project.listFiles())")
        #expect(ws.tmpLeftovers().isEmpty, "\(ws.tmpLeftovers())")
    }

    @Test("A missing sql_file is reported at the step, naming the file")
    func missingSQLFile() throws {
        let (result, text, ws) = try runBroken(
            replacing: "    - query: SELECT id FROM orders WHERE user_id = :user_id",
            with: "    - sql_file: queries/nowhere.sql")
        defer { ws.remove() }
        let line = lineOf("nowhere.sql", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[0]",
            mentions: ["nowhere.sql"])
    }

    @Test("A missing schema file is reported, naming it")
    func missingSchemaFile() throws {
        let schema = Self.good.components(separatedBy: "data:")[0].replacingOccurrences(
            of: "name: good\n", with: "")
        let (result, text, ws) = try runBroken(replacing: schema, with: "schema: db/none.sql\n")
        defer { ws.remove() }
        let line = lineOf("none.sql", in: text)
        expectBadInput(result, file: "bad.yml", line: line...line, keyPath: "schema", mentions: ["none.sql"])
    }

    // MARK: - Workload names and parameters

    @Test("for_each over a name never kept names it, at its line")
    func forEachUnknownName() throws {
        let (result, text, ws) = try runBroken(replacing: "for_each: orders", with: "for_each: orderz")
        defer { ws.remove() }
        let line = lineOf("for_each: orderz", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[1].for_each",
            mentions: ["orderz"])
    }

    @Test("A for_each before the step that keeps its name is an error (kept names are ordered)")
    func forEachBeforeKept() throws {
        let text = """
            name: order
            schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);"
            data:
              t: { rows: 3 }
            workload:
              steps:
                - for_each: rows
                  steps:
                    - query: SELECT id FROM t WHERE id = :id
                - query: SELECT id FROM t
                  as: rows
            scales: [1]
            """
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(text, to: "bad.yml")
        let result = try ws.run(["run", "bad.yml"])
        expectBadInput(result, file: "bad.yml", line: 7...7, mentions: ["rows"])
    }

    @Test("A parameter used but never defined names it, at the query's line")
    func undefinedParameter() throws {
        let (result, text, ws) = try runBroken(
            replacing: "WHERE user_id = :user_id", with: "WHERE user_id = :uid")
        defer { ws.remove() }
        let line = lineOf(":uid", in: text)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[0]", mentions: ["uid"])
    }

    @Test("Inside for_each, only the kept row's columns (and params) are parameters")
    func forEachColumnNotKept() throws {
        let (result, text, ws) = try runBroken(
            replacing: "SELECT total FROM orders WHERE id = :id",
            with: "SELECT total FROM orders WHERE total = :total")
        defer { ws.remove() }
        let line = lineOf(":total", in: text)
        expectBadInput(result, file: "bad.yml", line: line...line, mentions: ["total"])
    }

    @Test("A parameter outside its for_each is undefined")
    func rowColumnOutsideForEach() throws {
        let (result, text, ws) = try runBroken(
            replacing: "        - query: SELECT total FROM orders WHERE id = :id",
            with:
                "        - query: SELECT total FROM orders WHERE id = :id\n    - query: SELECT total FROM orders WHERE id = :id"
        )
        defer { ws.remove() }
        let line = lineOf("SELECT total FROM orders WHERE id = :id", in: text, occurrence: 2)
        expectBadInput(
            result, file: "bad.yml", line: line...line, keyPath: "workload.steps[2]", mentions: ["id"])
    }

    // MARK: - Files and bytes

    @Test("An empty file is bad input naming the file")
    func emptyFile() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("", to: "empty.yml")
        expectBadInput(try ws.run(["run", "empty.yml"]), file: "empty.yml")
    }

    @Test("A file of only comments (and blank lines) is bad input naming the file")
    func commentsOnly() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("# a scenario will go here\n\n   # later\n", to: "comments.yml")
        expectBadInput(try ws.run(["run", "comments.yml"]), file: "comments.yml")
    }

    @Test("A top-level list or scalar instead of a mapping is bad input")
    func notAMapping() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("- name: a\n- name: b\n", to: "list.yml")
        expectBadInput(
            try ws.run(["run", "list.yml"]), file: "list.yml", line: 1...1,
            mentionsOneOf: ["mapping", "object", "map"])
        try ws.write("just a string\n", to: "scalar.yml")
        expectBadInput(try ws.run(["run", "scalar.yml"]), file: "scalar.yml", line: 1...1)
    }

    @Test("Non-UTF-8 bytes are bad input, not a crash")
    func nonUTF8() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        var bytes = Array("name: caf".utf8)
        bytes += [0xE9, 0xFF, 0xFE]
        bytes += Array("\nscales: [1]\n".utf8)
        try ws.writeBytes(bytes, to: "latin1.yml")
        let result = try ws.run(["run", "latin1.yml"])
        expectBadInput(result, file: "latin1.yml", line: 1...1)
    }

    @Test("A second document's error is reported at its line in the file, and nothing runs")
    func errorInSecondDocument() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let text =
            Self.good + "\n---\n"
            + Self.good.replacingOccurrences(of: "name: good", with: "name: other")
            .replacingOccurrences(of: "requests: 2", with: "requets: 2")
        try ws.write(text, to: "two.yml")
        let result = try ws.run(["run", "two.yml", "--out", "report.json"])
        let line = lineOf("requets", in: text)
        #expect(line > 20)
        expectBadInput(result, file: "two.yml", line: line...line, mentions: ["requests"])
        #expect(ws.read("report.json") == nil, "nothing ran, no report")
        #expect(ws.tmpLeftovers().isEmpty)
    }

    @Test("An error in a later file stops the run before the earlier (valid) file runs")
    func errorInLaterFile() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Self.good, to: "a.yml")
        try ws.write(
            Self.good.replacingOccurrences(of: "name: good", with: "name: b")
                .replacingOccurrences(of: "rows: 50", with: "rows: many"), to: "b.yml")
        let result = try ws.run(["run", "a.yml", "b.yml", "--out", "report.json"])
        expectBadInput(result, file: "b.yml")
        #expect(ws.read("report.json") == nil)
    }

    // MARK: - Command line

    @Test("A path that does not exist: exit 2 naming it")
    func missingPath() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let result = try ws.run(["run", "nothere.yml"])
        #expect(result.exitCode == 2, "\(describe(result))")
        #expect(result.stderr.contains("nothere.yml"), "\(describe(result))")
        let said = result.stderr.lowercased()
        #expect(
            ["not found", "no such", "does not exist", "doesn't exist", "missing", "cannot find"].contains {
                said.contains($0)
            },
            "says the path does not exist: \(describe(result))")
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "Bad --scales and --seed values are usage errors (exit 2)",
        arguments: [
            ["--scales", "0"], ["--scales", "1,0,10"], ["--scales", "-1"], ["--scales", "1.5"],
            ["--scales", ""],
            ["--scales", "1,,10"], ["--scales", "a,b"], ["--seed", "abc"], ["--seed", "-1"],
            ["--seed", "1.5"],
            ["--format", "yaml"],
        ])
    func badFlags(_ flags: [String]) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Self.good, to: "good.yml")
        // Control: the same command with valid values runs, so the failure below is the value's.
        let control = try ws.run([
            "run", "good.yml", "--scales", "1,3", "--seed", "5", "--format", "json", "--out", "control.json",
        ])
        #expect(control.exitCode == 0, "\(describe(control))")
        let result = try ws.run(["run", "good.yml"] + flags + ["--out", "report.json"])
        #expect(result.stderr.contains(flags[0].dropFirst(2)), "names the option: \(describe(result))")
        #expect(result.exitCode == 2, "\(flags): \(describe(result))")
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(describe(result))")
        #expect(ws.read("report.json") == nil, "nothing ran")
    }

    @Test("A bad-input run with --out at an existing file leaves it byte-identical and no temp files")
    func badInputKeepsExistingOut() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("name: x\nrequets: 3\n", to: "bad.yml")
        let previous = Data((0..<200).map { _ in UInt8.random(in: 0...255) })
        try ws.writeBytes(Array(previous), to: "out/report.json")
        let before = ws.project.listFiles()
        let result = try ws.run(["run", "bad.yml", "--out", "out/report.json"])
        expectBadInput(result, file: "bad.yml", line: 2...2, mentions: ["requests"])
        #expect(ws.read("out/report.json") == previous)
        #expect(ws.project.listFiles() == before, "\(ws.project.listFiles())")
    }
}
