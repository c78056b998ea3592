import HundredfoldCore
import SQLiteHarness

/// Why a scenario cannot run: every case points at the scenario file and key path.
public struct RunnerError: DiagnosticError, Equatable {
    public var diagnostic: Diagnostic

    init(_ location: SourceLocation?, _ keyPath: String, _ message: String, hint: String? = nil) {
        diagnostic = Diagnostic(location: location, keyPath: keyPath, message: message, hint: hint)
    }

    // MARK: - Cases

    /// SQL in `script` failed; points at the line of the error inside the SQL when SQLite says.
    static func sql(_ error: DatabaseError, in script: SQLScript) -> RunnerError {
        RunnerError(
            location(of: error.offset, in: script), script.keyPath, "SQLite: \(error.message)",
            hint: "the SQL is checked against the schema in an in-memory database before anything runs")
    }

    static func unknownTable(_ table: String, at location: SourceLocation, _ keyPath: String) -> RunnerError {
        RunnerError(location, keyPath, "no table '\(table)' in the schema")
    }

    static func unknownColumn(_ column: String, table: String, at location: SourceLocation, _ keyPath: String)
        -> RunnerError
    {
        RunnerError(location, keyPath, "table '\(table)' has no column '\(column)'")
    }

    static func undefinedParameter(_ name: String, in script: SQLScript, available: [String]) -> RunnerError {
        let known = available.isEmpty ? "none" : available.sorted().map { ":" + $0 }.joined(separator: ", ")
        return RunnerError(
            script.location, script.keyPath, "parameter :\(name) is never defined (defined here: \(known))",
            hint: "declare it under workload.params, or keep a row with it using `as:` and a `for_each`")
    }

    // MARK: - Locations inside SQL

    /// The place of byte `offset` of the script's SQL. The script's location is where its first
    /// character is; later lines are assumed to start at the same column (a YAML block scalar's
    /// lines share its indentation; a `.sql` file starts at column 1).
    static func location(of offset: Int?, in script: SQLScript) -> SourceLocation {
        guard let offset else { return script.location }
        let prefix = script.sql.utf8.prefix(offset)
        let lines = prefix.split(separator: 10, omittingEmptySubsequences: false)
        let lastLine = lines.last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        var location = script.location
        location.line += lines.count - 1
        location.column += lastLine.unicodeScalars.count
        return location
    }
}
