import ArgumentParser
import Foundation
import Reporting
import ScenarioKit

/// `run --shard I/N [--timings FILE]`: which of the loaded scenarios this run runs.
extension RunCommand {
    /// The scenarios of shard I (all of them without `--shard`) and the report's `shard` field,
    /// which lists every scenario of the whole run so `merge` can restore its order.
    func shardScenarios(_ scenarios: [Scenario]) throws -> (scenarios: [Scenario], info: ShardInfo?) {
        guard let shard else { return (scenarios, nil) }
        let durations = try timings.map {
            ShardAssignment.durations(in: try ReportReader.read(URL(fileURLWithPath: $0), displayPath: $0))
        }
        let assigned = ShardAssignment.shards(
            for: scenarios.map(\.name), count: shard.count, durations: durations ?? [:])
        let info = ShardInfo(
            index: shard.index, count: shard.count, run_order: scenarios.map(\.name), scales: scales)
        return (scenarios.filter { assigned[$0.name] == shard.index }, info)
    }

    /// `--shard I/N`: whole numbers with 1 ≤ I ≤ N, else a usage error saying what was expected.
    static func parseShard(_ text: String) throws -> ShardSelection {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ValidationError(
                "'\(text)' is not I/N with whole numbers (e.g. 2/3 for the second of three)")
        }
        guard count >= 1 else {
            throw ValidationError("'\(text)': the number of shards must be at least 1")
        }
        guard (1...count).contains(index) else {
            throw ValidationError("'\(text)': the shard must be between 1 and \(count) (shards count from 1)")
        }
        return ShardSelection(index: index, count: count)
    }
}

/// `--shard I/N`: run shard `index` (1-based) of `count`.
struct ShardSelection {
    var index: Int
    var count: Int
}
