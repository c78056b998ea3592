import ArgumentParser
import Foundation
import HundredfoldCore

/// The `hundredfold` command: thin. Each subcommand parses, calls a library, and maps the outcome to
/// an exit code (see ``ExitStatus``).
@main
struct Hundredfold: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hundredfold",
        abstract: "Catch load and cost amplification in a change before it is merged.",
        version: ToolInfo.version,
        subcommands: [
            RunCommand.self,
            ScanCommand.self,
            RulesCommand.self,
            ExplainCommand.self,
            Merge.self,
            Compare.self,
            Check.self,
            CI.self,
            Init.self,
        ]
    )

    /// Runs the command, mapping every error to the exit codes of PRODUCT.md: 2 for bad input or
    /// usage, 3 for an internal error; commands exit 1 themselves when a budget fails.
    static func main() async {
        ParentLink.followParentNamedInEnvironment()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            SignalCleanup.yieldToInterruptCleanup()
        } catch {
            ExitStatus.exit(for: error)
        }
    }
}
