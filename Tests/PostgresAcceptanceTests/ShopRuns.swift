import Foundation
import Testing

/// The shop's five scenarios in one project, run once per engine and shared by the tests that
/// read the reports (a throwaway server costs an initdb per run).
struct ShopRun: Sendable {
    let run: Run
    let report: Report?
    /// What was left in the run's private `TMPDIR` and which processes still worked in it.
    let leftoverFiles: [String]
    let leftoverProcesses: [String]

    static let scenarioFiles: [(file: String, yaml: String)] = [
        ("order-list.bad.yml", Scenarios.orderListNPlusOne),
        ("order-list.fixed.yml", Scenarios.orderListJoined),
        ("shipped-orders.yml", Scenarios.shippedOrdersOfCustomer),
        ("items-by-sku.yml", Scenarios.itemsBySku),
        ("items-of-order.yml", Scenarios.itemsOfOrder),
    ]

    /// Runs `hundredfold run scenarios/ --out report.json ARGUMENTS` in a fresh project.
    init(_ arguments: [String], environment: [String: String] = [:]) {
        let project: Project
        do {
            project = try Project()
            for scenario in Self.scenarioFiles {
                try project.write(scenario.yaml, to: "scenarios/\(scenario.file)")
            }
            run = try project.hf(
                ["run", "scenarios", "--out", "report.json"] + arguments, environment: environment)
        } catch {
            fatalError("could not set up the shop project: \(error)")
        }
        report = try? Report(file: project.url.appendingPathComponent("report.json"))
        leftoverFiles = project.leftovers
        leftoverProcesses = processes(under: project.tmp)
        project.remove()
    }

    /// `run --engine postgres` with a throwaway server (no URL).
    static let postgres = ShopRun(["--engine", "postgres"])
    /// The same scenarios on the default engine.
    static let sqlite = ShopRun([])
}
