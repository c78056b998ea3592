import Foundation
import TestSupport
import Testing

/// One framework program (Fixtures/FrameworkCounts) run by `hundredfold run` at 1x, 10x and 100x,
/// with the counts the program's own framework reported for every request beside the report.
///
/// Every program appends one JSON line per request to the counts file named on its command line:
/// `scale` (from `HUNDREDFOLD_SCALE`), `queries` (statements the framework ran), `calls` (its
/// execute calls: an `executemany` is one), `instrumentation` (statements its query log adds) and
/// `loop` (executions of the N+1's per-row statement).
struct FrameworkRun {
    struct OwnCount: Decodable {
        var scale: Int
        var queries: Int
        var calls: Int
        var instrumentation: Int
        var loop: Int
    }

    static let scales = [1, 10, 100]
    /// Requests per scale: enough for mean and max to differ, few where the N+1 is long.
    static let requests = [1: 3, 10: 3, 100: 2]

    let name: String
    let report: Report
    let own: [OwnCount]

    /// Own counts of the requests at `scale`.
    func own(at scale: Int) -> [OwnCount] { own.filter { $0.scale == scale } }

    /// Runs `command` (placeholders `{customer_id}` and `{counts}`) as the scenario `name`.
    init(name: String, command: String) throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/FrameworkCounts")
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for entry in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(entry), to: dir.url.appendingPathComponent(entry))
        }
        let counts = "\(name).counts.jsonl"
        let scenario = Self.scenario(
            name: name, command: command.replacingOccurrences(of: "{counts}", with: counts))
        try dir.write(scenario, to: "\(name).yml")
        let tmp = try privateTemporaryDirectory(in: dir.url)
        let result = try hf(
            ["run", "\(name).yml", "--out", "report.json"], in: dir.url,
            environment: ["TMPDIR": tmp.path, "PYTHONDONTWRITEBYTECODE": "1"])
        #expect(result.exitCode == 0, "\(name): \(result.summary)")
        #expect(contents(of: tmp).isEmpty, "\(name): nothing left in TMPDIR: \(contents(of: tmp))")
        self.name = name
        report = try Report(file: dir.url.appendingPathComponent("report.json"))
        own = try lines(dir.url.appendingPathComponent(counts)).map {
            try JSONDecoder().decode(OwnCount.self, from: Data($0.utf8))
        }
        #expect(
            own.map(\.scale) == Self.scales.flatMap { Array(repeating: $0, count: Self.requests[$0] ?? 0) },
            "\(name): the program ran once per request, scale by scale: \(own.map(\.scale))")
    }

    /// Two customers own every order: a request's N grows with the scale (about 4, 40, 400 orders).
    /// With seed 44 both customers are drawn at every scale (3 and 5 orders at 1x, 32 and 48 at
    /// 10x, 366 and 434 at 100x), so mean and max both have to match.
    static func scenario(name: String, command: String) -> String {
        """
        name: \(name)
        schema: shop.sql
        data:
          customers: { rows: 2, fixed: true, columns: { name: { text: [5, 12] } } }
          products: { rows: 5, columns: { name: { text: [5, 12] }, price: { real: [1, 100] } } }
          orders:
            rows: 8
            columns:
              customer_id: { ref: customers.id }
              product_id: { ref: products.id }
              total: { real: [1, 500] }
        workload:
          params: { customer_id: { pick: customers.id } }
          steps:
            - command: \(command)
        requests: { \(scales.map { "\($0): \(requests[$0] ?? 0)" }.joined(separator: ", ")) }
        scales: [\(scales.map(String.init).joined(separator: ", "))]
        seed: 44

        """
    }
}

/// True when `executable ARGUMENTS` exits 0: the frameworks' availability checks.
func runs(_ executable: String, _ arguments: [String]) -> Bool {
    let result = try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), [executable] + arguments)
    return result?.exitCode == 0
}
