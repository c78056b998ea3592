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

    func run() throws {
        let runReport = try ReportReader.read(URL(fileURLWithPath: report), displayPath: report)
        let checked = BudgetCheck.check(runReport, resolve: try project.resolver())
        let failed = checked.flatMap(\.results).filter { !$0.passed }
        var lines = ["verdict: \(failed.isEmpty ? "pass" : "fail")"]
        for (scenario, results) in checked {
            lines.append("scenario \(scenario)")
            if results.isEmpty { lines.append("  no budgets") }
            for result in results {
                lines.append(
                    "  \(result.passed ? "ok  " : "FAIL") \(result.name): limit \(result.limit), measured \(result.value)"
                )
            }
        }
        print(lines.joined(separator: "\n"))
        if !failed.isEmpty { throw ExitStatus.budgetExceeded }
    }
}
