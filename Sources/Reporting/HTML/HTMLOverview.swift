import Foundation
import HundredfoldCore

/// The top of the HTML report: what made it and what it compares (tool version, date, commits),
/// then one row per scenario — verdict, key figures at the largest scale, growth — above the charts.
enum HTMLOverview {
    static let figures: [Figure] = [.queriesPerRequest, .rowsReadPerRequest, .costPerMonthUSD]

    /// "Hundredfold 0.1.0 · 2026-12-03 10:25 UTC · base abc1234 → head def5678".
    static func provenance(_ document: ComparisonDocument) -> String {
        var parts = ["Hundredfold \(HTMLText.escape(document.comparison.tool_version))"]
        if let date = document.generated {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
            parts.append(formatter.string(from: date))
        }
        let commits = [("base", document.comparison.base_commit), ("head", document.comparison.head_commit)]
            .compactMap { side, commit in
                commit.map { "\(side) <code>\(HTMLText.escape(String($0.prefix(12))))</code>" }
            }
        if !commits.isEmpty { parts.append(commits.joined(separator: " → ")) }
        return "<p class=\"provenance\">\(parts.joined(separator: " · "))</p>\n"
    }

    static func table(_ document: ComparisonDocument) -> String {
        let scenarios = document.comparison.scenarios
        guard !scenarios.isEmpty else { return "<p>No scenarios.</p>\n" }
        var html = "<table class=\"overview\"><caption>Overview (largest scale)</caption>\n<thead><tr>"
        html += "<th scope=\"col\">scenario</th><th scope=\"col\">verdict</th><th scope=\"col\">scale</th>"
        html += figures.map { "<th scope=\"col\">\(HTMLText.escape($0.label))</th>" }.joined()
        html += "<th scope=\"col\">growth</th></tr></thead><tbody>\n"
        for scenario in scenarios {
            let largest = scenario.scales.last
            html += "<tr class=\"\(scenario.verdict == .pass ? "ok" : "fail")\">"
            html += "<th scope=\"row\">\(HTMLText.escape(scenario.name))</th>"
            html += "<td>\(scenario.verdict.rawValue)</td><td>\(largest.map { "\($0.scale)x" } ?? "–")</td>"
            for figure in figures {
                let value = largest?.figures.first { $0.figure == figure }
                html += "<td>\(HTMLText.escape(value.map { cell($0, single: document.single) } ?? "–"))</td>"
            }
            html += "<td>\(HTMLText.escape(growth(scenario, single: document.single)))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// `1 → 100 (×100)`, or the value alone for one run or an unchanged figure.
    static func cell(_ value: FigureComparison, single: Bool) -> String {
        let head = NumberText.figure(value.head, value.figure)
        let base = NumberText.figure(value.base, value.figure)
        if single || value.base == nil || base == head { return head }
        return "\(base) → \(head) (\(SummaryTables.change(value)))"
    }

    /// The growth classes of counts that changed (`rows read/request: constant → linear`); for one
    /// run, the classes of the key counts.
    static func growth(_ scenario: ScenarioComparison, single: Bool) -> String {
        if single {
            let classes = scenario.growth.filter { figures.contains($0.figure) && $0.head != nil }
                .map { "\($0.figure.label): \($0.head?.rawValue ?? "")" }
            return classes.isEmpty ? "–" : classes.joined(separator: "; ")
        }
        let changed = scenario.growth.filter {
            $0.figure.isDeterministic && $0.base != nil && $0.head != nil && $0.base != $0.head
        }
        .map {
            "\($0.figure.label): \($0.base?.rawValue ?? "") → \($0.head?.rawValue ?? "")\($0.isWorse ? " ⚠" : "")"
        }
        return changed.isEmpty ? "unchanged" : changed.joined(separator: "; ")
    }
}
