import Foundation
import HundredfoldCore
import Reporting

/// Runs one side's scenarios with that side's own files: `hundredfold run` as a child process in
/// the side's checkout, so a schema file, a SQL file or a program in the repository is the
/// version of that commit.
struct SideRunner {
    var executable: URL
    /// The scratch folder the run's report is written to.
    var scratch: URL
    /// Where the child's diagnostics are passed on.
    var log: @Sendable (String) -> Void
    /// Options every side's run gets (`--scales`, `--seed`).
    var runOptions: [String] = []

    /// Runs `paths` (relative to `directory`) and reads the report. On a `required` side (the head)
    /// every path must exist; elsewhere (the base) paths it does not have are left out, and a side
    /// with none of them has an empty report.
    func run(side: String, paths: [String], in directory: URL, required: Bool = false) throws -> RunReport {
        let present = paths.filter {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
        }
        if required && present.count < paths.count {
            let missing = paths.filter { !present.contains($0) }
            throw PreMergeError.missingScenarioPaths(
                paths: missing,
                suggestions: missing.compactMap { PathSuggestion.nearest(to: $0, in: directory) })
        }
        guard !present.isEmpty else { return RunReport(scenarios: []) }
        let out = scratch.appendingPathComponent("\(side)-report.json")
        let output = try ChildProcesses.run(
            executable, ["run"] + present + runOptions + ["--out", out.path, "--format", "json"],
            in: directory,
            environment: ParentLink.environmentForChild)
        if !output.stderrText.isEmpty { log(output.stderrText) }
        switch output.status {
        case 0, 1:
            return try ReportReader.read(out, displayPath: "\(side) report")
        case 2:
            throw PreMergeError.childRejectedInput(
                step: "hundredfold run on the \(side)", message: output.stderrText)
        default:
            throw PreMergeFailure(
                step: "hundredfold run on the \(side)", message: "exit \(output.status): \(output.stderrText)"
            )
        }
    }
}
