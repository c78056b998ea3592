import Foundation
import TestSupport
import Testing

/// Server mode through the built binary: `workload.server` started once per scale, `http:` steps
/// sent to it, each request's statements attributed to it, and every way a server can fail
/// stopping the scenario with what the server said, leaving no process and no file behind.
/// The server is Fixtures/shop_server.py (python3 standard library only).
@Suite(.serialized) struct ServerModeTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/shop_server.py")

    /// A scenario folder with the shop server, a scratch TMPDIR and a tag marking its processes.
    struct Shop {
        let directory: TemporaryDirectory
        let tag = "shop-" + UUID().uuidString

        init() throws {
            directory = try TemporaryDirectory()
            try FileManager.default.createDirectory(
                at: directory.url.appendingPathComponent("tmp"), withIntermediateDirectories: true)
            try directory.write(
                String(contentsOf: ServerModeTests.fixture, encoding: .utf8), to: "shop_server.py")
        }

        /// The shop scenario with the server in `mode`, and `extra` appended (limits, …).
        func scenario(mode: String = "ok", steps: String = ServerModeTests.steps, extra: String = "")
            -> String
        {
            """
            name: shop-server
            schema: |
              CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
              CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL NOT NULL);
              CREATE INDEX orders_user ON orders(user_id);
              CREATE TABLE notes(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind TEXT NOT NULL);
            data:
              users: { rows: 10, fixed: true, columns: { name: { text: [5, 12] } } }
              orders: { rows: 40, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
            workload:
              server:
                command: python3 shop_server.py {port} \(mode) \(tag)
                ready: GET /healthz
                ready_seconds: 5
              params:
                user_id: { pick: users.id }
              steps:
            \(steps)
            requests: 4
            scales: [1, 10]
            \(extra)
            """
        }

        func run(_ yaml: String, format: String = "json") throws -> HundredfoldBinary.Result {
            try directory.write(yaml, to: "shop.yml")
            return try HundredfoldBinary.run(
                ["run", "shop.yml", "--format", format], in: directory.url,
                environment: [
                    "TMPDIR": directory.url.appendingPathComponent("tmp").path,
                    "SHOP_COUNTS": directory.url.appendingPathComponent("counts").path,
                ])
        }

        /// The shop's own statement counts per HTTP request at `scale`, in order.
        func counts(scale: Int) throws -> [Int] {
            try String(contentsOf: directory.url.appendingPathComponent("counts-\(scale)"), encoding: .utf8)
                .split(separator: "\n").compactMap { Int($0) }
        }

        /// Processes still running with the tag on their command line.
        func leftoverProcesses() -> [String] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            return entries.filter { entry in
                guard Int(entry) != nil,
                    let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                    String(decoding: data, as: UTF8.self).contains(tag),
                    let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8)
                else { return false }
                return stat.split(separator: ")").last?.split(separator: " ").first != "Z"
            }
        }

        /// What the run left in its TMPDIR.
        func leftoverFiles() -> [String] {
            (try? FileManager.default.contentsOfDirectory(
                atPath: directory.url.appendingPathComponent("tmp").path))
                ?? []
        }
    }

    /// One request: two GETs (chunked, and framed by the end of the connection) and a POST with
    /// a body and a header (framed by Content-Length).
    static let steps = """
            - http: GET /orders?user_id={user_id}&framing=chunked
            - http: GET /orders?user_id={user_id}&framing=close
            - http: POST /notes?user_id={user_id}
              body: user_id={user_id}
              headers: { X-Note-Kind: visit }
        """

    static func scenarioJSON(_ result: HundredfoldBinary.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(
            (object?["scenarios"] as? [[String: Any]])?.first, "\(result.stdout)\(result.stderr)")
    }

    static func number(_ scale: [String: Any], _ key: String, _ field: String) -> Double? {
        (scale[key] as? [String: Any])?[field] as? Double
    }

    // MARK: - Attribution

    @Test func eachRequestCountsExactlyTheStatementsTheServerRanForIt() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let result = try shop.run(shop.scenario())
        let scenario = try Self.scenarioJSON(result)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let scales = scenario["scales"] as? [[String: Any]] ?? []
        #expect(scales.count == 2)
        for scale in scales {
            let factor = try #require(scale["scale"] as? Int)
            // Three HTTP requests per workload request; the /healthz polls never count.
            let counts = try shop.counts(scale: factor)
            let perRequest = stride(from: 0, to: counts.count, by: 3).map {
                counts[$0..<min($0 + 3, counts.count)].reduce(0, +)
            }
            #expect(perRequest.count == 4)
            let mean = Double(perRequest.reduce(0, +)) / Double(perRequest.count)
            #expect(Self.number(scale, "queries_per_request", "mean") == mean, "scale \(factor)")
            #expect(Self.number(scale, "queries_per_request", "max") == Double(perRequest.max() ?? 0))
            // Python's implicit BEGIN and the COMMIT around the note's INSERT.
            let byClass = scale["statements_by_class"] as? [String: [String: Double]]
            #expect(byClass?["transaction"]?["mean"] == 2)
            #expect(scale["rows_written_per_request"] as? Double == 1)
            let requestMs = try #require(scale["request_ms"] as? [String: Double])
            let p50 = try #require(requestMs["p50"])
            #expect(p50 > 0 && p50 <= requestMs["p95"] ?? 0 && requestMs["p95"] ?? 0 <= requestMs["p99"] ?? 0)
            #expect((scale["request_samples_ms"] as? [Double])?.count == 4)
        }
        let growth = scenario["growth"] as? [String: [String: Any]]
        #expect(growth?["queries_per_request"]?["class"] as? String == "linear")
        #expect(shop.leftoverProcesses().isEmpty)
        #expect(shop.leftoverFiles().isEmpty)
    }

    @Test func requestTimesAreATableRowBesideLatency() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let result = try shop.run(shop.scenario(), format: "text")
        #expect(result.exitCode == 0)
        for label in ["latency p95 (ms)", "request p50 (ms)", "request p95 (ms)", "request p99 (ms)"] {
            #expect(result.stdout.contains(label), "\(result.stdout)")
        }
    }

    /// A workload without a server has no request_ms: the figure is the client's, not the database's.
    @Test func declaredStepsHaveNoRequestTimes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            """
            name: declared
            schema: "CREATE TABLE t(id INTEGER PRIMARY KEY);"
            data: { t: { rows: 10 } }
            workload:
              steps:
                - query: SELECT count(*) FROM t
            requests: 2
            scales: [1]
            """, to: "declared.yml")
        let result = try HundredfoldBinary.run(
            ["run", "declared.yml", "--format", "json"], in: directory.url)
        let scale = (try Self.scenarioJSON(result)["scales"] as? [[String: Any]])?.first
        #expect(scale?["latency_ms"] != nil)
        #expect(scale?["request_ms"] == nil)
    }
}
