import ArgumentParser
import Configuration
import Foundation
import HundredfoldCore
import Reporting

/// `--config FILE` for the commands that apply budgets: the named file, or `hundredfold.yml` in
/// the working directory when there is one.
struct ProjectBudgetOptions: ParsableArguments {
    @Option(name: .long, help: "The project configuration (default: hundredfold.yml if present).")
    var config: String?

    /// The loaded configuration, or nil when there is none.
    func load() throws -> HundredfoldConfiguration? {
        if let config {
            return try HundredfoldConfiguration.load(from: URL(fileURLWithPath: config), displayPath: config)
        }
        return try HundredfoldConfiguration.loadIfPresent(
            in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// How a scenario's declared budgets merge with the configuration's (the scenario's own win).
    func resolver() throws -> @Sendable (String, [BudgetSpec]) -> [BudgetSpec] {
        let budgets = try load()?.budgets ?? BudgetConfiguration()
        return { name, declared in budgets.budgets(forScenario: name, own: declared) }
    }
}

extension ComparisonFormat: ExpressibleByArgument {}
extension BudgetSource: ExpressibleByArgument {}
