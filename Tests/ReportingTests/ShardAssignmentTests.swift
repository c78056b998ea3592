import Reporting
import Testing

/// `run --shard I/N`: which shard runs which scenario.
@Suite struct ShardAssignmentTests {
    static let names = (1...40).map { "scenario-\($0)" }

    @Test func theSameNameGoesToTheSameShardWhateverTheOrderOrCompany() {
        let forward = ShardAssignment.shards(for: Self.names, count: 3)
        let backward = ShardAssignment.shards(for: Self.names.reversed(), count: 3)
        let alone = ShardAssignment.shards(for: ["scenario-7"], count: 3)
        #expect(forward == backward)
        #expect(alone["scenario-7"] == forward["scenario-7"])
        #expect(Set(forward.keys) == Set(Self.names))
        #expect(forward.values.allSatisfy { (1...3).contains($0) })
        // 40 names spread over every shard: a hash, not a constant.
        #expect(Set(forward.values) == [1, 2, 3])
    }

    /// Pinned values: FNV-1a is the same on every machine, so shards never drift between runners.
    @Test func theHashIsPinned() {
        #expect(ShardAssignment.hashedShard(of: "n-plus-one-bad", count: 3) == 3)
        #expect(ShardAssignment.hashedShard(of: "unbounded-list-bad", count: 3) == 1)
        #expect(ShardAssignment.hashedShard(of: "anything", count: 1) == 1)
    }

    @Test func timingsSpreadTheLongestFirstOntoTheLeastBusyShard() {
        let durations = ["a": 100.0, "b": 60, "c": 50, "d": 40, "e": 10]
        let assigned = ShardAssignment.shards(for: ["e", "d", "c", "b", "a"], count: 2, durations: durations)
        // a → 1 (100); b → 2 (60); c → 2 (110); d → 1 (140); e → 2 (120).
        #expect(assigned == ["a": 1, "b": 2, "c": 2, "d": 1, "e": 2])
        let load = { (shard: Int) in
            assigned.filter { $0.value == shard }.keys.reduce(0.0) { $0 + durations[$1]! }
        }
        #expect(abs(load(1) - load(2)) <= 20)
    }

    /// The look-alike: the same names without timings go by hash, and a name the timings do not
    /// know keeps its hashed shard while the timed ones are balanced.
    @Test func namesWithoutTimingsGoByHash() {
        let untimed = ShardAssignment.shards(for: ["a", "b", "c", "d", "e"], count: 2)
        #expect(untimed.allSatisfy { $0.value == ShardAssignment.hashedShard(of: $0.key, count: 2) })
        let mixed = ShardAssignment.shards(
            for: ["a", "b", "new"], count: 2, durations: ["a": 5, "b": 5, "gone": 1000])
        #expect(mixed["new"] == ShardAssignment.hashedShard(of: "new", count: 2))
        #expect(Set([mixed["a"], mixed["b"]]) == [1, 2])
        #expect(mixed["gone"] == nil)
    }
}
