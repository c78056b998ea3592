import Foundation

/// Latency is noisy: two reports are compared on every request's measured time with the
/// Mann-Whitney U rank test (two-sided, normal approximation with tie correction, α = 0.01),
/// and a change counts only when it is also at least a minimum effect: the medians differ by
/// 10% and by 0.05 ms. Never a single sample against a single sample.
public struct LatencyTest: Sendable, Equatable {
    public static let alpha = 0.01
    public static let minimumRelativeEffect = 0.10
    public static let minimumAbsoluteEffectMs = 0.05
    /// Below this many samples on a side the test has too little power to be run.
    public static let minimumSamples = 5

    public enum Outcome: String, Sendable {
        case slower, faster, noise
    }

    public var outcome: Outcome
    public var pValue: Double
    public var baseMedian: Double
    public var headMedian: Double

    /// Compares two samples; nil when a side has fewer than ``minimumSamples``.
    public static func compare(base: [Double], head: [Double]) -> LatencyTest? {
        guard base.count >= minimumSamples, head.count >= minimumSamples else { return nil }
        let p = mannWhitneyP(base, head)
        let baseMedian = median(base)
        let headMedian = median(head)
        let shift = headMedian - baseMedian
        let large =
            abs(shift) >= minimumAbsoluteEffectMs
            && abs(shift) >= minimumRelativeEffect * max(baseMedian, .leastNonzeroMagnitude)
        let outcome: Outcome = p < alpha && large ? (shift > 0 ? .slower : .faster) : .noise
        return LatencyTest(outcome: outcome, pValue: p, baseMedian: baseMedian, headMedian: headMedian)
    }

    /// How the verdict was reached, for reports.
    public var description: String {
        String(
            format: "Mann-Whitney U, p=%.4f, median %.3f → %.3f ms (α=%.2f, min effect 10%% and 0.05 ms)",
            pValue, baseMedian, headMedian, Self.alpha)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The two-sided p-value of the Mann-Whitney U test of `a` against `b`.
    static func mannWhitneyP(_ a: [Double], _ b: [Double]) -> Double {
        let n1 = Double(a.count)
        let n2 = Double(b.count)
        let pooled = (a.map { ($0, 0) } + b.map { ($0, 1) }).sorted { $0.0 < $1.0 }
        var ranks = [Double](repeating: 0, count: pooled.count)
        var tieTerm = 0.0
        var start = 0
        while start < pooled.count {
            var end = start
            while end + 1 < pooled.count, pooled[end + 1].0 == pooled[start].0 { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for index in start...end { ranks[index] = rank }
            let ties = Double(end - start + 1)
            tieTerm += ties * ties * ties - ties
            start = end + 1
        }
        let rankSumA = zip(pooled, ranks).filter { $0.0.1 == 0 }.reduce(0.0) { $0 + $1.1 }
        let u = rankSumA - n1 * (n1 + 1) / 2
        let n = n1 + n2
        let variance = n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)))
        guard variance > 0 else { return 1 }
        let z = (abs(u - n1 * n2 / 2) - 0.5) / variance.squareRoot()
        return min(1, erfc(max(0, z) / 2.0.squareRoot()))
    }
}
