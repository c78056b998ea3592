import Testing

@testable import SyntheticData

@Suite struct RandomSourceTests {
    /// Reference values from an independent implementation of SplitMix64 + xoshiro256** (Python,
    /// arbitrary precision integers): the same seed gives the same numbers everywhere.
    @Test func matchesTheReferenceImplementation() {
        var random = RandomSource(seed: 42)
        #expect(
            [random.next(), random.next(), random.next()] == [
                1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
            ])
        var stream = RandomSource(seed: 42, stream: "orders.user_id")
        #expect([stream.next(), stream.next()] == [8_997_587_707_793_353_325, 6_058_122_838_899_024_423])
    }

    @Test func differentSeedsAndStreamsDiffer() {
        var a = RandomSource(seed: 1, stream: "t.c")
        var b = RandomSource(seed: 2, stream: "t.c")
        var c = RandomSource(seed: 1, stream: "t.d")
        let first = (0..<8).map { _ in a.next() }
        #expect(first != (0..<8).map { _ in b.next() })
        #expect(first != (0..<8).map { _ in c.next() })
    }

    @Test func boundedDrawsStayInRangeAndAreUniform() {
        var random = RandomSource(seed: 7)
        var counts = [Int](repeating: 0, count: 10)
        for _ in 0..<100_000 {
            let value = random.next(in: -5...4)
            #expect((-5...4).contains(value))
            counts[Int(value + 5)] += 1
        }
        // Each bucket expects 10,000; 5 standard deviations is about ±475.
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 })
        var unit = RandomSource(seed: 8)
        let mean = (0..<100_000).reduce(0.0) { sum, _ in sum + unit.nextUnit() } / 100_000
        #expect(abs(mean - 0.5) < 0.005)
    }

    @Test func fullRangeDoesNotTrap() {
        var random = RandomSource(seed: 3)
        _ = random.next(in: Int64.min...Int64.max)
        #expect(random.next(in: 5...5) == 5)
    }
}
