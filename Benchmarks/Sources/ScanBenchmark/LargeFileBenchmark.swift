import Foundation

/// `hundredfold scan --all` over one generated Python file of 3,000 small functions: per-site work
/// that grows with the file (a scan back to the file's start, a lookup over every loop) shows up
/// here long before it does on Django's many small files.
enum LargeFileBenchmark {
    struct Result {
        var functions: Int
        var lines: Int
        var seconds: Double
        var cpuSeconds: Double
        var findings: Int
    }

    /// Function shapes that reach every HF1xx/HF2xx path a Python file can: a query and an HTTP
    /// call per iteration, a fan-out gathered after a loop, a retry without a bound, a
    /// comprehension, a dictionary used as a cache.
    static let shapes = [
        """
        def load_{i}(ids):
            cache = {}
            for x in ids:
                user = User.objects.get(id=x)
                cache.get(x)
                requests.get("http://example.com/%s" % user.name)
            return cache

        """,
        """
        async def gather_{i}(ids):
            tasks = []
            for x in ids:
                tasks.append(fetch(x))
            return await asyncio.gather(*tasks)

        """,
        """
        def retry_{i}(client):
            while True:
                try:
                    return client.get("/status")
                except Exception:
                    time.sleep(1)

        """,
        """
        def orders_{i}(users):
            return [Order.objects.filter(user=u).count() for u in users]

        """,
    ]

    static func run(workspace: URL, hundredfold: String, functions: Int = 3000) throws -> Result {
        let folder = workspace.appendingPathComponent("large-file")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text =
            "import asyncio\nimport time\n\nimport requests\n\nfrom app.models import Order, User\n\n\n"
        for index in 0..<functions {
            text += shapes[index % shapes.count].replacingOccurrences(of: "{i}", with: String(index)) + "\n"
        }
        try Tools.write(text, to: folder.appendingPathComponent("generated.py"))
        let run = try Tools.best(
            3, hundredfold, ["scan", "--all", "--format", "json", "--fail-on", "none"], in: folder)
        guard run.status == 0 else { throw BenchmarkError.failed("hundredfold scan exited \(run.status)") }
        let object = (try? JSONSerialization.jsonObject(with: run.stdout)) as? [String: Any]
        return Result(
            functions: functions, lines: text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }, seconds: run.seconds,
            cpuSeconds: run.cpuSeconds, findings: (object?["findings"] as? [Any])?.count ?? -1)
    }
}

extension LargeFileBenchmark.Result {
    /// One line for the benchmark's output.
    var summary: String {
        String(
            format: "large file: %d functions, %d lines, %.2f s wall (best of 3), %.2f s CPU, %d findings",
            functions, lines, seconds, cpuSeconds, findings)
    }
}
