import ArgumentParser
import Foundation
import HundredfoldCore
import Reporting

/// `hundredfold compare BASE.json HEAD.json`: two run reports, scenario by scenario, scale by
/// scale, figure by figure; budgets applied to the head; exit 1 when one fails.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two run reports and apply budgets (regression limits included) to the head.")

    @Argument(help: "The base report (hundredfold run --out).")
    var base: String

    @Argument(help: "The head report.")
    var head: String

    @Option(help: "Output format: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ComparisonFormat = .text

    @Option(name: .customLong("budgets-from"), help: "Whose declared budgets apply: base or head.")
    var budgetsFrom: BudgetSource = .base

    @Option(help: "Also write the output to this file (atomically).")
    var out: String?

    @OptionGroup var project: ProjectBudgetOptions

    func run() throws {
        let baseReport = try ReportReader.read(URL(fileURLWithPath: base), displayPath: base)
        let headReport = try ReportReader.read(URL(fileURLWithPath: head), displayPath: head)
        let comparison = ReportComparator.compare(
            base: baseReport, head: headReport, budgetsFrom: budgetsFrom, resolve: try project.resolver())
        var document = ComparisonDocument(comparison: comparison)
        document.generated = Date()
        let text = try format.renderer.render(document)
        if let out {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        if comparison.verdict == .fail { throw ExitStatus.budgetExceeded }
    }
}
