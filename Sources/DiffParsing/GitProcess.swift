import Foundation
import HundredfoldCore

/// Runs `git` as a child process (``ProcessRunner``), never paging or prompting.
enum GitProcess {
    /// Runs `git ARGUMENTS` in `directory`, feeding `input` on stdin; throws
    /// ``DiffError/gitFailed(command:message:)`` when git cannot be started at all.
    static func run(_ arguments: [String], in directory: URL, input: [UInt8]? = nil) throws
        -> ProcessRunner.Output
    {
        do {
            return try ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory,
                environment: ["GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"], input: input)
        } catch {
            throw DiffError.gitFailed(command: "git", message: "could not start git: \(error.reason)")
        }
    }
}
