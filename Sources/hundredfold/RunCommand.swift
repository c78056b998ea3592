import ArgumentParser
import Configuration
import Foundation
import HundredfoldCore
import Reporting
import ScenarioKit

/// `hundredfold run [PATH...]`: loads every scenario, checks all of them against their schemas,
/// then runs each at its scales and prints the report. Exits 1 when a scenario fails a budget or is
/// stopped by a limit, 2 on bad input (before anything runs).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scenarios at data scales and report how each figure grows.",
        discussion: """
            PATH is a scenario file or a folder searched recursively for *.yml and *.yaml (default: \
            Scenarios/). Every scenario is loaded and checked before any runs. Budgets come from \
            each scenario's budget: and from hundredfold.yml when present.
            """)

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = []

    @Option(
        help: "Comma-separated positive scales, overriding the scenarios' own (e.g. 1,10,100).",
        transform: RunCommand.parseScales)
    var scales: [Int]?

    @Option(help: "Seed for data generation and parameters, overriding the scenarios' own.")
    var seed: UInt64?

    @Option(
        help: """
            Output format on stdout: \(RunReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) \
            (default: text).
            """)
    var format: RunReportFormat?

    @Option(
        help: """
            Also write the report to this file, atomically, in the format its extension names \
            (.json, .html, .md, .txt), else in --format, else JSON.
            """)
    var out: String?

    @Option(
        help: ArgumentHelp(
            "Run only shard I of N (e.g. 2/3), for a CI matrix; 'hundredfold merge' joins the shards' reports.",
            discussion: "Each scenario goes to one shard, by a stable hash of its name (or by --timings)."),
        transform: RunCommand.parseShard)
    var shard: ShardSelection?

    @Option(
        help: ArgumentHelp(
            "A previous JSON report whose scenario durations balance the shards (with --shard).",
            discussion:
                "Longest first onto the least busy shard; scenarios not in it go by the hash of their name."))
    var timings: String?

    @Option(
        help: ArgumentHelp(
            "The engines to run on: sqlite (default), postgres, or sqlite,postgres to compare them.",
            discussion:
                "With two, the report's figures are the first engine's, plus each gated figure's growth on both."
        ),
        transform: RunCommand.parseEngines)
    var engine: [RunEngine]?

    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "An existing PostgreSQL server for --engine postgres (default: $DATABASE_URL, else a throwaway local server).",
            discussion:
                "Hundredfold creates and drops its own scratch databases there; it needs pg_stat_statements.")
    )
    var databaseURL: String?

    func validate() throws {
        if timings != nil, shard == nil {
            throw ValidationError("--timings balances shards: use it with --shard I/N")
        }
        try validateEngine()
    }

    // MARK: - Running

    func run() async throws {
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let settings = try HundredfoldConfiguration.loadIfPresent(in: workingDirectory)
        let allowed = (settings?.scenarioAllowedPaths ?? []).map {
            URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL
        }
        var scenarios = try ScenarioLoader(workingDirectory: workingDirectory, allowedFolders: allowed)
            .load(paths: paths.isEmpty ? ["Scenarios/"] : paths)
        if let settings {
            for index in scenarios.indices {
                scenarios[index].budgets = settings.budgets.budgets(
                    forScenario: scenarios[index].name, own: scenarios[index].budgets)
                if scenarios[index].pricing == nil, let name = settings.pricing,
                    let location = settings.pricingLocation
                {
                    scenarios[index].pricing = .profile(name: name, location: location)
                }
            }
        }
        let outURL = try out.map { try Self.outputURL($0, in: workingDirectory) }
        for scenario in scenarios where engines.first == .sqlite || scenario.schemaCommand == nil {
            // With PostgreSQL first, migrations run on PostgreSQL: checked when the scenario runs.
            try ScenarioRunner(options: RunOptions(scales: scales, seed: seed)).validate(scenario)
        }
        let (selected, shardInfo) = try shardScenarios(scenarios)
        let server = try startServer()
        defer { server?.close() }
        let runners = runners(server: server)
        let progress = StandardError.isTerminal ? ProgressLine() : nil
        var reports: [ScenarioReport] = []
        for scenario in selected {
            var onProgress: (@Sendable (RunProgress) -> Void)?
            if let progress { onProgress = { progress.show($0) } }
            let start = ContinuousClock.now
            var report = try Self.report(scenario, runners: runners, engines: engines, progress: onProgress)
            report.duration_ms = Self.milliseconds(ContinuousClock.now - start)
            reports.append(report)
            progress?.clear()
        }
        var report = RunReport(seed: seed, scenarios: reports)
        report.shard = shardInfo
        report.engine = engines.map(\.rawValue).joined(separator: ",")
        try Self.emit(report, format: format, outURL: outURL)
    }

    /// Writes `report` to `outURL` (atomically, in the format its extension names, else `format`,
    /// else JSON) and prints it in `format` (default text); exit 1 when it failed.
    static func emit(_ report: RunReport, format: RunReportFormat?, outURL: URL?) throws {
        if let outURL {
            let fileFormat = RunReportFormat(fileExtension: outURL.pathExtension) ?? format ?? .json
            let written = try fileFormat.renderer.render(report, options: RenderOptions(color: false))
            try AtomicFile.write(Data(written.utf8), to: outURL)
        }
        let rendered = try (format ?? .text).renderer.render(
            report, options: RenderOptions(color: Self.stdoutColor))
        FileHandle.standardOutput.write(Data(rendered.utf8))
        if report.verdict == .fail { throw ExitStatus.budgetExceeded }
    }

    // MARK: - Arguments

    /// `1,10,100` → [1, 10, 100]; anything but distinct positive integers is a usage error.
    static func parseScales(_ text: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var scales: [Int] = []
        var seen: Set<Int> = []
        for part in parts {
            guard let scale = Int(part), scale > 0 else {
                throw ValidationError(
                    "--scales: '\(part)' is not a positive integer (expected e.g. 1,10,100)")
            }
            guard seen.insert(scale).inserted else {
                throw ValidationError("--scales: \(scale) is listed twice")
            }
            scales.append(scale)
        }
        return scales
    }

    /// `duration` in whole milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded()
    }

    /// The `--out` file, checked before anything runs: its folder must exist (nothing is created on
    /// the user's behalf) and it must not be a folder itself.
    static func outputURL(_ path: String, in workingDirectory: URL) throws -> URL {
        let url =
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw ValidationError("--out: the folder of '\(path)' does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
        {
            throw ValidationError(
                "--out: '\(path)' is a folder; name the report file, e.g. \(path)/report.json")
        }
        do {
            try AtomicFile.checkWritable(url)
        } catch let error as AtomicFile.WriteError {
            throw ValidationError("--out: cannot write '\(path)': \(error.reason)")
        }
        return url
    }

    static var stdoutColor: Bool { StandardError.colorAllowed(on: STDOUT_FILENO) }
}

extension RunReportFormat: ExpressibleByArgument {}

/// One line of progress on stderr, rewritten in place; only used when stderr is a terminal.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()

    func show(_ progress: RunProgress) {
        let phase =
            switch progress.phase {
            case .generating(let table, let rows, let total): "generating \(table) \(rows)/\(total) rows"
            case .requests(let done, let total): "request \(done)/\(total)"
            }
        let text = "\(progress.scenario) at \(progress.scale)x: \(phase)"
        lock.withLock { StandardError.write("\r\u{1B}[2K" + String(text.prefix(100))) }
    }

    func clear() {
        lock.withLock { StandardError.write("\r\u{1B}[2K") }
    }
}
