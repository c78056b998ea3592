import Foundation

/// The rules this suite scores: the per-iteration rules and the two repository-in-view rules.
let scoredRules = ["HF101", "HF102", "HF103", "HF104", "HF105", "HF106", "HF107"]

/// True and false positives and negatives, overall and per rule, plus the matched pairs so other
/// checks (loop line, `via`) can look at the finding that satisfied each expectation.
struct LazyTally: Sendable {
    struct Counts: Sendable {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        var precision: Double {
            let reported = truePositives + falsePositives
            return reported == 0 ? 1 : Double(truePositives) / Double(reported)
        }
        var recall: Double {
            let expected = truePositives + falseNegatives
            return expected == 0 ? 1 : Double(truePositives) / Double(expected)
        }
    }

    private(set) var overall = Counts()
    private(set) var perRule: [String: Counts] = [:]
    private(set) var falsePositives: [String] = []
    private(set) var falseNegatives: [String] = []

    /// Matches one case's findings (only those of ``scoredRules``) to its expectations and
    /// returns the matched pairs. Findings are first reduced to distinct (rule, path, line). Each
    /// expectation is matched by at most one finding and each finding matches at most one
    /// expectation; optional expectations absorb a finding without credit or blame.
    @discardableResult
    mutating func add(
        case name: String, expected: [LazyExpectation], found: [LazyFinding]
    ) -> [(LazyExpectation, LazyFinding)] {
        var seen = Set<String>()
        var unmatched = found.filter { scoredRules.contains($0.rule) }
            .sorted { ($0.path, $0.line, $0.rule) < ($1.path, $1.line, $1.rule) }
            .filter { seen.insert($0.description).inserted }
        var pairs: [(LazyExpectation, LazyFinding)] = []
        for expectation in expected where expectation.optional != true {
            if let index = unmatched.firstIndex(where: expectation.matches) {
                pairs.append((expectation, unmatched.remove(at: index)))
                bump(expectation.rule) { $0.truePositives += 1 }
            } else {
                bump(expectation.rule) { $0.falseNegatives += 1 }
                falseNegatives.append("\(name): missed \(expectation)")
            }
        }
        for expectation in expected where expectation.optional == true {
            if let index = unmatched.firstIndex(where: expectation.matches) { unmatched.remove(at: index) }
        }
        for finding in unmatched {
            bump(finding.rule) { $0.falsePositives += 1 }
            falsePositives.append("\(name): unexpected \(finding)")
        }
        return pairs
    }

    func counts(_ rule: String) -> Counts { perRule[rule] ?? Counts() }

    /// A table for the log, so the lead can quote the numbers.
    func report(title: String) -> String {
        var lines = [title, "rule    TP  FP  FN  precision  recall"]
        func row(_ name: String, _ counts: Counts) -> String {
            let cells = [counts.truePositives, counts.falsePositives, counts.falseNegatives]
                .map { String($0).lazyPadded(to: 3) }.joined(separator: " ")
            return "\(name.padding(toLength: 6, withPad: " ", startingAt: 0)) \(cells)  "
                + "\(String(format: "%.3f", counts.precision).lazyPadded(to: 9))  "
                + String(format: "%.3f", counts.recall)
        }
        for rule in scoredRules { lines.append(row(rule, counts(rule))) }
        lines.append(row("ALL", overall))
        lines += falsePositives.map { "  FP \($0)" } + falseNegatives.map { "  FN \($0)" }
        return lines.joined(separator: "\n")
    }

    private mutating func bump(_ rule: String, _ change: (inout Counts) -> Void) {
        var counts = perRule[rule] ?? Counts()
        change(&counts)
        perRule[rule] = counts
        change(&overall)
    }
}

extension String {
    func lazyPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
