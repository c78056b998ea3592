import Foundation

/// `hundredfold scan --all` against semgrep with one equivalent rule, over Django's Python source.
enum DjangoBenchmark {
    struct Result {
        var files: Int
        var lines: Int
        var hundredfoldSeconds: Double
        var semgrepSeconds: Double
        var hundredfoldFindings: Int
        var semgrepFindings: Int
    }

    static func run(workspace: URL, hundredfold: String, semgrep: String) throws -> Result {
        let source = try djangoSource(workspace: workspace)
        let corpus = workspace.appendingPathComponent("django-py")
        let (files, lines) = try copyPythonFiles(from: source, to: corpus)
        let rule = Tools.packageRoot.appendingPathComponent("Benchmarks/semgrep/query-in-loop.yml").path
        let ours = try Tools.best(
            3, hundredfold, ["scan", "--all", "--format", "json", "--fail-on", "none"], in: corpus)
        guard ours.status == 0 else { throw BenchmarkError.failed("hundredfold scan exited \(ours.status)") }
        let theirs = try Tools.best(
            1, semgrep,
            ["scan", "--config", rule, "--metrics=off", "--disable-version-check", "--json", "--quiet", "."],
            in: corpus)
        guard theirs.status == 0 else { throw BenchmarkError.failed("semgrep exited \(theirs.status)") }
        return Result(
            files: files, lines: lines, hundredfoldSeconds: ours.seconds, semgrepSeconds: theirs.seconds,
            hundredfoldFindings: count("findings", in: ours.stdout),
            semgrepFindings: count("results", in: theirs.stdout))
    }

    /// `$DJANGO_SRC`, or Django installed from PyPI with `pip install --target`.
    private static func djangoSource(workspace: URL) throws -> URL {
        if let path = ProcessInfo.processInfo.environment["DJANGO_SRC"] { return URL(fileURLWithPath: path) }
        let target = workspace.appendingPathComponent("pip")
        let install = try Tools.run(
            "python3", ["-m", "pip", "install", "--quiet", "--no-deps", "--target", target.path, "django"],
            in: workspace)
        guard install.status == 0 else { throw BenchmarkError.failed("pip install django failed") }
        return target.appendingPathComponent("django")
    }

    /// Copies every `.py` file below `source` into `destination` (same layout); returns the
    /// number of files and lines.
    private static func copyPythonFiles(from source: URL, to destination: URL) throws -> (Int, Int) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: source.path) else {
            throw BenchmarkError.missing("Django source at \(source.path)")
        }
        var files = 0
        var lines = 0
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".py") else { continue }
            let data = try Data(contentsOf: source.appendingPathComponent(path))
            let target = destination.appendingPathComponent(path)
            try manager.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
            files += 1
            lines += data.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
        }
        return (files, lines)
    }

    private static func count(_ key: String, in json: Data) -> Int {
        let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any]
        return (object?[key] as? [Any])?.count ?? -1
    }
}
