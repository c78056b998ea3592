import ArgumentParser
import Configuration
import DiffParsing
import Foundation
import HundredfoldCore
import RepositoryIndex
import ScanOutput
import StaticScan

/// `hundredfold scan`: static detection of load amplification in a change (or in every file).
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find queries, writes, HTTP, cache and storage calls amplified by loops in a change.",
        discussion: """
            Input: --diff FILE (or - for stdin) with a unified diff, --base REF [--head REF] in a git \
            repository (head defaults to the working tree), or --all for every tracked file. Only \
            findings in added or changed lines are reported for a diff. Exit codes: 0 ok, 1 a new \
            finding at or above --fail-on, 2 bad input, 3 internal error.
            """)

    @Option(
        name: .customLong("diff"),
        help: ArgumentHelp("A unified diff to scan; - reads stdin.", valueName: "file"))
    var diffFile: String?

    @Option(
        help: ArgumentHelp("Scan the change from the merge base of REF to the head.", valueName: "ref"))
    var base: String?

    @Option(
        help: ArgumentHelp("The head commit for --base (default: the working tree).", valueName: "ref"))
    var head: String?

    @Flag(help: "Scan every tracked file whole.")
    var all = false

    @Option(
        help: ArgumentHelp(
            "Output format: \(ScanFormat.allCases.map(\.rawValue).joined(separator: "|")).",
            valueName: "format"))
    var format: ScanFormat = .text

    @Option(
        help: ArgumentHelp(
            "Exit 1 when a new finding has this severity or higher: none|warning|error.",
            valueName: "level"))
    var failOn: FailOn = .error

    @Option(
        help: ArgumentHelp(
            "Write the output to FILE (atomically); stdout then shows the text format.", valueName: "file"
        ))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "The configuration file (default: hundredfold.yml here, else at the repository root).",
            valueName: "file"))
    var config: String?

    @Flag(help: "Do not read or write the repository index cache (.hundredfold/cache/).")
    var noCache = false

    @Flag(help: "Remove the repository index cache (.hundredfold/cache/) before scanning.")
    var clearCache = false

    func validate() throws {
        if diffFile != nil, base != nil {
            throw ValidationError(
                "--diff and --base are mutually exclusive: scan a diff file or a git range, not both")
        }
        if all, diffFile != nil || base != nil {
            throw ValidationError("--all scans every file; do not combine it with --diff or --base")
        }
        if head != nil, base == nil {
            throw ValidationError("--head needs --base REF")
        }
        if diffFile == nil, base == nil, !all {
            throw ValidationError(
                "nothing to scan: pass --diff FILE (or - for stdin), --base REF, or --all")
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let settings = try loadConfiguration(in: directory)
        if clearCache, let repository = GitRepository.find(containing: directory) {
            try IndexCache.clear(root: repository.root)
        }
        let job = ScanJob(
            input: try input(), configuration: settings.scan, directory: directory, indexCache: !noCache)
        let report = try job.run(failOn: failOn.severity)
        for skipped in report.skipped {
            StandardError.write("warning: \(skipped.path): \(skipped.reason)\n")
        }
        let output = format.renderer.render(report)
        if let out {
            try AtomicFile.write(Data(output.utf8), to: URL(fileURLWithPath: out, relativeTo: directory))
            if format != .text { print(TextScanRenderer().render(report), terminator: "") }
        } else {
            print(output, terminator: "")
        }
        if report.failed { throw ExitStatus.budgetExceeded }
    }

    // MARK: - Inputs

    private func input() throws -> ScanInput {
        if let diffFile {
            if diffFile == "-" {
                return .diff(
                    bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()), source: "<stdin>")
            }
            guard let data = FileManager.default.contents(atPath: diffFile) else {
                throw ScanCommandError.unreadableDiff(diffFile)
            }
            return .diff(bytes: [UInt8](data), source: diffFile)
        }
        if let base { return .refs(base: base, head: head) }
        return .all
    }

    private func loadConfiguration(in directory: URL) throws -> HundredfoldConfiguration {
        if let config {
            return try HundredfoldConfiguration.load(
                from: URL(fileURLWithPath: config, relativeTo: directory), displayPath: config)
        }
        let root = GitRepository.find(containing: directory)?.root
        return try HundredfoldConfiguration.loadIfPresent(in: directory, orAtRepositoryRoot: root)
            ?? HundredfoldConfiguration()
    }
}

/// `--fail-on none|warning|error`.
enum FailOn: String, CaseIterable, ExpressibleByArgument {
    case none
    case warning
    case error

    /// The lowest severity that fails the scan; nil never fails.
    var severity: Severity? {
        switch self {
        case .none: nil
        case .warning: .warning
        case .error: .error
        }
    }
}

extension ScanFormat: ExpressibleByArgument {}

/// Bad input to `scan` itself (the diff, git and configuration have their own errors).
enum ScanCommandError: DiagnosticError {
    case unreadableDiff(String)

    var diagnostic: Diagnostic {
        switch self {
        case .unreadableDiff(let path):
            Diagnostic(
                message: "cannot read the diff '\(path)': expected a readable file, or - for stdin")
        }
    }
}
