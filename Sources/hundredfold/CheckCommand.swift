import ArgumentParser
import Foundation
import HundredfoldCore
import Reporting

/// `hundredfold check REPORT.json`: the budgets recorded in the report and those of
/// `hundredfold.yml`, applied to one report; exit 1 when one fails.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the budgets (the report's own and hundredfold.yml's) to one run report.")

    @Argument(help: "The report (hundredfold run --out).")
    var report: String

    @OptionGroup var project: ProjectBudgetOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        let runReport = try ReportReader.read(URL(fileURLWithPath: report), displayPath: report)
        let checked = BudgetCheck.check(runReport, resolve: try project.resolver())
        switch format {
        case .json: print(try BudgetCheckJSON.render(checked), terminator: "")
        case .text: print(Self.text(checked))
        }
        if checked.flatMap(\.results).contains(where: { !$0.passed }) { throw ExitStatus.budgetExceeded }
    }

    static func text(_ checked: [(scenario: String, results: [BudgetResult])]) -> String {
        let failed = checked.flatMap(\.results).contains { !$0.passed }
        var lines = ["verdict: \(failed ? "fail" : "pass")"]
        for (scenario, results) in checked {
            lines.append("scenario \(scenario)")
            if results.isEmpty { lines.append("  no budgets") }
            for result in results {
                lines.append(
                    "  \(result.passed ? "ok  " : "FAIL") \(result.name): limit \(result.limit), measured \(result.value)"
                )
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// `--format` of the commands that print either text or JSON (`rules`, `check`).
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
