import HundredfoldCore

/// The terminal table of `hundredfold compare`: per scenario and scale, each figure's base, head,
/// change and verdict; then the budgets.
public struct ComparisonText: ComparisonRenderer {
    public init() {}

    public func render(_ document: ComparisonDocument) -> String {
        let comparison = document.comparison
        var lines = [
            "verdict: \(document.verdict.rawValue) (budgets from \(comparison.budgets_from))", "",
        ]
        for scenario in comparison.scenarios {
            var title = "scenario \(scenario.name)"
            switch scenario.status {
            case .added: title += " (added in \(document.headLabel))"
            case .removed: title += " (removed in \(document.headLabel))"
            case .compared: break
            }
            if let pricing = scenario.pricing_head ?? scenario.pricing_base {
                title += " — cost is an estimate with pricing profile \(pricing)"
            }
            lines.append(title)
            for scale in scenario.scales {
                lines.append("  scale \(scale.scale)")
                let rows = scale.figures.map { figure in
                    [
                        "    " + figure.figure.label, NumberText.figure(figure.base, figure.figure),
                        NumberText.figure(figure.head, figure.figure),
                        figure.delta.map(NumberText.signed) ?? "", NumberText.percent(figure.delta_percent),
                        figure.verdict.rawValue,
                    ]
                }
                lines += Self.table(rows)
            }
            let changed = scenario.growth.filter { $0.base != $0.head }
            for growth in changed {
                lines.append(
                    "  growth of \(growth.figure.rawValue): \(growth.base?.rawValue ?? "–") → \(growth.head?.rawValue ?? "–")"
                        + (growth.isWorse ? " (grows faster)" : ""))
            }
            for budget in scenario.budgets {
                lines.append(
                    "  budget \(budget.passed ? "ok  " : "FAIL") \(budget.name): limit \(budget.limit), measured \(budget.value)"
                )
            }
            lines.append("")
        }
        if !document.findings.isEmpty {
            lines.append("new static findings")
            for finding in document.findings {
                lines.append(
                    "  \(finding.path):\(finding.line):\(finding.column): \(finding.rule) \(finding.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Left-aligned first column, right-aligned numbers.
    static func table(_ rows: [[String]]) -> [String] {
        guard let width = rows.first?.count else { return [] }
        let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column == width - 1 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}
