import Foundation
import TestSupport
import Testing

/// A temporary project: the Django shop copied in, the scenario files, the app's own log folder
/// (Django's query counts, the server pids) and a private `TMPDIR` for the run.
struct Project {
    let url: URL
    let tmp: URL
    /// Where the app appends `requests.ndjson` and `pids.txt`.
    let appLog: URL
    /// The copy of Fixtures/ (the `shopserver` package and `misbehaving_server.py`).
    let app: URL

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    init() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hf-server-acceptance-\(UUID().uuidString)", isDirectory: true)
        url = root
        tmp = root.appendingPathComponent("private-tmp", isDirectory: true)
        appLog = root.appendingPathComponent("app-log", isDirectory: true)
        app = root.appendingPathComponent("app", isDirectory: true)
        for folder in [tmp, appLog] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(at: Self.fixtures, to: app)
    }

    @discardableResult
    func write(_ contents: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Starts `hundredfold ARGUMENTS` in the project with the private `TMPDIR`.
    func start(_ arguments: [String]) throws -> RunningHundredfold {
        try RunningHundredfold(arguments, in: url, environment: ["TMPDIR": tmp.path])
    }

    /// Runs `hundredfold ARGUMENTS` to the end, stopped after `seconds` (hang detection only).
    func hf(_ arguments: [String], seconds: Double = 300) throws -> RunningHundredfold.Outcome {
        try start(arguments).finish(within: seconds)
    }

    /// Temporary databases the run left in its `TMPDIR` (at any depth).
    var leftoverDatabases: [String] {
        let enumerator = FileManager.default.enumerator(atPath: tmp.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix("hundredfold") || name.contains(".sqlite") || name.hasSuffix(".db") {
                found.append(path)
            }
        }
        return found.sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - The JSON report

func number(_ any: Any?) -> Double? {
    if let value = any as? NSNumber, !String(describing: type(of: value)).contains("Boolean") {
        return value.doubleValue
    }
    return nil
}

/// A `hundredfold.report/1` document, navigated by its fixed names.
struct Report {
    let root: [String: Any]

    init(file: URL) throws {
        let any = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        guard let root = any as? [String: Any] else { throw TestFailure("report is not a JSON object") }
        self.root = root
    }

    func scenario(_ name: String) -> [String: Any]? {
        (root["scenarios"] as? [[String: Any]] ?? []).first { ($0["name"] as? String) == name }
    }

    func scale(_ name: String, _ scale: Int) -> [String: Any]? {
        (scenario(name)?["scales"] as? [[String: Any]] ?? []).first {
            number($0["scale"]).map(Int.init) == scale
        }
    }

    func queries(_ name: String, _ scale: Int) -> (mean: Double?, max: Double?) {
        let value = self.scale(name, scale)?["queries_per_request"] as? [String: Any]
        return (number(value?["mean"]), number(value?["max"]))
    }

    /// A `{p50, p95, p99}` figure of one scale (`latency_ms`, `request_ms`).
    func percentiles(_ name: String, _ scale: Int, _ figure: String) -> [String: Double] {
        (self.scale(name, scale)?[figure] as? [String: Any] ?? [:]).compactMapValues(number)
    }

    func growthClass(_ name: String, _ figure: String) -> String? {
        ((scenario(name)?["growth"] as? [String: Any])?[figure] as? [String: Any])?["class"] as? String
    }
}
