import HundredfoldCore

/// A report that cannot be used, read alone or joined with shard reports: bad input, exit 2.
/// Every message names the files concerned.
public enum ReportError: DiagnosticError, Equatable {
    // MARK: Reading one report
    /// The file cannot be read; `reason` says why when it is known.
    case unreadable(file: String, reason: String?)
    case notJSON(file: String, line: Int, column: Int, detail: String)
    case notAReport(file: String)
    case schemaMismatch(file: String, found: String)
    /// The JSON is a report but a value is missing or of the wrong kind, at `location`.
    case malformed(location: SourceLocation, path: String, detail: String)

    // MARK: Joining shard reports
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
        case .unreadable(let file, let reason):
            Diagnostic(
                location: at(file),
                message: "cannot read the report file" + (reason.map { ": \($0)" } ?? ""),
                hint: "check the path")
        case .notJSON(let file, let line, let column, let detail):
            Diagnostic(
                location: SourceLocation(file: file, line: line, column: column),
                message: "not a JSON report: \(detail)",
                hint: "pass a report written by 'hundredfold run --out FILE'")
        case .notAReport(let file):
            Diagnostic(
                location: at(file), keyPath: "schema",
                message:
                    "not a Hundredfold report: expected a JSON object with \"schema\": \"\(RunReport.schemaIdentifier)\"",
                hint: "pass a report written by 'hundredfold run --out FILE'")
        case .schemaMismatch(let file, let found):
            Diagnostic(
                location: at(file), keyPath: "schema",
                message:
                    "report schema '\(found)' is not supported; expected '\(RunReport.schemaIdentifier)'",
                hint: "run both sides with the same Hundredfold version")
        case .malformed(let location, let path, let detail):
            Diagnostic(location: location, keyPath: path, message: "malformed report: \(detail)")
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
