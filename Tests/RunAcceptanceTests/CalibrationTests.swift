import Foundation
import TestSupport
import Testing

/// The rows-read proxy against the meaning Cloudflare D1 and Turso give it (a row read is a row
/// scanned): a full scan of N reads about N, a primary-key lookup 1, an index range of k about k.
/// Tolerance: within 10% + 2 rows.
@Suite(.timeLimit(.minutes(2)))
struct CalibrationTests {
    @Test("Calibration cases at two table sizes")
    func calibration() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let schema = """
            schema: |
              CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL, w INTEGER NOT NULL, payload TEXT NOT NULL);
              CREATE INDEX t_v ON t(v);
            data:
              t: { rows: 3000, columns: { v: { sequence: 1 }, w: { int: [1, 1000000] }, payload: { text: [10, 20] } } }
            requests: 3
            scales: [1, 2]
            seed: 12
            """
        let cases: [(name: String, sql: String)] = [
            ("scan-no-match", "SELECT id FROM t WHERE w = -1"),
            ("scan-all", "SELECT id, payload FROM t"),
            ("scan-order", "SELECT id FROM t ORDER BY w LIMIT 5"),
            ("pk", "SELECT payload FROM t WHERE id = 1234"),
            ("pk-miss", "SELECT payload FROM t WHERE id = -5"),
            ("range-covering", "SELECT id FROM t WHERE v BETWEEN 101 AND 300"),
            ("range-lookup", "SELECT payload FROM t WHERE v BETWEEN 101 AND 300"),
            ("pk-range", "SELECT payload FROM t WHERE id BETWEEN 1001 AND 1100"),
        ]
        let documents = cases.map {
            "name: \($0.name)\n\(schema)\nworkload:\n  steps:\n    - query: \"\($0.sql)\"\n"
        }
        try ws.write(documents.joined(separator: "---\n"), to: "calibration.yml")
        let (result, report) = try ws.runReport(["calibration.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        for scale in [1, 2] {
            let n = Double(3000 * scale)
            func read(_ name: String) -> Double? {
                report.scenario(name).scale(scale)["rows_read_per_request"].double
            }
            func returned(_ name: String) -> Double? {
                report.scenario(name).scale(scale)["rows_returned_per_request"].double
            }
            #expect(returned("scan-no-match") == 0)
            #expect(
                about(read("scan-no-match"), n),
                "full scan of \(n): \(String(describing: read("scan-no-match")))")
            #expect(returned("scan-all") == n)
            #expect(about(read("scan-all"), n), "full scan of \(n): \(String(describing: read("scan-all")))")
            #expect(
                about(read("scan-order"), n),
                "a sorted scan still reads \(n): \(String(describing: read("scan-order")))")
            #expect(returned("pk") == 1)
            #expect(
                about(read("pk"), 1) && (read("pk") ?? 0) >= 1, "pk lookup: \(String(describing: read("pk")))"
            )
            #expect(
                (read("pk-miss") ?? -1) >= 0 && (read("pk-miss") ?? 99) <= 2,
                "a missed pk lookup reads at most ~1")
            #expect(returned("range-covering") == 200)
            #expect(
                about(read("range-covering"), 200),
                "index range of 200: \(String(describing: read("range-covering")))")
            #expect(returned("range-lookup") == 200)
            #expect(
                about(read("range-lookup"), 200),
                "index range of 200 plus row lookups: \(String(describing: read("range-lookup")))")
            #expect(returned("pk-range") == 100)
            #expect(
                about(read("pk-range"), 100), "rowid range of 100: \(String(describing: read("pk-range")))")
            #expect(
                report.scenario("scan-all").scale(scale)["full_scans"].array.first?["table"].string == "t")
            #expect(report.scenario("pk").scale(scale)["full_scans"].array.isEmpty)
            #expect(report.scenario("range-lookup").scale(scale)["full_scans"].array.isEmpty)
        }
        #expect(report.scenario("scan-no-match").growth("rows_read_per_request")["class"].string == "linear")
        #expect(
            report.scenario("range-covering").growth("rows_read_per_request")["class"].string == "constant")
    }
}
