import Foundation
import TestSupport
import Testing

/// Where the preload tracer comes from, and what a user is told when it cannot be had.
@Suite(.serialized)
struct TraceLibraryLocationTests {
    static let scenario = UntraceableAndLimitTests.scenario(name: "traced", command: "\"true\"")

    @Test func aMissingOverrideIsAPreflightErrorNamingThePath() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.scenario, to: "s.yml")
        let missing = dir.url.appendingPathComponent("nowhere/libHundredfoldTrace.so").path
        let result = try hf(
            ["run", "s.yml", "--out", "report.json"], in: dir.url,
            environment: ["HUNDREDFOLD_TRACE_LIBRARY": missing])
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("s.yml:"), "located in the scenario: \(result.summary)")
        #expect(result.stderr.contains(missing), "names the path it was told: \(result.summary)")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("report.json").path))
    }

    /// An installed executable with no library beside it, outside any source checkout, says so and
    /// does not try to build anything.
    @Test func anInstalledExecutableWithoutTheLibraryNamesTheFix() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.scenario, to: "s.yml")
        let installed = dir.url.appendingPathComponent("bin/hundredfold")
        try FileManager.default.createDirectory(
            at: installed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: HundredfoldBinary.url, to: installed)
        let result = try ChildProcess.run(
            installed, ["run", "s.yml", "--out", "report.json"], in: dir.url,
            environment: ["HUNDREDFOLD_TRACE_LIBRARY": ""])
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("libHundredfoldTrace.so"), "\(result.summary)")
        #expect(
            result.stderr.contains("HUNDREDFOLD_TRACE_LIBRARY"), "says how to point at one: \(result.summary)"
        )
        #expect(!result.stderr.contains("building"), "nothing to build outside a checkout: \(result.summary)")
    }
}
