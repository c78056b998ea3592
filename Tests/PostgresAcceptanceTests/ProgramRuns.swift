import Foundation
import Testing

/// Real programs run once by `hundredfold run scenarios --out report.json ARGUMENTS` in a fresh
/// project, shared by the tests that read the report (a throwaway server costs an initdb per run).
struct ProgramRun: Sendable {
    let run: Run
    let report: Report?
    /// Every `*.counts*` file the programs appended to, by file name.
    let programLines: [String: [String]]
    /// What was left in the run's private `TMPDIR` and which processes still worked in it.
    let leftoverFiles: [String]
    let leftoverProcesses: [String]

    init(_ scenarios: [(file: String, yaml: String)], arguments: [String]) {
        let project: Project
        do {
            project = try Project()
            try project.writePrograms(scenarios)
            run = try project.hf(
                ["run", "scenarios", "--out", "report.json"] + arguments,
                environment: ["PYTHONDONTWRITEBYTECODE": "1"])
        } catch {
            fatalError("could not set up the programs' project: \(error)")
        }
        report = try? Report(file: project.url.appendingPathComponent("report.json"))
        let files =
            (try? FileManager.default.contentsOfDirectory(
                atPath: project.url.appendingPathComponent("scenarios").path)) ?? []
        programLines = Dictionary(
            uniqueKeysWithValues: files.filter { $0.contains(".counts") }.map {
                ($0, project.programLines($0))
            })
        leftoverFiles = project.leftovers
        leftoverProcesses = processes(under: project.tmp)
        project.remove()
    }

    /// The lines the scenario `name`'s program wrote (`NAME.counts.jsonl` or `NAME.counts`).
    func lines(_ name: String) -> [String] {
        programLines["\(name).counts.jsonl"] ?? programLines["\(name).counts"] ?? []
    }

    /// The statement counts the program itself reported, one per request, in order.
    func ownCounts(_ name: String) -> [Int] {
        lines(name).map { line in
            Int(line) ?? (jsonLine(line)["statements"] ?? jsonLine(line)["queries"]).flatMap(number).map(
                Int.init) ?? -1
        }
    }

    /// The bookshop's psycopg2 scripts on a throwaway server.
    static let bookshop = ProgramRun(
        [
            Programs.bookshop("books-n-plus-one", mode: "n_plus_one"),
            Programs.bookshop("books-joined", mode: "joined"),
            Programs.bookshop("notes-written", mode: "write_notes"),
            Programs.bookshop("title-search", mode: "title_search"),
            Programs.bookshop("program-environment", mode: "environment"),
        ], arguments: ["--engine", "postgres"])
}

/// Checks that `name`'s `queries_per_request` at every scale is `expected(scale)` for mean and max,
/// and equal to what the program itself counted for that scale's requests.
func expectQueries(
    _ name: String, in programs: ProgramRun, equal expected: (Int) -> Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let report = programs.report else {
        Issue.record("no report.json\n\(programs.run.log)", sourceLocation: sourceLocation)
        return
    }
    let own = programs.ownCounts(name)
    #expect(
        own.count == Programs.scales.count * Programs.requests,
        "\(name): the program ran once per request: \(programs.lines(name))", sourceLocation: sourceLocation)
    for (position, scale) in Programs.scales.enumerated() {
        let queries = report.queries(name, scale)
        #expect(
            queries.mean == expected(scale) && queries.max == expected(scale),
            "\(name) at \(scale)x: queries_per_request \(queries), expected \(expected(scale))",
            sourceLocation: sourceLocation)
        let ownAtScale = own.dropFirst(position * Programs.requests).prefix(Programs.requests)
        #expect(
            ownAtScale.allSatisfy { Double($0) == queries.mean },
            "\(name) at \(scale)x: the program counted \(Array(ownAtScale)), the report \(queries)",
            sourceLocation: sourceLocation)
    }
}
