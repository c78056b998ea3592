import Foundation

/// True and false positives and negatives, overall and per rule.
struct Tally: Sendable {
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

    /// Matches one case's findings to its expectations. Findings are first reduced to distinct
    /// (rule, path, line): two columns of one line are one finding for this comparison. Each
    /// expectation is matched by at most one finding and each finding matches at most one
    /// expectation.
    mutating func add(case name: String, expected: [RepositoryExpectation], found: [ScanFinding]) {
        var unmatched = Set(found.map(\.key)).sorted()
        for expectation in expected {
            if let index = unmatched.firstIndex(where: expectation.matches) {
                unmatched.remove(at: index)
                bump(expectation.rule) { $0.truePositives += 1 }
            } else {
                bump(expectation.rule) { $0.falseNegatives += 1 }
                falseNegatives.append("\(name): missed \(expectation)")
            }
        }
        for key in unmatched {
            bump(key.rule) { $0.falsePositives += 1 }
            falsePositives.append("\(name): unexpected \(key)")
        }
    }

    /// A table for the log, so the lead can quote the numbers.
    func report(title: String) -> String {
        var lines = ["\(title)", "rule    TP  FP  FN  precision  recall"]
        func row(_ name: String, _ counts: Counts) -> String {
            let cells = [counts.truePositives, counts.falsePositives, counts.falseNegatives]
                .map { String($0).leftPadded(to: 3) }.joined(separator: " ")
            return "\(name.padding(toLength: 6, withPad: " ", startingAt: 0)) \(cells)  "
                + "\(String(format: "%.3f", counts.precision).leftPadded(to: 9))  "
                + String(format: "%.3f", counts.recall)
        }
        for rule in perRule.keys.sorted() { lines.append(row(rule, perRule[rule] ?? Counts())) }
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
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
