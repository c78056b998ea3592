import ArgumentParser
import Foundation
import Reporting

/// `hundredfold merge A.json B.json ... --out report.json`: joins the reports of a sharded run
/// (`run --shard I/N`) into the one an unsharded run writes (see ``ShardMerge``), then prints and
/// writes it as `run` does. Exits 1 when a merged scenario failed, 2 on bad input (nothing written).
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the reports of 'run --shard I/N' into one report, as an unsharded run writes it.",
        discussion: """
            Refuses shards of different runs (Hundredfold version, seed, scales, scenarios), a shard \
            given twice or missing, and a scenario in two shards.
            """)

    @Argument(help: "The shards' JSON reports (run --shard I/N --out FILE).")
    var reports: [String]

    @Option(
        help:
            "Output format on stdout: \(RunReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: text)."
    )
    var format: RunReportFormat?

    @Option(
        help: """
            Also write the merged report to this file, atomically, in the format its extension names \
            (.json, .html, .md, .txt), else in --format, else JSON.
            """)
    var out: String?

    func validate() throws {
        if reports.isEmpty {
            throw ValidationError("name the shard reports to merge, e.g. shard-1.json shard-2.json")
        }
    }

    func run() throws {
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let outURL = try out.map { try RunCommand.outputURL($0, in: workingDirectory) }
        let inputs = try reports.map {
            ShardMerge.Input(
                file: $0, report: try ReportReader.read(URL(fileURLWithPath: $0), displayPath: $0))
        }
        try RunCommand.emit(ShardMerge.merge(inputs), format: format, outURL: outURL)
    }
}
