import Foundation
import TestSupport
import Testing

/// Inputs a user hits in practice that are easy to get wrong: CRLF and BOM files, duplicate keys,
/// anchors, empty loops, extreme seeds.
@Suite(.timeLimit(.minutes(2)))
struct EdgeCaseTests {
    @Test("CRLF line endings and a UTF-8 BOM are accepted; error lines stay right under CRLF")
    func crlfAndBOM() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let crlf = Fixtures.batched(name: "crlf").replacingOccurrences(of: "\n", with: "\r\n")
        try ws.write(crlf, to: "crlf.yml")
        try ws.writeBytes([0xEF, 0xBB, 0xBF] + Array(Fixtures.batched(name: "bom").utf8), to: "bom.yml")
        let (result, report) = try ws.runReport(["crlf.yml", "bom.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(report.scenario("crlf").scale(100)["queries_per_request"]["mean"].double == 2)
        #expect(report.scenario("bom").scale(100)["queries_per_request"]["mean"].double == 2)

        let broken = Fixtures.batched(name: "crlf-bad").replacingOccurrences(
            of: "requests: 3", with: "requets: 3")
        try ws.write(broken.replacingOccurrences(of: "\n", with: "\r\n"), to: "crlf-bad.yml")
        let line = lineOf("requets", in: broken)
        expectBadInput(
            try ws.run(["run", "crlf-bad.yml"]), file: "crlf-bad.yml", line: line...line, column: 1,
            mentions: ["requests"])
    }

    @Test("A duplicate key in one mapping is an error at the second occurrence, not silently overridden")
    func duplicateKey() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let text = Fixtures.batched().replacingOccurrences(
            of: "requests: 3", with: "requests: 3\nrequests: 5")
        try ws.write(text, to: "dup.yml")
        let line = lineOf("requests: 5", in: text)
        expectBadInput(
            try ws.run(["run", "dup.yml"]), file: "dup.yml", line: line...line, mentions: ["requests"])
    }

    @Test("YAML anchors and aliases are ordinary YAML and work")
    func anchors() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            """
            name: anchored
            schema: |
              CREATE TABLE a(id INTEGER PRIMARY KEY, v INTEGER NOT NULL);
              CREATE TABLE b(id INTEGER PRIMARY KEY, v INTEGER NOT NULL);
            data:
              a: { rows: 20, columns: &columns { v: { int: [1, 3] } } }
              b: { rows: 30, columns: *columns }
            workload:
              steps:
                - query: SELECT id FROM b WHERE v BETWEEN 1 AND 3
            requests: 1
            scales: [1, 2]
            seed: 1
            """, to: "anchors.yml")
        let (result, report) = try ws.runReport(["anchors.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(report.scenario("anchored").scale(2)["rows_returned_per_request"].double == 60)
    }

    @Test("A for_each over zero kept rows runs nothing: one query, no repeats, constant")
    func emptyLoop() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.nPlusOne(name: "empty-loop").replacingOccurrences(
                of: "SELECT id FROM orders WHERE user_id = :user_id",
                with: "SELECT id FROM orders WHERE user_id = :user_id AND total < 0"), to: "empty.yml")
        let (result, report) = try ws.runReport(["empty.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        let scenario = report.scenario("empty-loop")
        for scale in [1, 10, 100] {
            #expect(scenario.scale(scale)["queries_per_request"]["mean"].double == 1)
            #expect(scenario.scale(scale)["repeated_statements"].array.isEmpty)
            #expect(scenario.scale(scale)["rows_returned_per_request"].double == 0)
        }
        #expect(scenario.growth("queries_per_request")["class"].string == "constant")
        #expect(
            scenario.growth("rows_returned_per_request")["class"].string == "constant",
            "a figure that is zero at every scale is constant")
        let amplification = scenario.growth("rows_returned_per_request")["amplification"]
        #expect(
            amplification.double.map { $0.isFinite } ?? true,
            "zero figures must not produce NaN/inf: \(amplification)")
    }

    @Test("The largest 64-bit seed and seed 0 are valid and deterministic")
    func extremeSeeds() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            Fixtures.batched().replacingOccurrences(of: "seed: 42", with: "seed: 18446744073709551615"),
            to: "max.yml")
        let (first, a) = try ws.runReport(["max.yml"], out: "a.json")
        let (second, b) = try ws.runReport(["max.yml"], out: "b.json")
        #expect(first.exitCode == 0 && second.exitCode == 0, "\(describe(first))")
        #expect(a.scenario("batched")["seed"].description == b.scenario("batched")["seed"].description)
        #expect(
            a.scenario("batched").scale(10)["bytes_returned_per_request"].double
                == b.scenario("batched").scale(10)["bytes_returned_per_request"].double)
        let zero = try ws.run(["run", "max.yml", "--seed", "0", "--out", "zero.json"])
        #expect(zero.exitCode == 0, "\(describe(zero))")
    }

    @Test("A scenario name containing spaces and non-ASCII characters round-trips into the report")
    func unicodeName() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(Fixtures.batched(name: "\"Bestellübersicht – N+1 (fixed)\""), to: "u.yml")
        let (result, report) = try ws.runReport(["u.yml"])
        #expect(result.exitCode == 0, "\(describe(result))")
        #expect(report["scenarios"][0]["name"].string == "Bestellübersicht – N+1 (fixed)")
        let text = try ws.run(["run", "u.yml"])
        #expect(text.stdout.contains("Bestellübersicht – N+1 (fixed)"))
    }
}
