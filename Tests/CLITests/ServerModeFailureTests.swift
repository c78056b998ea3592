import Foundation
import TestSupport
import Testing

/// Server mode's bad input, through the built binary: each is a clear error (exit 2 at the YAML's
/// line and column for a scenario that cannot run as declared, or exit 1 for a stopped scenario,
/// showing what the server said), and leaves no process and no temporary file behind.
@Suite(.serialized) struct ServerModeFailureTests {
    typealias Shop = ServerModeTests.Shop

    /// Runs the shop scenario in `mode`; returns the exit code and the stop's message.
    func stopped(_ shop: Shop, _ yaml: String) throws -> (exitCode: Int32, kind: String?, message: String) {
        let result = try shop.run(yaml)
        let scenario = try ServerModeTests.scenarioJSON(result)
        let stopped = scenario["stopped"] as? [String: Any]
        #expect(shop.leftoverProcesses().isEmpty, "the server outlived its run")
        #expect(shop.leftoverFiles().isEmpty, "left in TMPDIR: \(shop.leftoverFiles())")
        return (result.exitCode, stopped?["kind"] as? String, stopped?["message"] as? String ?? "")
    }

    @Test func unknownParameterIsAnErrorAtItsColumn() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let result = try shop.run(
            shop.scenario(steps: "    - http: GET /orders?user_id={usr_id}&framing=close"))
        #expect(result.exitCode == 2)
        // `    - http: GET /orders?user_id=` is 32 characters: the brace is in column 33.
        #expect(
            result.stderr.contains(
                "shop.yml:18:33: error: workload.steps[0].http: {usr_id} is not a parameter"))
        #expect(result.stderr.contains("{user_id}"))
        #expect(shop.leftoverProcesses().isEmpty)
        #expect(shop.leftoverFiles().isEmpty)
    }

    @Test func anHTTPStepNeedsAServer() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let yaml = shop.scenario().replacingOccurrences(
            of:
                "  server:\n    command: python3 shop_server.py {port} ok \(shop.tag)\n    ready: GET /healthz\n    ready_seconds: 5\n",
            with: "")
        let result = try shop.run(yaml)
        #expect(result.exitCode == 2)
        #expect(
            result.stderr.contains(
                "shop.yml:14:13: error: workload.steps[0].http: an http: step needs a server"))
    }

    /// A server that cannot be run as declared is bad input: exit 2 at `workload.server`, no
    /// report, its group stopped and its files deleted.
    func badServer(_ shop: Shop, _ yaml: String) throws -> String {
        let result = try shop.run(yaml)
        #expect(result.exitCode == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(shop.leftoverProcesses().isEmpty, "the server outlived its run")
        #expect(shop.leftoverFiles().isEmpty, "left in TMPDIR: \(shop.leftoverFiles())")
        return result.stderr
    }

    @Test func serverThatExitsEarlyShowsItsOutput() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let stderr = try badServer(shop, shop.scenario(mode: "exit"))
        #expect(
            stderr.hasPrefix(
                "shop.yml:12:14: error: workload.server: the server exited with status 3 before it was ready "
                    + "(`GET /healthz` answering 2xx)"), "\(stderr)")
        #expect(stderr.contains("--- server stderr (last lines) ---\nshop: cannot start, no configuration"))
    }

    @Test func serverOnTheWrongPortIsNamedAtOnce() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let stderr = try badServer(shop, shop.scenario(mode: "wrong-port"))
        #expect(
            stderr.contains("workload.server: the server was not ready: it listens on port "), "\(stderr)")
        #expect(stderr.contains("not on the port it was given"))
        #expect(stderr.contains("so `GET /healthz` cannot reach it"))
    }

    @Test func serverNeverReadyIsBadInputAfterReadySeconds() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let yaml = shop.scenario(mode: "never-ready").replacingOccurrences(
            of: "ready_seconds: 5", with: "ready_seconds: 1")
        let stderr = try badServer(shop, yaml)
        #expect(
            stderr.contains(
                "the server was not ready: it did not answer `GET /healthz` with a 2xx within 1 s (ready_seconds)"
            ),
            "\(stderr)")
        #expect(stderr.contains("its last answer was 503"))
    }

    /// The 500's chunked body is shown decoded.
    @Test func errorResponseStopsTheScenarioShowingIt() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let stop = try stopped(shop, shop.scenario(mode: "fail"))
        #expect(stop.exitCode == 1)
        #expect(stop.message.hasPrefix("shop.yml:18:13: workload.steps[0].http: `GET /orders?user_id="))
        #expect(stop.message.contains("answered 500 Internal Server Error"))
        #expect(
            stop.message.contains(
                "--- response body (start) ---\nTraceback (most recent call last):\nKeyError: 'user'"))
    }

    @Test func serverThatDiesDuringARequestShowsHowAndItsOutput() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let stop = try stopped(shop, shop.scenario(mode: "crash"))
        #expect(stop.exitCode == 1)
        #expect(stop.message.hasPrefix("shop.yml:18:13: workload.steps[0].http: `GET /orders?user_id="))
        #expect(
            stop.message.contains("got no response: the connection closed before the response was complete"))
        #expect(stop.message.contains("the server exited with status 4"))
        #expect(stop.message.contains("shop: out of memory"))
    }

    @Test func timeLimitStopsTheServer() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let yaml =
            shop.scenario().replacingOccurrences(of: "requests: 4", with: "requests: 1000000")
            + "limits: { time_seconds: 2 }\n"
        let stop = try stopped(shop, yaml)
        #expect(stop.exitCode == 1)
        #expect(stop.kind == "time_limit")
    }

    /// Ctrl-C of `hundredfold` stops the server's process group, which the terminal's interrupt
    /// does not reach, and deletes its files.
    @Test func interruptStopsTheServer() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        try shop.directory.write(
            shop.scenario().replacingOccurrences(of: "requests: 4", with: "requests: 1000000"), to: "shop.yml"
        )
        let child = Process()
        child.executableURL = HundredfoldBinary.url
        child.arguments = ["run", "shop.yml"]
        child.currentDirectoryURL = shop.directory.url
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = shop.directory.url.appendingPathComponent("tmp").path
        environment["SHOP_COUNTS"] = shop.directory.url.appendingPathComponent("counts").path
        child.environment = environment
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        defer { if child.isRunning { child.terminate() } }
        for _ in 0..<600 where (try? shop.counts(scale: 1))?.isEmpty ?? true { usleep(50_000) }
        #expect(!shop.leftoverProcesses().isEmpty, "the server never started")
        child.interrupt()
        child.waitUntilExit()
        for _ in 0..<100 where !shop.leftoverProcesses().isEmpty { usleep(50_000) }
        #expect(shop.leftoverProcesses().isEmpty, "the server outlived the interrupt")
        #expect(shop.leftoverFiles().isEmpty, "left in TMPDIR: \(shop.leftoverFiles())")
    }
}

/// `schema: { command: ... }`: the migrations build the schema once per scenario; what they filled
/// is kept unless `data:` names it; a failing migration is bad input that leaves nothing behind.
@Suite(.serialized) struct SchemaCommandTests {
    typealias Shop = ServerModeTests.Shop

    static let migrate = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/shop_migrate.py")

    func scenario(_ command: String) -> String {
        """
        name: migrated-shop
        schema:
          command: \(command)
        data:
          users: { rows: 10, fixed: true, columns: { name: { text: [5, 12] } } }
          orders: { rows: 40, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
          tags: { rows: 4, columns: { name: { text: [3, 6] } } }
        workload:
          steps:
            - query: SELECT name FROM kinds
            - query: SELECT name FROM tags
        requests: 2
        scales: [1, 10]
        """
    }

    @Test func migrationsBuildTheSchemaAndKeepWhatTheyFilled() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        try shop.directory.write(String(contentsOf: Self.migrate, encoding: .utf8), to: "shop_migrate.py")
        let result = try shop.run(scenario("python3 shop_migrate.py"))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let scales = try ServerModeTests.scenarioJSON(result)["scales"] as? [[String: Any]] ?? []
        // kinds: the 3 rows the migrations wrote, at every scale; tags: generated (4 per scale), the
        // migrations' 2 rows replaced because `data:` names the table.
        #expect(scales.map { $0["rows_returned_per_request"] as? Double } == [7, 43])
        #expect(shop.leftoverFiles().isEmpty, "left in TMPDIR: \(shop.leftoverFiles())")
    }

    @Test func failingMigrationIsBadInputShowingItsOutput() throws {
        let shop = try Shop()
        defer { shop.directory.remove() }
        let result = try shop.run(
            scenario(
                #"python3 -c 'import sys; print("Applying shop.0002"); sys.exit("no such column - kind")'"#))
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("shop.yml:3:12: error: schema.command: `python3 -c"))
        #expect(result.stderr.contains("exited with status 1"))
        #expect(result.stderr.contains("Applying shop.0002"))
        #expect(result.stderr.contains("no such column - kind"))
        #expect(shop.leftoverFiles().isEmpty, "left in TMPDIR: \(shop.leftoverFiles())")
    }
}
