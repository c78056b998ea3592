import Foundation
import HundredfoldCore

/// Number and table formatting shared by the human-readable renderers, so text and Markdown show
/// the same values the same way.
enum ReportFormatting {
    // MARK: - Numbers

    /// A figure value for people: integers as integers, otherwise up to two decimals (three
    /// significant digits for tiny values such as costs), trailing zeros dropped.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let magnitude = abs(value)
        let text: String
        if magnitude >= 1000 {
            text = String(format: "%.0f", value)
        } else if magnitude >= 0.01 {
            text = trimZeros(String(format: magnitude >= 100 ? "%.1f" : "%.2f", value))
        } else {
            text = String(format: "%.3g", value)
        }
        return text
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }

    /// `91×`, the amplification of a figure from the smallest to the largest scale.
    static func amplification(_ value: Double) -> String {
        "\(number(value))×"
    }

    /// `linear (1.00)`: the growth class and its fitted exponent.
    static func growth(_ growth: Growth) -> String {
        // A flat figure's fit can come out as -0.001: show it as 0.00, not -0.00.
        let value = abs(growth.exponent) < 0.005 ? 0 : growth.exponent
        let exponent = growth.exponent.isFinite ? String(format: "%.2f", value) : "n/a"
        return "\(growth.class.rawValue) (\(exponent))"
    }

    // MARK: - Report rows

    /// The figures measured at any scale of `scenario`, in ``Figure`` order; round trips and the
    /// statements of other classes only where they add to the queries row (see
    /// ``Figure/addsToQueries(_:queries:)``).
    static func figures(of scenario: ScenarioReport) -> [Figure] {
        Figure.allCases.filter(scenario.adds)
    }

    /// The table cells of one figure row: label, one value per scale, growth, amplification.
    static func row(_ figure: Figure, of scenario: ScenarioReport) -> [String] {
        let values = scenario.scales.map { scale in scale.value(of: figure).map(number) ?? "–" }
        let growth = scenario.growth[figure.rawValue]
        return [figure.label] + values + [
            growth.map(Self.growth) ?? "–", growth.map { amplification($0.amplification) } ?? "–",
        ]
    }

    /// The header cells matching ``row(_:of:)``.
    static func header(of scenario: ScenarioReport) -> [String] {
        ["figure"] + scenario.scales.map { "\($0.scale)x" } + ["growth (exponent)", "amplification"]
    }

    /// The scale whose repeated statements and full scans explain the verdict: the largest one.
    static func explainingScale(of scenario: ScenarioReport) -> ScaleResult? {
        scenario.scales.max { $0.scale < $1.scale }
    }

    /// `SQL` shortened to `limit` characters on one line.
    static func shortened(_ sql: String, limit: Int = 100) -> String {
        let oneLine = sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit - 1)) + "…" : oneLine
    }

    /// "cost is an estimate, priced with profile NAME", for scenarios with pricing.
    static func costNote(of scenario: ScenarioReport) -> String? {
        scenario.pricing.map { "cost is an estimate, priced with profile \($0)" }
    }

    /// The sentence under the verdict: how many scenarios failed.
    static func summary(_ report: RunReport) -> String {
        let failed = report.scenarios.filter { $0.verdict == .fail }.count
        let total = report.scenarios.count
        let noun = total == 1 ? "scenario" : "scenarios"
        return failed == 0 ? "\(total) \(noun) passed" : "\(failed) of \(total) \(noun) failed"
    }
}
