import Foundation
import TestSupport
import Testing

/// Runs every shard of a sharded run and checks what each one says about itself.
struct Shards {
    /// The shard reports' file names, shard 1 first.
    let files: [String]
    /// The scenario names of each shard, shard 1 first.
    let names: [[String]]
    /// The exit status of each shard's run.
    let exitCodes: [Int32]

    /// Runs `hundredfold run PATHS --shard I/COUNT` for I in 1...COUNT, writing `PREFIX-I.json`.
    /// Each shard must exit 0 or 1 by its own verdict and write a `hundredfold.report/1` report.
    static func run(
        _ paths: [String], count: Int, in project: Project, extra: [String] = [], prefix: String = "shard",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Shards {
        var files: [String] = []
        var names: [[String]] = []
        var exitCodes: [Int32] = []
        for index in 1...count {
            let file = "\(prefix)-\(index).json"
            let result = try project.hf(
                Interface.shardRun(paths, shard: "\(index)/\(count)", out: file, extra: extra))
            files.append(file)
            exitCodes.append(result.exitCode)
            guard let shard = report(file, in: project, after: result, sourceLocation: sourceLocation) else {
                names.append([])
                continue
            }
            names.append(shard.scenarioNames)
            #expect(
                shard.schema == "hundredfold.report/1", "\(file)\n\(result.log)",
                sourceLocation: sourceLocation)
            let expectedExit: Int32 = shard.verdict == "fail" ? 1 : 0
            #expect(
                result.exitCode == expectedExit,
                "shard \(index)/\(count) exits by its verdict \(shard.verdict ?? "-")\n\(result.log)",
                sourceLocation: sourceLocation)
        }
        return Shards(files: files, names: names, exitCodes: exitCodes)
    }

    /// The shards are disjoint and together hold every one of `expected` exactly once.
    func expectPartition(of expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let all = names.flatMap { $0 }
        let counts = Dictionary(all.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(
            counts.filter { $0.value > 1 }.isEmpty, "scenarios in more than one shard: \(names)",
            sourceLocation: sourceLocation)
        #expect(
            Set(all) == Set(expected),
            "shards \(names) miss \(Set(expected).subtracting(all).sorted()), add \(Set(all).subtracting(expected).sorted())",
            sourceLocation: sourceLocation)
    }

    /// The assignment as a comparable value: the set of names per shard.
    var assignment: [Set<String>] { names.map(Set.init) }
}
