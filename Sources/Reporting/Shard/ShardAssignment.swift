import HundredfoldCore

/// Which shard runs which scenario: the same answer on every machine and run for the same names
/// (and timings), whatever order the files come in.
public enum ShardAssignment {
    /// The 1-based shard of each name out of `count`. Names with a duration (milliseconds, from a
    /// previous report) are spread greedily, longest first, each onto the shard with the least time
    /// so far (ties: the lower shard); the others by a stable hash of the name (FNV-1a).
    public static func shards(
        for names: [String], count: Int, durations: [String: Double] = [:]
    ) -> [String: Int] {
        precondition(count >= 1, "a run has at least one shard")
        var assignment: [String: Int] = [:]
        var timed: [(name: String, duration: Double)] = []
        for name in Set(names) {
            if let duration = durations[name], duration.isFinite, duration >= 0 {
                timed.append((name, duration))
            } else {
                assignment[name] = hashedShard(of: name, count: count)
            }
        }
        timed.sort { ($1.duration, $0.name) < ($0.duration, $1.name) }
        var load = [Double](repeating: 0, count: count)
        for (name, duration) in timed {
            let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) } ?? 0
            assignment[name] = lightest + 1
            load[lightest] += duration
        }
        return assignment
    }

    /// A name's shard by hash alone.
    public static func hashedShard(of name: String, count: Int) -> Int {
        Int(FNV1a.hash(name) % UInt64(count)) + 1
    }

    /// Each scenario's duration in a previous report, for ``shards(for:count:durations:)``;
    /// scenarios without one (reports of older versions) are left out.
    public static func durations(in report: RunReport) -> [String: Double] {
        var durations: [String: Double] = [:]
        for scenario in report.scenarios {
            if let duration = scenario.duration_ms { durations[scenario.name] = duration }
        }
        return durations
    }
}
