import ArgumentParser
import Foundation
import HundredfoldCore

/// The exit codes every command shares: 0 ok, 1 a budget or threshold exceeded, 2 bad input or
/// usage, 3 an internal error.
enum ExitStatus {
    static let budgetExceeded = ExitCode(1)
    static let badInput = ExitCode(2)
    static let internalError = ExitCode(3)

    /// Prints what the user needs to know about `error` on stderr and exits with its code.
    static func exit(for error: Error) -> Never {
        SignalCleanup.yieldToInterruptCleanup()
        if let diagnostic = error as? DiagnosticError {
            StandardError.write("\(diagnostic.diagnostic)\n")
            Hundredfold.exit(withError: badInput)
        }
        if let exitCode = error as? ExitCode {
            Hundredfold.exit(withError: exitCode)
        }
        if error is CleanExit {
            Hundredfold.exit(withError: error)
        }
        let parserCode = Hundredfold.exitCode(for: error)
        if parserCode == .validationFailure {
            StandardError.write(Hundredfold.fullMessage(for: error) + "\n")
            StandardError.write("Run 'hundredfold --help' for usage.\n")
            Hundredfold.exit(withError: badInput)
        }
        if parserCode == .success {
            Hundredfold.exit(withError: error)
        }
        StandardError.write(
            "hundredfold: internal error: \(error)\n"
                + "This is a bug in Hundredfold. Please report it with the command you ran.\n")
        Hundredfold.exit(withError: internalError)
    }
}

/// Writes diagnostics and progress to stderr; results go to stdout.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// True when stderr is a terminal, so progress and colour may be shown; `NO_COLOR` turns colour
    /// off but leaves progress.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
    static var colorEnabled: Bool { colorAllowed(on: STDERR_FILENO) }

    /// True when `descriptor` is a terminal and `NO_COLOR` is unset or empty.
    static func colorAllowed(on descriptor: Int32) -> Bool {
        isatty(descriptor) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
