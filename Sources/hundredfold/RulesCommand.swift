import ArgumentParser
import ScanOutput
import StaticScan

/// `hundredfold rules`: every static rule with its severity, languages and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the static rules of hundredfold scan.")

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        if format == .json {
            print(RulesJSON.render(RuleInfo.registry), terminator: "")
            return
        }
        let descriptions = RuleRegistry.all.map(\.description)
        let idWidth = descriptions.map(\.id.count).max() ?? 0
        let nameWidth = descriptions.map(\.name.count).max() ?? 0
        for rule in descriptions {
            let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let name = rule.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id)  \(name)  \(severity)  \(rule.summary)")
        }
        print("\nRun 'hundredfold explain ID' for the details and examples of one rule.")
    }
}
