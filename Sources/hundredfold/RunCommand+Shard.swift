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

    /// `--shard I/N`; anything but whole numbers with 1 ≤ I ≤ N is a usage error.
    static func parseShard(_ text: String) throws -> ShardSelection {
        do {
            return try ShardSelection.parse(text)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
