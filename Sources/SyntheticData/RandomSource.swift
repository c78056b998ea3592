import HundredfoldCore

/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna, https://prng.di.unimi.it/)
/// seeded through SplitMix64.
///
/// Only integer arithmetic, so the same seed and stream name give the same numbers on every
/// machine and Swift version (unlike `SystemRandomNumberGenerator`, `Hasher` or
/// `Double.random`). Each table column draws from its own stream, so adding a column never
/// changes the values of another.
public struct RandomSource: Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A stream for `seed` and a stream name (`"orders.user_id"`).
    public init(seed: UInt64, stream: String) {
        self.init(seed: seed ^ FNV1a.hash(stream))
    }

    /// A stream for a raw 64-bit seed.
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    // MARK: - Drawing

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), unbiased (Lemire's multiply-and-reject).
    public mutating func next(below bound: UInt64) -> UInt64 {
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }

    /// A uniform integer in `range`.
    public mutating func next(in range: ClosedRange<Int64>) -> Int64 {
        let width = UInt64(bitPattern: range.upperBound &- range.lowerBound)
        if width == UInt64.max { return Int64(bitPattern: next()) }
        return range.lowerBound &+ Int64(bitPattern: next(below: width + 1))
    }

    /// A uniform double in `0..<1` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    // MARK: - Helpers

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64 (Steele, Lea & Flood), used to expand one seed into xoshiro's 256-bit state.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
