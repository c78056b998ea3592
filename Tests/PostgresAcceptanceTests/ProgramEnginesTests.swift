import Foundation
import Testing

/// `--engine sqlite,postgres` with a program that picks its driver by `DATABASE_URL`'s scheme
/// (`sqlite:///…` → Python's sqlite3, `postgresql://…` → psycopg2): it runs unchanged on both,
/// sends the same statements on both, and the scenario gets `engine_comparison`.
@Suite(.enabled(if: PythonPackages.psycopg2, PythonPackages.psycopg2Message))
struct ProgramEnginesTests {
    static let both = ProgramRun(
        [
            Programs.bookshop("books-n-plus-one", mode: "n_plus_one"),
            Programs.bookshop("books-joined", mode: "joined"),
        ], arguments: ["--engine", "sqlite,postgres"])

    /// The program ran once per request on each engine, through the driver the scheme names, and
    /// counted the same statements on both: `1 + 8 × scale` for the N+1, 1 for the join.
    @Test(arguments: [("books-n-plus-one", "linear"), ("books-joined", "constant")])
    func bothEnginesRunTheSameProgram(name: String, growth: String) throws {
        let run = Self.both
        #expect(run.run.exitCode == 0, "\(run.run.log)")
        let lines = run.lines(name).map(jsonLine)
        let schemes = lines.map { $0["scheme"] as? String ?? "?" }
        #expect(
            schemes.filter { $0 == "sqlite" }.count == Programs.scales.count * Programs.requests,
            "\(name): DATABASE_URL is sqlite:///… for every SQLite request (the program reads nothing else): \(schemes)"
        )
        #expect(
            schemes.filter { $0.hasPrefix("postgres") }.count == Programs.scales.count * Programs.requests,
            "\(name): DATABASE_URL is postgresql://… for every PostgreSQL request: \(schemes)")
        let expected = name == "books-joined" ? [1.0, 1, 1] : Programs.scales.map(Programs.nPlusOne)
        for engine in ["sqlite", "postgres"] {
            let counts = lines.filter { ($0["scheme"] as? String ?? "").hasPrefix(engine) }
                .compactMap { number($0["statements"]) }
            let perScale = stride(from: 0, to: counts.count, by: Programs.requests).map { counts[$0] }
            #expect(perScale == expected, "\(name) on \(engine): the program's own counts \(counts)")
        }

        let report = try #require(run.report, "no report.json\n\(run.run.log)")
        #expect(report.engine == "sqlite,postgres", "engine: \(report.engine ?? "absent")")
        for (scale, count) in zip(Programs.scales, expected) {
            let queries = report.queries(name, scale)
            #expect(queries.mean == count && queries.max == count, "\(name) at \(scale)x: \(queries)")
        }
        let comparison = try #require(report.comparison(name), "\(name): no engine_comparison")
        let queries = comparison.first { $0["figure"] as? String == "queries_per_request" }
        #expect(queries?["sqlite"] as? String == growth, "\(name): \(queries ?? [:])")
        #expect(queries?["postgres"] as? String == growth, "\(name): \(queries ?? [:])")
        #expect(queries?["agree"] as? Bool == true, "\(name): \(queries ?? [:])")
        for entry in comparison {
            #expect(
                entry["agree"] as? Bool == ((entry["sqlite"] as? String) == (entry["postgres"] as? String)),
                "\(name): agree must say whether the classes match: \(entry)")
        }
        #expect(run.leftoverFiles.isEmpty, "left in TMPDIR: \(run.leftoverFiles)")
        #expect(run.leftoverProcesses.isEmpty, "still running: \(run.leftoverProcesses)")
    }
}
