import HundredfoldCore

/// Shard reports that cannot be joined into one run's report: bad input, exit 2. Every message
/// names the files concerned.
public enum ShardMergeError: DiagnosticError, Equatable {
    case noReports
    /// A report without a `shard` field: an unsharded or already merged run.
    case notAShard(file: String)
    /// Two shards of different runs: `what` differs between them.
    case differentRuns(what: String, file: String, value: String, otherFile: String, otherValue: String)
    case duplicateShard(index: Int, count: Int, files: [String])
    case missingShards([Int], count: Int, given: [String])
    case duplicateScenario(name: String, files: [String])
    /// A scenario the run's scenario list does not name.
    case unlistedScenario(name: String, file: String)
    /// A scenario of the run that no shard report holds.
    case missingScenario(name: String, files: [String])

    public var diagnostic: Diagnostic {
        switch self {
        case .noReports:
            Diagnostic(
                message: "no shard reports to merge",
                hint: "pass the files 'run --shard I/N --out FILE' wrote")
        case .notAShard(let file):
            Diagnostic(
                location: at(file), keyPath: "shard",
                message:
                    "not a shard report: it has no \"shard\" field (an unsharded or merged run is already whole)",
                hint: "pass the reports of 'hundredfold run --shard I/N --out FILE'")
        case .differentRuns(let what, let file, let value, let otherFile, let otherValue):
            Diagnostic(
                location: at(otherFile),
                message: "shards of different runs: \(what) '\(otherValue)' here, '\(value)' in \(file)",
                hint:
                    "run every shard with the same Hundredfold version, scenarios, --seed, --scales and --timings"
            )
        case .duplicateShard(let index, let count, let files):
            Diagnostic(
                location: at(files[1]), keyPath: "shard.index",
                message: "shard \(index)/\(count) is given twice: \(files.joined(separator: " and "))")
        case .missingShards(let missing, let count, let given):
            Diagnostic(
                message: "incomplete run: shard\(missing.count == 1 ? "" : "s") "
                    + "\(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing "
                    + "(given: \(given.joined(separator: ", ")))",
                hint: "pass the reports of all \(count) shards")
        case .duplicateScenario(let name, let files):
            Diagnostic(
                location: at(files[1]),
                message: "scenario '\(name)' is in more than one shard: \(files.joined(separator: " and "))",
                hint: "run every shard with the same --timings file, or none")
        case .unlistedScenario(let name, let file):
            Diagnostic(
                location: at(file),
                message: "scenario '\(name)' is not in the run's scenario list (shard.run_order)")
        case .missingScenario(let name, let files):
            Diagnostic(
                message: "scenario '\(name)' of the run is in none of \(files.joined(separator: ", "))",
                hint: "run every shard with the same --timings file, or none")
        }
    }

    private func at(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }
}
