import Foundation

/// `hundredfold scan --diff` of a generated change of 1,000 added lines across 20 Python files in a
/// real git repository (so every changed file is read whole from the working tree).
enum DiffBenchmark {
    struct Result {
        var changedLines: Int
        var files: Int
        var seconds: Double
        var findings: Int
    }

    static let files = 20
    static let linesPerFile = 50

    static func run(workspace: URL, hundredfold: String) throws -> Result {
        let repository = workspace.appendingPathComponent("diff-repo")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"], in: repository)
        for index in 0..<files {
            try Tools.write(baseFile(index), to: repository.appendingPathComponent("app/module\(index).py"))
        }
        try git(["add", "-A"], in: repository)
        try git(
            ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "base"],
            in: repository)
        for index in 0..<files {
            try Tools.write(
                changedFile(index), to: repository.appendingPathComponent("app/module\(index).py"))
        }
        let diff = try Tools.run("git", ["diff", "--no-color"], in: repository)
        let diffURL = workspace.appendingPathComponent("change.diff")
        try diff.stdout.write(to: diffURL)
        let added = String(decoding: diff.stdout, as: UTF8.self).split(separator: "\n")
            .filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }.count
        let run = try Tools.best(
            5, hundredfold, ["scan", "--diff", diffURL.path, "--format", "json", "--fail-on", "none"],
            in: repository)
        guard run.status == 0 else {
            throw BenchmarkError.failed("hundredfold scan --diff exited \(run.status)")
        }
        let object = (try? JSONSerialization.jsonObject(with: run.stdout)) as? [String: Any]
        return Result(
            changedLines: added, files: files, seconds: run.seconds,
            findings: (object?["findings"] as? [Any])?.count ?? -1)
    }

    /// 200 lines of ordinary code: functions with loops that do nothing expensive.
    private static func baseFile(_ index: Int) -> String {
        (0..<40).map { function in
            """
            def helper_\(index)_\(function)(items):
                total = 0
                for item in items:
                    total += item.price
                return total

            """
        }.joined()
    }

    /// The base file with 50 lines added inside existing loops: queries, writes and HTTP calls per
    /// iteration, and harmless lines around them.
    private static func changedFile(_ index: Int) -> String {
        (0..<40).map { function in
            var body = """
                def helper_\(index)_\(function)(items):
                    total = 0
                    for item in items:
                        total += item.price

                """
            if function < 10 {
                body += """
                            order = Order.objects.get(id=item.order_id)
                            requests.post("https://example.com/hook", json={"id": order.id})
                            item.total = total
                            item.save()
                            log.debug("saved %s", item.id)

                    """
            }
            return body + "    return total\n\n"
        }.joined()
    }

    private static func git(_ arguments: [String], in directory: URL) throws {
        let run = try Tools.run("git", arguments, in: directory)
        guard run.status == 0 else {
            throw BenchmarkError.failed("git \(arguments.joined(separator: " ")) failed")
        }
    }
}
