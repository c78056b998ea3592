import ArgumentParser
import Foundation
import PreMerge

/// `hundredfold init`: writes a starter `hundredfold.yml`, one example scenario and a GitHub
/// Actions workflow; never overwrites, and says for each file whether it was written or skipped;
/// adds `.hundredfold/` to `.gitignore`; prints the next commands to try.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter hundredfold.yml, an example scenario and a CI workflow (never overwrites)."
    )

    @Option(
        help: ArgumentHelp(
            "Write a workflow that runs the scenarios in a matrix of this many jobs (run --shard I/N) and merges them.",
            discussion:
                "Between 2 and \(StarterFiles.maximumShards); the merge job runs 'hundredfold ci' on the merged reports."
        ))
    var shards: Int?

    func validate() throws {
        if let shards, !(2...StarterFiles.maximumShards).contains(shards) {
            throw ValidationError("--shards: \(shards) is not between 2 and \(StarterFiles.maximumShards)")
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        for (path, outcome) in try StarterFiles.write(into: root, shards: shards) {
            switch outcome {
            case .written: print("wrote   \(path)")
            case .skipped: print("skipped \(path) (exists)")
            }
        }
        switch try StarterFiles.ignoreOutputs(in: root) {
        case .written: print("updated .gitignore (\(StarterFiles.ignoredFolder))")
        case .skipped: print("skipped .gitignore (already ignores \(StarterFiles.ignoredFolder))")
        }
        print(
            """

            Next:
              hundredfold run Scenarios/        # the example at 1x, 10x and 100x the data
              hundredfold scan --all            # per-iteration queries and calls in your code
              hundredfold ci --base main        # what the workflow runs on a pull request
            """)
    }
}
