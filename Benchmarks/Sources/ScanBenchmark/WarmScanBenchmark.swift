import Foundation

/// `hundredfold scan --base HEAD` after a one-line change to one file of a generated 5,000-file
/// repository: cold (the index cache removed first) and warm (the next three runs, the cache left
/// by the run before). Targets: < 5 s cold, < 300 ms warm; the warm report must equal the cold one.
enum WarmScanBenchmark {
    struct Result {
        var files: Int
        var coldSeconds: Double
        var warmSeconds: [Double]
        var findings: Int
        var identical: Bool

        var summary: String {
            String(
                format:
                    "warm diff scan: %d tracked files, one line changed; cold %.2f s, warm %@ ms "
                    + "(best %.0f ms), %d findings, warm %@ cold; targets < 5 s cold, < 300 ms warm",
                files, coldSeconds,
                warmSeconds.map { String(format: "%.0f", $0 * 1000) }.joined(separator: "/"),
                (warmSeconds.min() ?? 0) * 1000, findings, identical ? "==" : "!=")
        }
    }

    static let models = 500
    static let services = 2_000
    static let helpers = 1_500
    static let tests = 1_000

    static func run(workspace: URL, hundredfold: String) throws -> Result {
        let repository = workspace.appendingPathComponent("warm-repo")
        for index in 0..<models {
            try Tools.write(
                model(index), to: repository.appendingPathComponent("app/models/model_\(index).py"))
        }
        for index in 0..<services {
            try Tools.write(
                service(index), to: repository.appendingPathComponent("app/services/service_\(index).py"))
        }
        for index in 0..<helpers {
            try Tools.write(
                helper(index), to: repository.appendingPathComponent("app/helpers/helper_\(index).py"))
        }
        for index in 0..<tests {
            try Tools.write(test(index), to: repository.appendingPathComponent("tests/test_\(index).py"))
        }
        try git(["init", "-q", "-b", "main"], in: repository)
        try git(["add", "-A"], in: repository)
        try git(
            ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "base"],
            in: repository)
        // The one-line change: a helper that queries, called once per item.
        let changed = repository.appendingPathComponent("app/services/service_0.py")
        var text = try String(contentsOf: changed, encoding: .utf8)
        guard let line = text.range(of: "        total += item.price\n") else {
            throw BenchmarkError.failed("the generated service has no line to change")
        }
        text.replaceSubrange(line, with: "        total += item.price + price_of_0(item.id)\n")
        try Tools.write(text, to: changed)
        // A file written less than two seconds before a scan is checked by its content next time
        // (its status may not show a write in the same clock tick): let the checkout settle, as a
        // real one has.
        Thread.sleep(forTimeInterval: 2.5)
        let arguments = ["scan", "--base", "HEAD", "--format", "json", "--fail-on", "none"]
        let cold = try Tools.run(hundredfold, arguments + ["--clear-cache"], in: repository)
        let warm = try (0..<3).map { _ in try Tools.run(hundredfold, arguments, in: repository) }
        guard cold.status == 0, warm.allSatisfy({ $0.status == 0 }) else {
            throw BenchmarkError.failed("hundredfold scan --base HEAD failed")
        }
        let object = (try? JSONSerialization.jsonObject(with: cold.stdout)) as? [String: Any]
        return Result(
            files: models + services + helpers + tests, coldSeconds: cold.seconds,
            warmSeconds: warm.map(\.seconds),
            findings: (object?["findings"] as? [Any])?.count ?? -1,
            identical: warm.allSatisfy { $0.stdout == cold.stdout })
    }

    private static func model(_ index: Int) -> String {
        """
        from django.db import models


        class Model\(index)(models.Model):
            name = models.CharField(max_length=100)
            price = models.IntegerField()
            owner = models.ForeignKey("Model\((index + 1) % models)", on_delete=models.CASCADE)

            def label(self):
                return f"{self.name} ({self.price})"

        """
    }

    /// Functions that loop over items and call helpers of other files, some of which query.
    private static func service(_ index: Int) -> String {
        (0..<8).map { function in
            """
            def service_\(index)_\(function)(items):
                total = 0
                for item in items:
                    total += item.price
                    record(item.id, helper_\((index + function) % helpers)(item))
                return total

            """
        }.joined() + (index == 0 ? "from app.helpers.helper_0 import price_of_0\n" : "")
    }

    private static func helper(_ index: Int) -> String {
        """
        from app.models.model_\(index % models) import Model\(index % models)


        def helper_\(index)(item):
            return item.price * 2


        def price_of_\(index)(item_id):
            return Model\(index % models).objects.get(id=item_id).price


        def describe_\(index)(items):
            return ", ".join(str(item) for item in items)

        """
    }

    private static func test(_ index: Int) -> String {
        """
        from app.helpers.helper_\(index % helpers) import helper_\(index % helpers)


        def test_helper_\(index)():
            assert helper_\(index % helpers)(type("Item", (), {"price": 2})()) == 4

        """
    }

    private static func git(_ arguments: [String], in directory: URL) throws {
        let run = try Tools.run("git", arguments, in: directory)
        guard run.status == 0 else {
            throw BenchmarkError.failed("git \(arguments.joined(separator: " ")) failed")
        }
    }
}
