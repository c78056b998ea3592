import Foundation
import TestSupport
import Testing

/// Where `ci` writes, what it reads, and the machine-readable outputs. Issue 12: "`ci --out-dir
/// /abs/path` writes to `<repo>/abs/path`" (a bug); "`ci` exits 2 with a hint when no scenario is
/// found"; "`ci --base-report FILE` … skips re-running the base"; "Outputs carry `tool_version`,
/// base and head commits …; `check --format json`, `rules --format json`".
@Suite(.serialized)
struct CIInputsAcceptanceTests {
    static let outputs = ["report.json", "compare.json", "scan.sarif", "summary.md", "report.html"]

    /// What a command may create inside the repository besides its outputs: the scan's index cache,
    /// which PRODUCT.md puts under `.hundredfold/cache/`.
    static func unexpected(_ paths: [String], allowedUnder folder: String? = nil) -> [String] {
        paths.filter { path in
            !path.hasPrefix(".hundredfold/cache/") && !(folder.map { path.hasPrefix($0 + "/") } ?? false)
        }
    }

    /// Spec: "`ci --out-dir` with absolute and relative paths both write where asked" (the bug:
    /// an absolute path joined onto the working directory).
    @Test func anAbsoluteOutDirIsWrittenThereAndNothingIsCreatedInTheRepository() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let outDir = repo.root.url.appendingPathComponent("elsewhere/hundredfold-out")
        let result = try repo.ci(["--base", "main", "--out-dir", outDir.path])
        #expect(result.exitCode == 1, "\(result.summary)")
        for name in Self.outputs {
            #expect(exists(outDir.appendingPathComponent(name)), "\(name) is written to \(outDir.path)")
        }
        let created = Self.unexpected(try repo.createdPaths())
        #expect(created.isEmpty, "nothing is created in the repository: \(created)")
        #expect(!exists(repo.url.appendingPathComponent(outDir.path)), "not joined onto the repository")
    }

    /// Spec: as above, for relative paths: below the working directory, and `..` above it.
    @Test func relativeOutDirsAreResolvedAgainstTheWorkingDirectory() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let inside = try repo.ci(["--base", "main", "--out-dir", "reports/hf"])
        #expect(inside.exitCode == 1, "\(inside.summary)")
        for name in Self.outputs {
            #expect(exists(repo.outFile(name, outDir: "reports/hf")), "\(name) in reports/hf")
        }
        let created = Self.unexpected(try repo.createdPaths(), allowedUnder: "reports/hf")
        #expect(created.isEmpty, "only reports/hf is created: \(created)")
        let outside = try repo.ci(["--base", "main", "--out-dir", "../next-to-repo"])
        #expect(outside.exitCode == 1, "\(outside.summary)")
        for name in Self.outputs {
            #expect(
                exists(repo.root.url.appendingPathComponent("next-to-repo").appendingPathComponent(name)),
                "\(name) in ../next-to-repo")
        }
    }

    /// Spec: "`ci` exits 2 with a hint when no scenario is found" (the bug: "`ci` with no
    /// scenarios prints an empty table (while `run` exits 2)").
    @Test func noScenarioExitsTwoWithAHint() throws {
        let repo = try PullRequestRepository.make(base: ["app/orders.py": Shop.ordersModule])
        defer { repo.root.remove() }
        try repo.commit(["app/report.py": Shop.reportModule], message: "a change")
        let result = try repo.ci(["--base", "main"])
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("Scenarios"), "names where it looked: \(result.stderr)")
        let lower = result.stderr.lowercased()
        #expect(
            ["init", "create", "add ", "pass "].contains { lower.contains($0) },
            "says what to do about it: \(result.stderr)")
    }

    /// Spec: as above, for a scenario path that does not exist: exit 2, the path named, and the
    /// nearest existing one offered.
    @Test func aMisspelledScenarioPathExitsTwoWithAHint() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let result = try repo.ci(["--base", "main", "Scenarioz/orders.yml"])
        #expect(result.exitCode == 2, "\(result.summary)")
        #expect(result.stderr.contains("Scenarioz/orders.yml"), "names the path: \(result.stderr)")
        #expect(
            result.stderr.contains("Scenarios/orders.yml"), "suggests the existing path: \(result.stderr)")
        #expect(!exists(repo.outFile("summary.md")), "nothing is reported on bad input")
    }

    /// A base report made by `hundredfold run --out` from the batched order-history scenario (one
    /// query per request at every scale), outside the repository.
    static func baseReport(_ repo: PullRequestRepository) throws -> URL {
        let folder = repo.root.url.appendingPathComponent("stored-baseline")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Shop.orderHistory(nPlusOne: false).utf8).write(
            to: folder.appendingPathComponent("orders.yml"))
        let run = try hf(["run", "orders.yml", "--out", "baseline.json"], in: folder)
        #expect(run.exitCode == 0, "\(run.summary)")
        return folder.appendingPathComponent("baseline.json")
    }

    /// Checks that `compare.json` took the base side of order-history from `baseline`.
    static func expectBaseFrom(_ baseline: URL, in repo: PullRequestRepository) throws {
        let stored = try Report(file: baseline)
        for scale in [1, 10, 100] {
            let expected = try #require(stored.queries(Shop.orderHistory, scale))
            let used = compareFigure(repo, Shop.orderHistory, scale, "queries_per_request", side: "base")
            #expect(
                used == expected,
                "base queries at scale \(scale) come from the stored report: \(String(describing: used)) vs \(expected)"
            )
        }
    }

    /// Spec: "`ci --base-report FILE` (or a stored baseline from the base branch's artifact) skips
    /// re-running the base". Here the base commit's scenario has an SQL error: running it would
    /// fail, so a clean comparison proves it was not run.
    @Test func baseReportSkipsRunningTheBrokenBase() throws {
        let broken = Shop.orderHistory(nPlusOne: false).replacingOccurrences(
            of: "SELECT id, total FROM orders", with: "SELECT id, totl FROM orders")
        let repo = try PullRequestRepository.make(base: ["Scenarios/orders.yml": broken])
        defer { repo.root.remove() }
        try repo.commit(["Scenarios/orders.yml": Shop.orderHistory(nPlusOne: true)], message: "n+1")
        let baseline = try Self.baseReport(repo)
        let result = try repo.ci(["--base", "main", "--base-report", baseline.path])
        #expect(
            result.exitCode == 1,
            "the head's N+1 breaks the budget; the base is the stored report: \(result.summary)")
        #expect(
            !result.combined.contains("totl"), "the broken base scenario was never run: \(result.summary)")
        try Self.expectBaseFrom(baseline, in: repo)
    }

    /// Spec: as above. The base commit's own scenario runs two queries per request, the stored
    /// report one: the comparison uses the stored figures.
    @Test func baseReportFiguresAreTheOnesCompared() throws {
        let twoQueries = Shop.orderHistory(nPlusOne: false).replacingOccurrences(
            of: "      as: orders\n", with: "      as: orders\n    - query: SELECT count(*) FROM users\n")
        let repo = try PullRequestRepository.make(base: ["Scenarios/orders.yml": twoQueries])
        defer { repo.root.remove() }
        try repo.commit(["Scenarios/orders.yml": Shop.orderHistory(nPlusOne: true)], message: "n+1")
        let baseline = try Self.baseReport(repo)
        let result = try repo.ci(["--base", "main", "--base-report", baseline.path])
        #expect(result.exitCode == 1, "\(result.summary)")
        try Self.expectBaseFrom(baseline, in: repo)
    }

    /// Spec: as above, when the base branch has no scenario at all.
    @Test func baseReportStandsInForAnAbsentBaseScenario() throws {
        let repo = try PullRequestRepository.make(base: ["app/orders.py": Shop.ordersModule])
        defer { repo.root.remove() }
        try repo.commit(["Scenarios/orders.yml": Shop.orderHistory(nPlusOne: true)], message: "n+1")
        let baseline = try Self.baseReport(repo)
        let result = try repo.ci(["--base", "main", "--base-report", baseline.path])
        #expect(result.exitCode == 1, "\(result.summary)")
        try Self.expectBaseFrom(baseline, in: repo)
    }

    /// Spec: "2 bad input or usage (a clear message names the file, line and column, and what was
    /// expected)", for `--base-report`: a malformed file, a missing one.
    @Test func aMalformedBaseReportExitsTwoNamingFileLineAndColumn() throws {
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let file = repo.root.url.appendingPathComponent("base.json")
        try Data("{\n  \"schema\": \"hundredfold.report/1\",\n  \"scenarios\": [,\n  ]\n}\n".utf8).write(
            to: file)
        let malformed = try repo.ci(["--base", "main", "--base-report", file.path])
        #expect(malformed.exitCode == 2, "\(malformed.summary)")
        #expect(
            malformed.stderr.range(of: #"base\.json:3:\d+"#, options: .regularExpression) != nil,
            "names base.json:3:COLUMN: \(malformed.stderr)")
        let missing = try repo.ci(["--base", "main", "--base-report", "no-such-baseline.json"])
        #expect(missing.exitCode == 2, "\(missing.summary)")
        #expect(missing.stderr.contains("no-such-baseline.json"), "\(missing.stderr)")
    }

    /// Spec: "Outputs carry `tool_version`, base and head commits"; "`check --format json`,
    /// `rules --format json`".
    @Test func machineReadableOutputsCarryTheToolVersionAndCommits() throws {
        let version = try toolVersion()
        #expect(!version.isEmpty)
        let repo = try Shop.nPlusOnePullRequest()
        defer { repo.root.remove() }
        let ci = try repo.ci(["--base", "main"])
        #expect(ci.exitCode == 1, "\(ci.summary)")
        for name in ["report.json", "compare.json"] {
            let document = try parseJSON(file: repo.outFile(name)) as? [String: Any]
            #expect(
                document?["tool_version"] as? String == version, "\(name) carries tool_version \(version)")
        }
        let compare = read(repo.outFile("compare.json"))
        for (side, sha) in [("base", try repo.sha("main")), ("head", try repo.sha())] {
            #expect(compare.contains("\"\(sha)\""), "compare.json names the \(side) commit \(sha)")
        }
        let check = try repo.hundredfold(["check", repo.outFile("report.json").path, "--format", "json"])
        #expect([0, 1].contains(check.exitCode), "\(check.summary)")
        let checkJSON = try parseJSON(check.stdout) as? [String: Any]
        #expect(
            checkJSON?["tool_version"] as? String == version,
            "check --format json: \(check.stdout.prefix(400))")
        let rules = try hf(["rules", "--format", "json"], in: repo.url)
        #expect(rules.exitCode == 0, "\(rules.summary)")
        let rulesJSON = try parseJSON(rules.stdout) as? [String: Any]
        #expect(rulesJSON?["tool_version"] as? String == version, "rules --format json")
        #expect(((rulesJSON?["rules"] as? [Any])?.count ?? 0) >= 10, "rules --format json lists the rules")
    }
}
