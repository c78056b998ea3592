import Foundation
import HundredfoldCore

/// How each figure grows with the data scale: a log-log fit, a class, and the amplification.
///
/// - **exponent**: the least-squares slope of ln(value) against ln(scale) over all scales. A zero
///   value cannot be logged, so zeros are replaced by half the figure's smallest positive value
///   (a figure 0 → 5 → 50 fits like 2.5 → 5 → 50); a figure that is zero everywhere has exponent 0.
/// - **class**: `constant` when the figure is flat (its values differ by at most 5% of the
///   largest, or all are zero) or the exponent is below 0.1; otherwise by exponent: below 0.5
///   `logarithmic` (a B-tree depth or a log-shaped count grows with exponent ≈ 0.1–0.3 over
///   1x–100x), below 1.08 `linear` (N+1 queries, full scans: 0.95–1.0, a little below 1 when
///   a constant part is added), below 1.5 `n_log_n` (n·ln n over rows 1,000–100,000 per scale
///   fits an exponent of 1.08–1.15), below 2.5 `quadratic`, else `worse`. With one scale
///   every figure is `constant`.
/// - **amplification**: the value at the largest scale divided by the value at the smallest;
///   1 when both are zero, and the largest divided by the zero replacement above when only the
///   smallest is zero.
public enum GrowthAnalysis {
    /// Growth per figure (``Figure`` raw value) for every figure measured at every scale.
    public static func growth(_ scales: [ScaleResult]) -> [String: Growth] {
        let ordered = scales.sorted { $0.scale < $1.scale }
        var result: [String: Growth] = [:]
        for figure in Figure.allCases {
            let values = ordered.compactMap { $0.value(of: figure) }
            guard !values.isEmpty, values.count == ordered.count else { continue }
            result[figure.rawValue] = growth(scales: ordered.map { Double($0.scale) }, values: values)
        }
        return result
    }

    /// The growth of `values` measured at `scales` (same count, scales ascending and positive).
    public static func growth(scales: [Double], values: [Double]) -> Growth {
        let positive = values.filter { $0 > 0 }
        guard let smallestPositive = positive.min(), let largest = values.max(), scales.count >= 2 else {
            return Growth(exponent: 0, class: .constant, amplification: 1)
        }
        let floor = smallestPositive / 2
        let logged = values.map { log(max($0, floor)) }
        let exponent = slope(x: scales.map { log($0) }, y: logged)
        let first = values.first ?? 0
        let last = values.last ?? 0
        let amplification = first > 0 ? last / first : (last > 0 ? last / floor : 1)
        let smallest = values.min() ?? 0
        let flat = largest - smallest <= 0.05 * largest
        return Growth(
            exponent: (exponent * 1000).rounded() / 1000, class: flat ? .constant : classify(exponent),
            amplification: (amplification * 1000).rounded() / 1000)
    }

    /// The class of a fitted exponent (see the type's documentation).
    public static func classify(_ exponent: Double) -> GrowthClass {
        switch exponent {
        case ..<0.1: .constant
        case ..<0.5: .logarithmic
        case ..<1.08: .linear
        case ..<1.5: .nLogN
        case ..<2.5: .quadratic
        default: .worse
        }
    }

    private static func slope(x: [Double], y: [Double]) -> Double {
        let count = Double(x.count)
        let meanX = x.reduce(0, +) / count
        let meanY = y.reduce(0, +) / count
        var numerator = 0.0
        var denominator = 0.0
        for (xi, yi) in zip(x, y) {
            numerator += (xi - meanX) * (yi - meanY)
            denominator += (xi - meanX) * (xi - meanX)
        }
        return denominator > 0 ? numerator / denominator : 0
    }
}
