import Foundation
import TestSupport
import Testing

/// The shell completions the README documents: the argument parser's scripts, for every shell,
/// knowing the subcommands and their options.
@Suite struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func eachShellGetsAScriptThatKnowsTheCommands(shell: String) throws {
        let result = try HundredfoldBinary.run(["--generate-completion-script", shell])
        #expect(result.exitCode == 0, "\(result.stderr)")
        for word in ["scan", "compare", "ci", "base-report", "out-dir"] {
            #expect(result.stdout.contains(word), "\(shell) script lacks \(word)")
        }
    }

    @Test func anUnknownShellIsUsageError() throws {
        let result = try HundredfoldBinary.run(["--generate-completion-script", "powershell"])
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
    }
}
