import Foundation
import HundredfoldCore
import SQLiteHarness

extension CommandStepRunner {
    /// Runs `step` against the scale's scratch PostgreSQL database, untraced: the program gets
    /// `DATABASE_URL` and the libpq variables, and what it ran is read from PostgreSQL's
    /// statistics around the run. Its writes stay for the next request (one database per scale).
    func runOnPostgres(_ step: CommandStep, params: [String: SQLValue], counter: PostgresProgramCounter)
        throws
        -> [ProgramStatement]
    {
        let base = temporaryDirectory.appendingPathComponent(Leftovers.name("hundredfold-command")).path
        let files = [base + ".stdout", base + ".stderr"]
        SignalCleanup.deleteOnInterrupt(files)
        defer { SignalCleanup.delete(files) }
        var environment = counter.applied(to: ProcessInfo.processInfo.environment)
        environment["HUNDREDFOLD_DB"] = nil
        environment["HUNDREDFOLD_SCALE"] = String(scale)
        let command = CommandTemplate.substitute(step.command, params: params)
        try counter.begin()
        try execute(step, command: command, environment: environment, output: base, database: nil)
        return try counter.end()
    }
}
