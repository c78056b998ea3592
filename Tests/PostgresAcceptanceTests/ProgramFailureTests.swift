import Foundation
import Testing

/// Real programs that fail on PostgreSQL: a script exiting non-zero at the second scale, a server
/// exiting before it is ready. As on SQLite: the scenario's location and the program's last
/// output, and nothing left behind: no scratch database, no server folder, no process.
@Suite(.enabled(if: PythonPackages.psycopg2, PythonPackages.psycopg2Message))
struct ProgramFailureTests {
    /// Passes at 1x (8 books), exits 3 at 5x (40 books) after printing to stdout and stderr.
    static let failing = Programs.bookshop("stock-check", mode: "fail_above", argument: "8")

    /// A server that dies at start-up, before `/healthz` can answer: a missing table.
    static let neverReady: (file: String, yaml: String) = {
        let yaml = """
            name: warehouse-server
            schema: |
            \(Programs.schema)
            \(Programs.data())
            workload:
              server:
                command: python3 -c "import os, psycopg2; psycopg2.connect(os.environ['DATABASE_URL']).cursor().execute('SELECT count(*) FROM warehouse')" {port}
                ready: GET /healthz
                ready_seconds: 20
              steps:
                - http: GET /books
            \(Programs.tail)
            """
        return ("warehouse-server.yml", yaml)
    }()

    /// Exit 2 (bad input, no report) naming the scenario's location and `step`, with `output`
    /// shown; or, when `mayStop` (a program failing mid-run stops its scenario on SQLite: exit 1,
    /// `stopped.kind: error`, the scales before it kept), exit 1 with that report. Either way
    /// nothing is left in `TMPDIR` and no process works in the project.
    static func expectFailureShown(
        _ run: Run, step: String, output: String, in project: Project, mayStop: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let said = run.stdout + run.stderr
        #expect(
            said.contains(output), "the program's output is shown: \(run.log)", sourceLocation: sourceLocation
        )
        #expect(
            said.contains(".yml:") && said.contains(step),
            "the scenario's location (file:line:column) and \(step) are named: \(run.log)",
            sourceLocation: sourceLocation)
        if mayStop && run.exitCode == 1 {
            let report = Report.read("report.json", in: project, after: run, sourceLocation: sourceLocation)
            let stopped = (report?.root["scenarios"] as? [[String: Any]])?.first?["stopped"] as? [String: Any]
            #expect(
                stopped?["kind"] as? String == "error",
                "exit 1: the scenario is stopped (kind error): \(stopped ?? [:])",
                sourceLocation: sourceLocation)
        } else {
            #expect(run.exitCode == 2, "\(run.log)", sourceLocation: sourceLocation)
            #expect(!project.exists("report.json"), "nothing half-written", sourceLocation: sourceLocation)
        }
        #expect(
            project.leftovers.isEmpty, "left in TMPDIR: \(project.leftovers)", sourceLocation: sourceLocation)
        let running = processes(under: project.tmp) + processes(under: project.url)
        #expect(running.isEmpty, "still running: \(running)", sourceLocation: sourceLocation)
    }

    @Test func failingProgramOnAThrowawayServer() throws {
        let project = try Project()
        defer { project.remove() }
        try project.writePrograms([Self.failing])
        let run = try project.hf(["run", "scenarios", "--engine", "postgres", "--out", "report.json"])
        Self.expectFailureShown(
            run, step: "command", output: "boom: the stock check failed with 40 books", in: project,
            mayStop: true)
        #expect(
            run.output.range(
                of: #"(exit|status|code)\D{0,20}3"#, options: [.regularExpression, .caseInsensitive]) != nil,
            "the exit status 3 is shown: \(run.log)")
        #expect(
            project.programLines("stock-check.counts.jsonl").count == Programs.requests,
            "1x ran its requests before 5x failed: \(project.programLines("stock-check.counts.jsonl"))")
    }

    /// On the test's own server, after each failure no `hundredfold_…` database remains.
    @Test func failuresOnAnExistingServerDropTheScratchDatabases() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        for (scenario, step, output, mayStop) in [
            (Self.failing, "command", "boom: the stock check failed with 40 books", true),
            (Self.neverReady, "server", "relation \"warehouse\" does not exist", false),
        ] {
            let project = try Project()
            defer { project.remove() }
            try project.writePrograms([scenario])
            let run = try project.hf(
                [
                    "run", "scenarios", "--engine", "postgres", "--database-url", server.url, "--out",
                    "report.json",
                ])
            Self.expectFailureShown(run, step: step, output: output, in: project, mayStop: mayStop)
            let scratch = try server.scratchDatabases()
            #expect(scratch.isEmpty, "\(scenario.file): left on the server: \(scratch)")
        }
    }

    /// The never-ready server on a throwaway server: the same error, the server folder removed.
    @Test func neverReadyServerOnAThrowawayServer() throws {
        let project = try Project()
        defer { project.remove() }
        try project.writePrograms([Self.neverReady])
        let run = try project.hf(["run", "scenarios", "--engine", "postgres", "--out", "report.json"])
        Self.expectFailureShown(
            run, step: "server", output: "relation \"warehouse\" does not exist", in: project)
    }
}
