import Foundation
import HundredfoldCore
import Reporting
import Testing

@Suite struct ReportComparisonTests {
    typealias F = ComparisonFixture

    let limit = BudgetSpec(
        figure: .rowsReadPerRequest, regression: RegressionLimit(percent: 10, absolute: 100))

    func report(_ scenarios: ScenarioReport...) -> RunReport { RunReport(scenarios: scenarios) }

    @Test func addedAndRemovedScenariosAreShownNotErrors() {
        let base = report(
            F.scenario("kept", scales: [F.scale(1, queries: 2, rowsRead: 10)]),
            F.scenario("gone", scales: [F.scale(1, queries: 2, rowsRead: 10)]))
        let head = report(
            F.scenario("kept", scales: [F.scale(1, queries: 2, rowsRead: 10)]),
            F.scenario("new", scales: [F.scale(1, queries: 5, rowsRead: 10)]))
        let comparison = ReportComparator.compare(base: base, head: head)
        #expect(comparison.scenarios.map(\.name) == ["kept", "new", "gone"])
        #expect(comparison.scenarios.map(\.status) == [.compared, .added, .removed])
        #expect(comparison.verdict == .pass)
        let added = comparison.scenarios[1].scales[0].figures.first { $0.figure == .queriesPerRequest }
        #expect(added?.base == nil && added?.head == 5 && added?.verdict == .one_side)
    }

    @Test func aRegressionFailsOnlyWhenItExceedsEveryLimit() {
        let base = report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 500)], budgets: [limit]))
        // +150 rows = +30%: over 10% and over 100 → fails.
        let over = ReportComparator.compare(
            base: base, head: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 650)])))
        #expect(over.verdict == .fail)
        let figure = over.scenarios[0].scales[0].figures.first { $0.figure == .rowsReadPerRequest }
        #expect(figure?.verdict == .regression)
        #expect(figure?.delta == 150 && figure?.delta_percent == 30)
        #expect(over.violations.map(\.budget.name) == ["rows_read_per_request@1.regression"])
        // +90 rows = +18%: over 10% but not over 100 → within the limit.
        let small = ReportComparator.compare(
            base: base, head: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 590)])))
        #expect(small.verdict == .pass)
        #expect(
            small.scenarios[0].scales[0].figures.first { $0.figure == .rowsReadPerRequest }?.verdict
                == .within_limit)
    }

    @Test func countsGateExactlyAndWorseWithoutALimitIsReportedNotFailed() {
        let exact = BudgetSpec(figure: .queriesPerRequest, regression: RegressionLimit(absolute: 0))
        let base = report(F.scenario("s", scales: [F.scale(1, queries: 3, rowsRead: 10)], budgets: [exact]))
        let head = report(F.scenario("s", scales: [F.scale(1, queries: 4, rowsRead: 12)]))
        let comparison = ReportComparator.compare(base: base, head: head)
        let figures = comparison.scenarios[0].scales[0].figures
        #expect(figures.first { $0.figure == .queriesPerRequest }?.verdict == .regression)
        #expect(figures.first { $0.figure == .rowsReadPerRequest }?.verdict == .worse)
        #expect(comparison.verdict == .fail)
    }

    @Test func budgetsComeFromTheBaseUnlessAskedOtherwise() {
        let strict = BudgetSpec(figure: .queriesPerRequest, max: 3)
        let loose = BudgetSpec(figure: .queriesPerRequest, max: 100)
        let base = report(F.scenario("s", scales: [F.scale(1, queries: 3, rowsRead: 10)], budgets: [strict]))
        let head = report(F.scenario("s", scales: [F.scale(1, queries: 50, rowsRead: 10)], budgets: [loose]))
        #expect(ReportComparator.compare(base: base, head: head).verdict == .fail)
        let fromHead = ReportComparator.compare(base: base, head: head, budgetsFrom: .head)
        #expect(fromHead.verdict == .pass)
        #expect(fromHead.budgets_from == "head")
    }

    @Test func growthClassBudgetsAndChanges() {
        let growth = BudgetSpec(figure: .queriesPerRequest, growth: .constant)
        let base = report(F.scenario("s", scales: [F.scale(1, queries: 2, rowsRead: 1)], budgets: [growth]))
        let head = report(F.scenario("s", scales: [F.scale(1, queries: 2, rowsRead: 1)], growth: .linear))
        let comparison = ReportComparator.compare(base: base, head: head)
        #expect(comparison.verdict == .fail)
        #expect(comparison.scenarios[0].growth.first?.isWorse == true)
        #expect(comparison.violations.first?.budget.value.hasPrefix("linear") == true)
    }

    /// Slower samples with a p95 that went down: the p95 is not called slower.
    @Test func aPercentileThatMovedAgainstTheShiftIsNotCalledSlower() {
        let fast = (0..<30).map { 1.0 + Double($0 % 5) * 0.01 }
        let slow = (0..<30).map { 2.0 + Double($0 % 5) * 0.01 }
        var baseScale = F.scale(1, queries: 1, rowsRead: 1, latency: fast)
        baseScale.latency_ms = Percentiles(p50: 1, p95: 9, p99: 9)
        var headScale = F.scale(1, queries: 1, rowsRead: 1, latency: slow)
        headScale.latency_ms = Percentiles(p50: 2, p95: 2.5, p99: 2.5)
        let comparison = ReportComparator.compare(
            base: report(F.scenario("s", scales: [baseScale])),
            head: report(F.scenario("s", scales: [headScale])))
        let figures = comparison.scenarios[0].scales[0].figures
        #expect(figures.first { $0.figure == .latencyP50Ms }?.verdict == .slower)
        let p95 = figures.first { $0.figure == .latencyP95Ms }
        #expect(p95?.verdict == .noise)
        #expect(p95?.method?.contains("moved the other way") == true)
    }

    @Test func latencyIsComparedWithARankTestAndIsAdvisory() {
        let fast = (0..<30).map { 1.0 + Double($0 % 5) * 0.01 }
        let slow = (0..<30).map { 2.0 + Double($0 % 5) * 0.01 }
        let jitter = (0..<30).map { 1.0 + Double(($0 * 7) % 5) * 0.01 }
        let base = report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 1, latency: fast)]))
        let slower = ReportComparator.compare(
            base: base,
            head: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 1, latency: slow)])))
        let p50 = slower.scenarios[0].scales[0].figures.first { $0.figure == .latencyP50Ms }
        #expect(p50?.verdict == .slower)
        #expect(p50?.method?.contains("Mann-Whitney") == true)
        #expect(slower.verdict == .pass)
        let same = ReportComparator.compare(
            base: base,
            head: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 1, latency: jitter)])))
        #expect(same.scenarios[0].scales[0].figures.first { $0.figure == .latencyP50Ms }?.verdict == .noise)
        // A latency regression budget makes it a gate.
        let gated = report(
            F.scenario(
                "s", scales: [F.scale(1, queries: 1, rowsRead: 1, latency: fast)],
                budgets: [BudgetSpec(figure: .latencyP50Ms, regression: RegressionLimit(percent: 20))]))
        let gate = ReportComparator.compare(
            base: gated,
            head: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 1, latency: slow)])))
        #expect(gate.verdict == .fail)
        // Without samples, latency is not compared at all.
        let single = ReportComparator.compare(
            base: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 1)])),
            head: report(F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 1)])))
        #expect(
            single.scenarios[0].scales[0].figures.first { $0.figure == .latencyP95Ms }?.verdict
                == .not_compared)
    }

    @Test func mannWhitneyMatchesAHandComputedValue() {
        // U = 0 for fully separated samples of 5 and 5: z = (12.5 - 0.5) / sqrt(5·5·11/12) = 2.5067,
        // two-sided p = erfc(2.5067 / √2) = 0.01219.
        let p = LatencyTest.compare(base: [1, 2, 3, 4, 5], head: [6, 7, 8, 9, 10])?.pValue ?? 0
        #expect(abs(p - 0.01219) < 0.0001)
    }

    @Test func readingRejectsOtherSchemasAndNonReports() throws {
        #expect(throws: ReportError.schemaMismatch(file: "old.json", found: "hundredfold.report/0")) {
            try ReportReader.decode(
                Data(#"{"schema": "hundredfold.report/0", "scenarios": []}"#.utf8), file: "old.json")
        }
        #expect(throws: ReportError.notAReport(file: "x.json")) {
            try ReportReader.decode(Data(#"[1, 2]"#.utf8), file: "x.json")
        }
        #expect(throws: ReportError.self) {
            try ReportReader.decode(Data("{ not json".utf8), file: "x.json")
        }
        do {
            _ = try ReportReader.decode(
                Data(#"{"schema": "hundredfold.report/1", "scenarios": [{}]}"#.utf8), file: "r.json")
            Issue.record("a malformed report must be an error")
        } catch let error as ReportError {
            #expect(error.description.contains("r.json:1:50: error: scenarios[0]."))
        }
    }

    @Test func readingAcceptsWhatTheRunWrites() throws {
        var scenario = F.scenario("s", scales: [F.scale(1, queries: 1, rowsRead: 0)])
        scenario.growth["rows_read_per_request"] = Growth(
            exponent: .nan, class: .constant, amplification: .infinity)
        let data = try ReportJSON.encode(RunReport(scenarios: [scenario]))
        let read = try ReportReader.decode(data, file: "r.json")
        #expect(read.scenarios.first?.growth["rows_read_per_request"]?.amplification == .infinity)
    }
}
