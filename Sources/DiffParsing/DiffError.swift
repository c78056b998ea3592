import HundredfoldCore

/// Everything that can go wrong reading a diff or asking git; each case is bad input (exit 2).
public enum DiffError: DiagnosticError, Equatable {
    /// The diff does not follow the unified format at `line`:`column` of `source`.
    case malformed(source: String, line: Int, column: Int, expected: String)
    /// A hunk ended before its header's counts were used up, or ran past them.
    case hunkCountMismatch(source: String, line: Int, headerLine: Int, detail: String)
    /// The input has content but no file section at all.
    case notADiff(source: String, line: Int)
    /// A git ref that does not name a commit.
    case unknownRef(String)
    /// The folder is not inside a git repository.
    case notARepository(String)
    /// git itself failed for a reason the user can act on.
    case gitFailed(command: String, message: String)
    /// A path named by the diff or the user that lies outside the repository.
    case outsideRepository(String)

    public var diagnostic: Diagnostic {
        switch self {
        case .malformed(let source, let line, let column, let expected):
            Diagnostic(
                location: SourceLocation(file: source, line: line, column: column),
                message: "malformed diff: expected \(expected)")
        case .hunkCountMismatch(let source, let line, let headerLine, let detail):
            Diagnostic(
                location: SourceLocation(file: source, line: line, column: 1),
                message: "malformed diff: the hunk header at line \(headerLine) \(detail)",
                hint: "the diff was probably edited by hand or truncated; regenerate it with git diff")
        case .notADiff(let source, let line):
            Diagnostic(
                location: SourceLocation(file: source, line: line, column: 1),
                message: "not a unified diff: expected a line starting with 'diff --git' or '--- '",
                hint: "pass the output of git diff (or git format-patch / git log -p)")
        case .unknownRef(let ref):
            Diagnostic(
                message: "unknown git ref '\(ref)': expected a branch, tag or commit of this repository",
                hint: "fetch it first (git fetch origin \(ref)) or check the spelling")
        case .notARepository(let path):
            Diagnostic(
                message: "'\(path)' is not inside a git repository: expected a git working tree",
                hint: "run the command inside the repository, or pass --diff FILE")
        case .gitFailed(let command, let message):
            Diagnostic(message: "\(command) failed: \(message)")
        case .outsideRepository(let path):
            Diagnostic(message: "path '\(path)' lies outside the repository")
        }
    }
}
