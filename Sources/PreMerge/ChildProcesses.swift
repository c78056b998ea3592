import Foundation
import HundredfoldCore

/// The job's child processes: git, and the `hundredfold` binary for each side.
///
/// Every child is stopped on Ctrl-C or SIGTERM (``SignalCleanup``) before the temporary worktrees
/// it may be running in are removed.
enum ChildProcesses {
    /// Runs `executable ARGUMENTS` in `directory` with `environment` added to ours.
    static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> ProcessRunner.Output {
        try ProcessRunner.run(
            executable, arguments, in: directory, environment: environment, stopOnInterrupt: true)
    }

    /// Runs git; throws ``GitCommandFailure`` with its stderr when it fails.
    static func git(_ arguments: [String], in directory: URL) throws -> String {
        let output = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory)
        guard output.status == 0 else {
            throw GitCommandFailure(
                arguments: arguments,
                message: output.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return output.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A git command that exited non-zero; mapped to a ``PreMergeError`` by the caller that knows why.
struct GitCommandFailure: Error {
    var arguments: [String]
    var message: String
}
