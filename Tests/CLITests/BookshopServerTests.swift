import Foundation
import TestSupport
import Testing

/// The Django bookshop of Scenarios/real-programs/, served by gunicorn and driven by `http:`
/// steps: the N+1 page grows linearly and fails its budget, the `select_related` page stays at one
/// query and passes, and every traced count equals Django's own count of the same request.
@Suite(
    .serialized,
    .enabled(
        if: BookshopPython.hasDjangoAndGunicorn,
        "Django or gunicorn is not installed: `python3 -m pip install django==5.2.19 gunicorn==27.0.1` enables these tests (.ci/run does)"
    ))
struct BookshopServerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let djangoAndGunicorn: Bool = {
        let check = try? ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import django, gunicorn"])
        return check?.exitCode == 0
    }()

    /// Runs one of the pair at 1x–100x with Django counting too; the scenario and Django's counts.
    func run(_ file: String) throws -> (exitCode: Int32, scenario: [String: Any], django: [Int: [Int]]) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let counts = directory.url.appendingPathComponent("counts").path
        let result = try HundredfoldBinary.run(
            ["run", "Scenarios/real-programs/\(file)", "--format", "json"], in: Self.root,
            environment: ["BOOKSHOP_COUNTS": counts])
        let scenario = try ServerModeTests.scenarioJSON(result)
        var django: [Int: [Int]] = [:]
        for scale in [1, 10, 100] {
            django[scale] = ((try? String(contentsOfFile: "\(counts)-\(scale)", encoding: .utf8)) ?? "")
                .split(separator: "\n").compactMap { Int($0) }
        }
        return (result.exitCode, scenario, django)
    }

    /// Each scale's traced mean and max equal Django's over the same requests.
    func expectDjangoCounts(_ scenario: [String: Any], _ django: [Int: [Int]]) {
        for scale in scenario["scales"] as? [[String: Any]] ?? [] {
            let factor = scale["scale"] as? Int ?? 0
            let counts = django[factor] ?? []
            #expect(counts.count == 5, "Django counted \(counts.count) requests at \(factor)x")
            let mean = Double(counts.reduce(0, +)) / Double(max(counts.count, 1))
            #expect(ServerModeTests.number(scale, "queries_per_request", "mean") == mean, "\(factor)x")
            #expect(ServerModeTests.number(scale, "queries_per_request", "max") == Double(counts.max() ?? -1))
            // Django's two PRAGMAs and sqlite_compileoption_used on every request's new connection.
            let byClass = scale["statements_by_class"] as? [String: [String: Double]]
            #expect(byClass?["connection_setup"]?["mean"] == 3)
            #expect(scale["request_ms"] as? [String: Double] != nil)
        }
    }

    @Test func nPlusOnePageIsLinearAndFails() throws {
        let bad = try run("bookshop.bad.yml")
        #expect(bad.exitCode == 1)
        #expect(bad.scenario["stopped"] == nil, "\(bad.scenario["stopped"] ?? "")")
        let growth = bad.scenario["growth"] as? [String: [String: Any]]
        #expect(growth?["queries_per_request"]?["class"] as? String == "linear")
        let largest = (bad.scenario["scales"] as? [[String: Any]])?.last
        let repeated = (largest?["repeated_statements"] as? [[String: Any]])?.first
        #expect((repeated?["fingerprint"] as? String)?.contains("FROM \"books_author\"") == true)
        expectDjangoCounts(bad.scenario, bad.django)
    }

    @Test func selectRelatedPageIsOneQueryAndPasses() throws {
        let fixed = try run("bookshop.fixed.yml")
        #expect(fixed.exitCode == 0)
        let queries = (fixed.scenario["scales"] as? [[String: Any]] ?? []).map {
            ServerModeTests.number($0, "queries_per_request", "max")
        }
        #expect(queries == [1, 1, 1])
        expectDjangoCounts(fixed.scenario, fixed.django)
    }
}

/// Whether the python3 on PATH can import what the bookshop needs.
enum BookshopPython {
    static let hasDjangoAndGunicorn: Bool = {
        let check = try? ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import django, gunicorn"])
        return check?.exitCode == 0
    }()
}
