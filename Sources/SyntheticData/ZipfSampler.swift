import Foundation

/// Zipf-distributed ranks in `1...count`: rank k is drawn with probability proportional to
/// 1 / k^exponent, so rank 1 is the most frequent.
///
/// Rejection-inversion (Hörmann & Derflinger, "Rejection-inversion to generate variates from
/// monotone discrete distributions", 1996), as in Apache Commons RNG: O(1) memory and time for any
/// `count`, so a 5-million-key table needs no precomputed table. Uses `log`/`exp` of the platform
/// C library, the only floating-point functions in data generation.
public struct ZipfSampler: Sendable {
    public let count: Int
    public let exponent: Double
    private let hIntegralX1: Double
    private let hIntegralCount: Double
    private let squeeze: Double

    /// A sampler over `1...count` (`count` ≥ 1, `exponent` > 0).
    public init(count: Int, exponent: Double) {
        self.count = max(count, 1)
        self.exponent = exponent
        hIntegralX1 = Self.hIntegral(1.5, exponent) - 1
        hIntegralCount = Self.hIntegral(Double(self.count) + 0.5, exponent)
        squeeze = 2 - Self.hIntegralInverse(Self.hIntegral(2.5, exponent) - Self.h(2, exponent), exponent)
    }

    /// A rank in `1...count`.
    public func sample(_ random: inout RandomSource) -> Int {
        while true {
            let u = hIntegralCount + random.nextUnit() * (hIntegralX1 - hIntegralCount)
            let x = Self.hIntegralInverse(u, exponent)
            let k = min(max(Int((x + 0.5).rounded(.down)), 1), count)
            if Double(k) - x <= squeeze
                || u >= Self.hIntegral(Double(k) + 0.5, exponent) - Self.h(Double(k), exponent)
            {
                return k
            }
        }
    }

    // MARK: - The hat function and its integral

    private static func h(_ x: Double, _ s: Double) -> Double { exp(-s * log(x)) }

    private static func hIntegral(_ x: Double, _ s: Double) -> Double {
        let logX = log(x)
        return helper2((1 - s) * logX) * logX
    }

    private static func hIntegralInverse(_ x: Double, _ s: Double) -> Double {
        let t = max(x * (1 - s), -1)
        return exp(helper1(t) * x)
    }

    /// log(1 + x) / x, stable near 0.
    private static func helper1(_ x: Double) -> Double {
        abs(x) > 1e-8 ? log1p(x) / x : 1 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x))
    }

    /// (exp(x) − 1) / x, stable near 0.
    private static func helper2(_ x: Double) -> Double {
        abs(x) > 1e-8 ? expm1(x) / x : 1 + x * 0.5 * (1 + x * (1.0 / 3.0) * (1 + 0.25 * x))
    }
}
