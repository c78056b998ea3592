import HundredfoldCore

/// The cost estimate of a scenario's largest scale as lines (like Infracost's): each price of the
/// profile with the monthly quantity it applies to, the unit price, and the amount.
enum HTMLCost {
    static func table(_ scenario: ScenarioComparison) -> String {
        guard let lines = scenario.cost_lines, !lines.isEmpty, let scale = scenario.scales.last?.scale else {
            return ""
        }
        let side = scenario.status == .removed ? "base" : "head"
        var html =
            "<table class=\"cost\"><caption>Monthly cost at \(scale)x (\(side)), an estimate</caption>\n"
        html += "<thead><tr><th scope=\"col\">meter</th><th scope=\"col\">quantity a month</th>"
        html += "<th scope=\"col\">unit price</th><th scope=\"col\">amount</th></tr></thead><tbody>\n"
        for line in lines {
            let unit = line.unit_quantity == 1 ? "" : " per \(count(line.unit_quantity))"
            let free = line.free_per_month.map { $0 > 0 ? " (after \(count($0)) free)" : "" } ?? ""
            let quantity =
                line.quantity_per_month.map { count($0) + free }
                ?? "\(count(line.quantity_per_request)) a request"
            html += "<tr><td>\(HTMLText.escape(line.meter.replacingOccurrences(of: "_", with: " ")))</td>"
            html += "<td class=\"n\">\(HTMLText.escape(quantity))</td>"
            html += "<td class=\"n\">× $\(dollars(line.unit_price_usd))\(unit)</td>"
            html += "<td class=\"n\">= \(line.per_month_usd.map { "$" + dollars($0) } ?? "–")</td></tr>\n"
        }
        let total = lines.compactMap(\.per_month_usd)
        if total.count == lines.count {
            html += "<tr><th scope=\"row\" colspan=\"3\">total a month</th>"
            html += "<td class=\"n\">$\(dollars(total.reduce(0, +)))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// A quantity with thousands separators from 1,000 up (`2,006,900,000`).
    static func count(_ value: Double) -> String {
        value >= 1000 ? NumberText.grouped(value) : NumberText.plain(value)
    }

    /// Dollars as decimals, never in exponent form (`0.00001`, `0.0000166667`, `2.007`).
    static func dollars(_ value: Double) -> String {
        guard value != 0, abs(value) < 0.001 else { return NumberText.plain(value) }
        var text = String(format: "%.12f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
