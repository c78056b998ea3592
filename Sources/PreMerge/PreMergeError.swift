import HundredfoldCore

/// Bad input to the pre-merge job or `init` (exit 2): not a repository, a ref git does not know,
/// a file that cannot be written, a scenario or scan that rejected its input.
public enum PreMergeError: DiagnosticError, Equatable {
    case notAGitRepository(directory: String)
    /// `option` is the flag that named the ref (`--base`, `--head`).
    case unknownRef(option: String, ref: String, message: String)
    /// Scenario paths (relative to the repository root) the head does not have, and the existing
    /// paths nearest to them.
    case missingScenarioPaths(paths: [String], suggestions: [String])
    /// The head's scenario paths hold no scenario.
    case noScenarios(paths: [String])
    case noMergeBase(base: String, head: String)
    case cannotWrite(path: String, reason: String)
    case worktree(message: String)
    /// A child `hundredfold run`/`scan` exited 2: its own message says what was wrong.
    case childRejectedInput(step: String, message: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .notAGitRepository(let directory):
            Diagnostic(
                message: "'\(directory)' is not inside a git repository",
                hint: "run 'hundredfold ci' in the repository")
        case .unknownRef(let option, let ref, let message):
            Diagnostic(
                keyPath: option, message: "git does not know the ref '\(ref)': \(message)",
                hint: "fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin \(ref))")
        case .missingScenarioPaths(let paths, let suggestions):
            Diagnostic(
                message: "the head has no \(paths.map { "'\($0)'" }.joined(separator: ", ")): "
                    + "the gate would pass without running a scenario",
                hint: (suggestions.isEmpty
                    ? "" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))? ")
                    + "scenario paths are relative to the repository root; name files or folders that "
                    + "exist there (default: Scenarios/)")
        case .noScenarios(let paths):
            Diagnostic(
                message:
                    "no scenario found in \(paths.map { "'\($0)'" }.joined(separator: ", ")) on the head: "
                    + "the gate would pass without running one",
                hint: "'hundredfold init' writes an example scenario in Scenarios/; name scenario files or "
                    + "folders as arguments; for the static scan alone run 'hundredfold scan --base REF'")
        case .noMergeBase(let base, let head):
            Diagnostic(
                message: "'\(base)' and '\(head)' have no common ancestor", hint: "fetch the full history")
        case .cannotWrite(let path, let reason):
            Diagnostic(
                location: SourceLocation(file: path, line: 1, column: 1), message: "cannot write: \(reason)")
        case .worktree(let message):
            Diagnostic(message: "cannot create a temporary git worktree for the base: \(message)")
        case .childRejectedInput(let step, let message):
            Diagnostic(message: "\(step) failed:\n\(message)")
        }
    }
}

/// A step of the job failed in a way that is a bug (a child exited 3, or with an unexpected code).
public struct PreMergeFailure: Error, CustomStringConvertible {
    public var step: String
    public var message: String
    public var description: String { "\(step) failed unexpectedly: \(message)" }
}
