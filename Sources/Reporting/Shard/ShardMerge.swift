/// Joins the reports of a sharded run (`run --shard I/N`) into the report an unsharded run would
/// have written: scenarios in the run's order, the verdict recomputed, no shard field. Refuses
/// shards that are not of one run (seed, scales, engine, version, scenario list), that overlap, or that
/// leave a shard or a scenario out.
public enum ShardMerge {
    /// One shard report and how messages name its file.
    public struct Input: Sendable {
        public var file: String
        public var report: RunReport

        public init(file: String, report: RunReport) {
            self.file = file
            self.report = report
        }
    }

    public static func merge(_ inputs: [Input]) throws(ReportError) -> RunReport {
        guard let first = inputs.first else { throw .noReports }
        var shards: [(file: String, info: ShardInfo)] = []
        for input in inputs {
            guard let info = input.report.shard else { throw .notAShard(file: input.file) }
            shards.append((input.file, info))
        }
        let reference = shards[0]
        for (input, shard) in zip(inputs, shards).dropFirst() {
            let differences: [(String, String, String)] = [
                (
                    "Hundredfold version", first.report.tool_version ?? "none",
                    input.report.tool_version ?? "none"
                ),
                (
                    "seed", first.report.seed.map(String.init) ?? "the scenarios' own",
                    input.report.seed.map(String.init) ?? "the scenarios' own"
                ),
                ("scales", describe(reference.info.scales), describe(shard.info.scales)),
                ("engine", first.report.engine ?? "sqlite", input.report.engine ?? "sqlite"),
                ("number of shards", String(reference.info.count), String(shard.info.count)),
                (
                    "scenario list", reference.info.run_order.joined(separator: ", "),
                    shard.info.run_order.joined(separator: ", ")
                ),
            ]
            if let (what, expected, found) = differences.first(where: { $0.1 != $0.2 }) {
                throw .differentRuns(
                    what: what, file: reference.file, value: expected, otherFile: shard.file,
                    otherValue: found)
            }
        }
        var fileOfIndex: [Int: String] = [:]
        for shard in shards {
            if let earlier = fileOfIndex[shard.info.index] {
                throw .duplicateShard(
                    index: shard.info.index, count: reference.info.count, files: [earlier, shard.file])
            }
            fileOfIndex[shard.info.index] = shard.file
        }
        let missing = (1...reference.info.count).filter { fileOfIndex[$0] == nil }
        if !missing.isEmpty {
            throw .missingShards(missing, count: reference.info.count, given: inputs.map(\.file))
        }
        var byName: [String: (file: String, scenario: ScenarioReport)] = [:]
        for input in inputs {
            for scenario in input.report.scenarios {
                if let earlier = byName[scenario.name] {
                    throw .duplicateScenario(name: scenario.name, files: [earlier.file, input.file])
                }
                guard reference.info.run_order.contains(scenario.name) else {
                    throw .unlistedScenario(name: scenario.name, file: input.file)
                }
                byName[scenario.name] = (input.file, scenario)
            }
        }
        var scenarios: [ScenarioReport] = []
        for name in reference.info.run_order {
            guard let found = byName[name] else {
                throw .missingScenario(name: name, files: inputs.map(\.file))
            }
            scenarios.append(found.scenario)
        }
        var merged = RunReport(seed: first.report.seed, scenarios: scenarios)
        merged.tool_version = first.report.tool_version
        merged.engine = first.report.engine
        return merged
    }

    private static func describe(_ scales: [Int]?) -> String {
        scales.map { $0.map(String.init).joined(separator: ",") } ?? "the scenarios' own"
    }
}
