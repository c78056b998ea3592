import ArgumentParser
import Foundation
import PreMerge
import Reporting
import StaticScan

/// `hundredfold ci --base REF`: the pre-merge job (see ``CIJob``); prints the Markdown summary and
/// exits 1 when a budget fails or the change adds a finding at the failing severity.
struct CI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci",
        abstract:
            "Scan the change, run the scenarios on the merge-base and on the head, compare, apply budgets.")

    @Option(help: "The branch or commit the change merges into (e.g. origin/main).")
    var base: String

    @Option(help: "The change's commit (default: the working tree).")
    var head: String?

    @Option(
        name: .customLong("out-dir"),
        help: "Where report.json, compare.json, scan.sarif, summary.md and report.html go.")
    var outDir: String = ".hundredfold"

    @Option(name: .customLong("budgets-from"), help: "Whose budgets apply: base (default) or head.")
    var budgetsFrom: BudgetSource = .base

    @Option(help: "The project configuration for both sides (default: each side's own hundredfold.yml).")
    var config: String?

    @Option(
        help:
            "Comma-separated positive scales for both sides, overriding the scenarios' own (e.g. 1,10,100).",
        transform: RunCommand.parseScales)
    var scales: [Int]?

    @Option(help: "Seed for data generation on both sides, overriding the scenarios' own.")
    var seed: UInt64?

    @Option(
        name: .customLong("fail-on"),
        help: "The lowest severity of a new static finding that fails the job: none, warning or error.")
    var failOn: FailOn = .error

    @Option(
        name: .customLong("base-report"),
        help: ArgumentHelp(
            "A stored run report of the base branch (hundredfold run --out) used instead of running the base.",
            discussion: """
                Keep one from the base branch's CI (its report.json artifact) so pull requests do not re-run \
                the base. Repeat it to give the reports of a sharded run (run --shard I/N): they are merged.
                """
        ))
    var baseReport: [String] = []

    @Option(
        name: .customLong("head-report"),
        help: ArgumentHelp(
            "A run report of the head used instead of running it; repeat it for the reports of a sharded run.",
            discussion: "For a CI matrix: each job runs 'run --shard I/N', the last job merges and compares."
        ))
    var headReport: [String] = []

    @Argument(help: "Scenario files or folders (default: Scenarios/).")
    var paths: [String] = []

    func run() throws {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let result = try CIJob.run(
            CIOptions(
                base: base, head: head, outDirectory: outDir, budgetsFrom: budgetsFrom, paths: paths,
                executable: executable,
                workingDirectory: URL(
                    fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
                configPath: config, scales: scales, seed: seed, failOn: failOn.severity,
                baseReportPaths: baseReport, headReportPaths: headReport,
                log: { StandardError.write($0) }))
        FileHandle.standardOutput.write(Data(result.summary.utf8))
        if result.verdict == .fail { throw ExitStatus.budgetExceeded }
    }
}
