import Foundation
import Testing

/// Server mode on `--engine postgres`: `book_server.py` (http.server, one persistent psycopg2
/// connection) started per scale, one `GET` per request. Each request counts exactly the
/// statements the server ran for it; its five start-up statements and the `/healthz` polls
/// (before ready) count nowhere.
@Suite(.enabled(if: PythonPackages.psycopg2, PythonPackages.psycopg2Message))
struct ServerOnPostgresTests {
    static let tag = "hf-pg-book-server-\(UUID().uuidString)"

    static let servers = ProgramRun(
        [
            Programs.server("server-n-plus-one", path: "/books", tag: tag),
            Programs.server("server-joined", path: "/books-joined", tag: tag),
        ], arguments: ["--engine", "postgres"])

    @Test func eachRequestCountsTheStatementsTheServerRanForIt() throws {
        let run = Self.servers
        #expect(run.run.exitCode == 0, "\(run.run.log)")
        expectQueries("server-n-plus-one", in: run, equal: Programs.nPlusOne)
        let report = try #require(run.report, "no report.json\n\(run.run.log)")
        #expect(report.growthClass("server-n-plus-one", "queries_per_request") == "linear")
        for scale in Programs.scales {
            let repeated = report.repeated("server-n-plus-one", scale)
            let lookup = repeated.filter { $0.fingerprint.lowercased().contains("authors") }
            #expect(
                lookup.map(\.count) == [Programs.booksAtScaleOne * scale],
                "server-n-plus-one at \(scale)x: \(repeated)")
            let requestMs = report.scale("server-n-plus-one", scale)?["request_ms"] as? [String: Any]
            #expect((number(requestMs?["p50"]) ?? 0) > 0, "request_ms at \(scale)x: \(requestMs ?? [:])")
        }
    }

    /// The look-alike: one join per request, and nothing of the start-up (five `count(*)`
    /// warm-ups, a repeated statement if it were counted) or of the ready polls (`SELECT 1`)
    /// reaches the first request.
    @Test func startUpAndReadyPollsAreNotCounted() throws {
        let run = Self.servers
        #expect(run.run.exitCode == 0, "\(run.run.log)")
        expectQueries("server-joined", in: run, equal: { _ in 1 })
        let report = try #require(run.report, "no report.json\n\(run.run.log)")
        #expect(report.growthClass("server-joined", "queries_per_request") == "constant")
        for scale in Programs.scales {
            let joined = report.repeated("server-joined", scale)
            #expect(joined.isEmpty, "server-joined at \(scale)x repeats nothing: \(joined)")
            let fingerprints = report.repeated("server-n-plus-one", scale).map(\.fingerprint)
            #expect(
                !fingerprints.contains { $0.lowercased().contains("count(") },
                "server-n-plus-one at \(scale)x: the start-up's warm-ups are not the request's: \(fingerprints)"
            )
        }
    }

    /// The server's whole process group is gone and the throwaway server's folder removed.
    @Test func leavesNoServerBehind() {
        let run = Self.servers
        #expect(run.run.exitCode == 0, "\(run.run.log)")
        #expect(run.leftoverFiles.isEmpty, "left in TMPDIR: \(run.leftoverFiles)")
        #expect(run.leftoverProcesses.isEmpty, "still running: \(run.leftoverProcesses)")
        #expect(
            processes(tagged: Self.tag).isEmpty, "book servers still running: \(processes(tagged: Self.tag))")
    }
}

/// Live processes with `tag` on their command line.
func processes(tagged tag: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry in
        guard Int(entry) != nil,
            let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
            case let commandLine = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self),
            commandLine.contains(tag),
            let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
            stat.split(separator: ")").last?.split(separator: " ").first != "Z"
        else { return nil }
        return "\(entry): \(commandLine)"
    }
}
