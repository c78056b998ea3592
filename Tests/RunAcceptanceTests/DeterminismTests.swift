import Foundation
import TestSupport
import Testing

/// Same inputs and seed: same JSON, timing aside. Another seed: other data, same data-independent counts.
@Suite(.timeLimit(.minutes(2)))
struct DeterminismTests {
    /// Drops timing fields: `latency_ms` and everything under it, and any key naming latency or a
    /// wall-clock duration (growth of latency figures, elapsed times).
    private func withoutTiming(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var kept: [String: Any] = [:]
            for (key, inner) in object {
                let lowered = key.lowercased()
                if lowered.contains("latency") || lowered.hasSuffix("_ms") || lowered.hasSuffix("_seconds")
                    || lowered.contains("duration") || lowered.contains("elapsed")
                {
                    continue
                }
                kept[key] = withoutTiming(inner)
            }
            return kept
        }
        if let array = value as? [Any] { return array.map(withoutTiming) }
        return value
    }

    private func canonical(_ data: Data?) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data ?? Data())
        let stripped = withoutTiming(object)
        let bytes = try JSONSerialization.data(withJSONObject: stripped, options: [.sortedKeys])
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every object key in document order, to check the key order is stable.
    private func keyOrder(_ data: Data?) -> [String] {
        let text = String(decoding: data ?? Data(), as: UTF8.self)
        guard let regex = try? NSRegularExpression(pattern: "\"([A-Za-z0-9_@.]+)\"\\s*:") else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1))
        }
    }

    private static let dataDependent = """
        name: data
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL NOT NULL);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total REAL NOT NULL);
          CREATE INDEX orders_user ON orders(user_id);
        data:
          users: { rows: 50, fixed: true, columns: { name: { text: [3, 30] }, score: { real: [0, 1] } } }
          orders:
            rows: 300
            columns:
              user_id: { ref: users.id, distribution: zipf }
              total: { real: [1, 500] }
        workload:
          params: { user_id: { pick: users.id, distribution: zipf } }
          steps:
            - query: SELECT id, name FROM users WHERE score > 0.5
            - query: SELECT id FROM orders WHERE user_id = :user_id
              as: orders
            - for_each: orders
              steps:
                - query: SELECT total FROM orders WHERE id = :id
            - query: SELECT id FROM orders
        requests: 6
        scales: [1, 10]
        seed: 11
        """

    @Test("Two runs with the same seed write byte-identical JSON apart from timing fields")
    func sameSeedSameJSON() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Self.dataDependent, to: "data.yml")
        try ws.write(Fixtures.nPlusOne(scales: "[1, 10]"), to: "n1.yml")
        let (first, _) = try ws.runReport(["data.yml", "n1.yml"], out: "first.json")
        let (second, _) = try ws.runReport(["data.yml", "n1.yml"], out: "second.json")
        #expect(first.exitCode == 0 && second.exitCode == 0, "\(describe(first))\n\(describe(second))")
        #expect(try canonical(ws.read("first.json")) == canonical(ws.read("second.json")))
        #expect(
            keyOrder(ws.read("first.json")) == keyOrder(ws.read("second.json")), "key order is deterministic")
        let text = String(decoding: ws.read("first.json") ?? Data(), as: UTF8.self)
        #expect(text.contains("\"latency_ms\""), "latency is reported under latency_ms")
    }

    @Test("--seed equal to the scenario's own seed gives the same figures")
    func seedFlagMatchesFileSeed() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Self.dataDependent, to: "data.yml")
        let (own, ownReport) = try ws.runReport(["data.yml"], out: "own.json")
        let (flag, flagReport) = try ws.runReport(["data.yml", "--seed", "11"], out: "flag.json")
        #expect(own.exitCode == 0 && flag.exitCode == 0)
        let ownScales = withoutTiming(ownReport.scenario("data")["scales"].raw ?? [])
        let flagScales = withoutTiming(flagReport.scenario("data")["scales"].raw ?? [])
        let a = try JSONSerialization.data(withJSONObject: ownScales, options: [.sortedKeys])
        let b = try JSONSerialization.data(withJSONObject: flagScales, options: [.sortedKeys])
        #expect(a == b)
    }

    @Test("A different seed changes the generated data but not the data-independent counts")
    func differentSeed() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Self.dataDependent, to: "data.yml")
        let (one, first) = try ws.runReport(["data.yml", "--seed", "1"], out: "one.json")
        let (two, second) = try ws.runReport(["data.yml", "--seed", "2"], out: "two.json")
        #expect(one.exitCode == 0 && two.exitCode == 0, "\(describe(one))\n\(describe(two))")
        #expect(first["seed"].int == 1 || first.scenario("data")["seed"].int == 1)
        #expect(second.scenario("data")["seed"].int == 2)
        var anyDifference = false
        for scale in [1, 10] {
            let a = first.scenario("data").scale(scale)
            let b = second.scenario("data").scale(scale)
            if a["rows_returned_per_request"].double != b["rows_returned_per_request"].double
                || a["bytes_returned_per_request"].double != b["bytes_returned_per_request"].double
                || a["queries_per_request"]["mean"].double != b["queries_per_request"]["mean"].double
            {
                anyDifference = true
            }
            // Data-independent: table sizes.
            #expect(a["table_rows"]["orders"].int == 300 * scale)
            #expect(b["table_rows"]["orders"].int == 300 * scale)
            #expect(a["requests"].int == b["requests"].int)
        }
        #expect(anyDifference, "seeds 1 and 2 produced identical data-dependent figures")
        // The N+1 fixture's counts do not depend on the data at all.
        try ws.write(Fixtures.nPlusOne(scales: "[1, 10]"), to: "n1.yml")
        let (_, n1a) = try ws.runReport(["n1.yml", "--seed", "1"], out: "n1a.json")
        let (_, n1b) = try ws.runReport(["n1.yml", "--seed", "2"], out: "n1b.json")
        for scale in [1, 10] {
            let a = n1a.scenario("nplus1").scale(scale)
            let b = n1b.scenario("nplus1").scale(scale)
            #expect(a["queries_per_request"]["mean"].double == b["queries_per_request"]["mean"].double)
            #expect(a["rows_returned_per_request"].double == b["rows_returned_per_request"].double)
            #expect(a["repeated_statements"].description == b["repeated_statements"].description)
        }
    }
}
