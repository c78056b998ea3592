import Foundation
import TestSupport
import Testing

/// Django and gunicorn from PyPI, as `.ci/run` installs them; the tests are skipped without them.
enum Gunicorn {
    static let available: Bool = {
        let result = try? ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import django, gunicorn"])
        return result?.exitCode == 0
    }()

    /// Gunicorn 24+ opens a control socket in `$HOME/.gunicorn` unless told not to; servers of
    /// parallel tests would share it.
    static let flags: String = {
        let help = try? ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-m", "gunicorn", "--help"])
        return (help?.stdout ?? "").contains("--no-control-socket") ? " --no-control-socket" : ""
    }()

    static let skipMessage: Comment = """
        Django or gunicorn is not installed: `python3 -m pip install --break-system-packages django==5.2.19 \
        gunicorn==27.0.1` enables these tests (.ci/run does)
        """
}

/// The shop's scenarios, driving Fixtures/shopserver (Django) under gunicorn over HTTP.
enum ShopScenario {
    /// Orders at scale 1: `GET /orders` runs `1 + ordersAtScaleOne × scale` queries exactly.
    static let ordersAtScaleOne = 10

    static let schemaAndData = """
        schema: |
          CREATE TABLE shop_customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL);
          CREATE TABLE shop_order(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES shop_customer(id),
            status TEXT NOT NULL, total REAL NOT NULL);
          CREATE INDEX shop_order_customer ON shop_order(customer_id);
          CREATE TABLE shop_lineitem(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES shop_order(id),
            sku TEXT NOT NULL, quantity INTEGER NOT NULL);
          CREATE INDEX shop_lineitem_order ON shop_lineitem(order_id);
        data:
          shop_customer: { rows: 20, fixed: true, columns: { name: { text: [5, 12] }, email: { text: [10, 20] } } }
          shop_order:
            rows: \(ordersAtScaleOne)
            columns:
              customer_id: { ref: shop_customer.id, distribution: uniform }
              status: { choice: [new, paid, shipped] }
              total: { real: [1, 500] }
          shop_lineitem:
            rows: 40
            columns:
              order_id: { ref: shop_order.id, distribution: uniform }
              sku: { text: [8, 8] }
              quantity: { int: [1, 5] }
        """

    /// The gunicorn command serving the copied app, its log folder passed through `env`.
    static func gunicorn(_ project: Project) -> String {
        "env APP_LOG_DIR=\(project.appLog.path) python3 -m gunicorn --chdir \(project.app.path) shopserver.wsgi"
            + " --bind 127.0.0.1:{port} --workers 1\(Gunicorn.flags)"
    }

    /// A scenario `name` whose server is `server` (YAML under `server:`, indented by 4) and whose
    /// steps are `steps` (YAML list items, indented by 4).
    static func yaml(
        _ name: String, server: String, steps: String, requests: Int = 3, scales: [Int] = [1, 10, 100]
    ) -> String {
        """
        name: \(name)
        \(schemaAndData)
        workload:
          server:
        \(server)
          params: { customer_id: { pick: shop_customer.id } }
          steps:
        \(steps)
        requests: \(requests)
        scales: [\(scales.map(String.init).joined(separator: ", "))]
        seed: 11

        """
    }

    /// The shop under gunicorn, ready when `GET /healthz` answers.
    static func shopServer(_ project: Project, readySeconds: Int = 30) -> String {
        """
            command: \(gunicorn(project))
            ready: GET /healthz
            ready_seconds: \(readySeconds)
        """
    }
}

/// One request as the app logged it, with Django's own count of its queries.
struct AppRequest: Decodable {
    var server: Int
    var method: String
    var path: String
    var status: Int
    var queries: Int
}

extension Project {
    /// Django's counts for the requests to each of `paths` (a path per step, `{…}` matching any
    /// one segment), per server process in start order (the server is started once per scale,
    /// so group k is scale k): each element is one request's counts, one per path.
    func djangoCounts(paths: [String]) -> [[[AppRequest]]] {
        let text =
            (try? String(contentsOf: appLog.appendingPathComponent("requests.ndjson"), encoding: .utf8)) ?? ""
        let all = text.split(separator: "\n").compactMap {
            try? JSONDecoder().decode(AppRequest.self, from: Data($0.utf8))
        }.filter { request in paths.contains { Self.matches(request.path, $0) } }
        var servers: [Int] = []
        for request in all where !servers.contains(request.server) { servers.append(request.server) }
        return servers.map { server in
            let served = all.filter { $0.server == server }
            return stride(from: 0, to: served.count - served.count % paths.count, by: paths.count).map {
                Array(served[$0..<$0 + paths.count])
            }
        }
    }

    private static func matches(_ path: String, _ pattern: String) -> Bool {
        let parts = path.split(separator: "/")
        let patternParts = pattern.split(separator: "/")
        return parts.count == patternParts.count
            && zip(parts, patternParts).allSatisfy { $0 == $1 || $1.hasPrefix("{") }
    }

    /// Every process the app or the misbehaving server recorded that is still alive.
    var serversStillRunning: [String] {
        let text = (try? String(contentsOf: appLog.appendingPathComponent("pids.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").compactMap { Int32($0) }).sorted().compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty
            else {
                return nil
            }
            let commandLine = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            let ours = commandLine.contains("gunicorn") || commandLine.contains("misbehaving_server")
            return ours ? "\(pid): \(commandLine)" : nil
        }
    }

    /// `HUNDREDFOLD_DB` and `DATABASE_URL` as each booted app saw them.
    var serverEnvironments: [[String: String?]] {
        let text =
            (try? String(contentsOf: appLog.appendingPathComponent("environment.ndjson"), encoding: .utf8))
            ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONDecoder().decode([String: String?].self, from: Data($0.utf8))
        }
    }

    /// True when no server was ever started (the app records its pids as it boots).
    var noServerStarted: Bool {
        !FileManager.default.fileExists(atPath: appLog.appendingPathComponent("pids.txt").path)
    }

    /// Stops what a failed run left (so one failure does not leak into the next test).
    func stopLeftoverServers() {
        for line in serversStillRunning {
            if let pid = Int32(line.prefix { $0 != ":" }) { kill(pid, SIGKILL) }
        }
    }
}
