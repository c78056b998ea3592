import Foundation
import Testing

/// A server that fails: never ready, on the wrong port, exiting early, answering 500, or
/// interrupted with Ctrl-C. Each a clear error with the right exit code, the server's whole
/// process group stopped, no temporary database left.
@Suite(.enabled(if: Gunicorn.available, Gunicorn.skipMessage))
struct ServerFailureTests {
    /// A server from Fixtures/misbehaving_server.py in `mode`.
    func misbehaving(_ project: Project, _ mode: String, readySeconds: Int = 3) -> String {
        """
            command: env APP_LOG_DIR=\(project.appLog.path) python3 \(project.app.path)/misbehaving_server.py \(mode) {port}
            ready: GET /healthz
            ready_seconds: \(readySeconds)
        """
    }

    func expectNothingLeft(_ project: Project, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            project.serversStillRunning.isEmpty, "still running: \(project.serversStillRunning)",
            sourceLocation: sourceLocation)
        #expect(
            project.leftoverDatabases.isEmpty, "left in TMPDIR: \(project.leftoverDatabases)",
            sourceLocation: sourceLocation)
    }

    /// 503 to every poll, or listening on another port than `{port}`: after `ready_seconds` the
    /// run stops with exit 2, naming the readiness check it waited for.
    @Test(arguments: ["never-ready", "wrong-port"])
    func serverThatNeverGetsReady(mode: String) throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        try project.write(
            ShopScenario.yaml(
                "never-ready", server: misbehaving(project, mode), steps: "    - http: GET /orders"),
            to: "never-ready.yml")
        let run = try project.hf(["run", "never-ready.yml", "--out", "report.json"], seconds: 90)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(run.output.contains("/healthz") && run.output.lowercased().contains("ready"), "\(run.log)")
        #expect(!project.noServerStarted, "the server was started")
        expectNothingLeft(project)
    }

    /// The server exits before it is ready: exit 2, with what it printed.
    @Test func serverThatExitsEarlyShowsItsOutput() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        try project.write(
            ShopScenario.yaml(
                "exits-early", server: misbehaving(project, "exit-early", readySeconds: 30),
                steps: "    - http: GET /orders"),
            to: "exits-early.yml")
        let run = try project.hf(["run", "exits-early.yml", "--out", "report.json"], seconds: 60)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(
            run.output.contains("settings module 'shopserver.production' not found"),
            "the server's output is shown: \(run.log)")
        expectNothingLeft(project)
    }

    /// A 500 stops the scenario (exit 1) and shows the response; the look-alike 2xx steps before
    /// it are fine.
    @Test func errorResponseStopsTheScenario() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        let steps = """
                - http: GET /orders
                - http: GET /broken
            """
        try project.write(
            ShopScenario.yaml("broken", server: ShopScenario.shopServer(project), steps: steps),
            to: "broken.yml")
        let run = try project.hf(["run", "broken.yml"], seconds: 120)
        #expect(run.exitCode == 1, "\(run.log)")
        #expect(
            run.output.contains("500") && run.output.contains("/broken"), "the response is shown: \(run.log)")
        let served = project.djangoCounts(paths: ["/orders"]).first ?? []
        #expect(!served.isEmpty && served.allSatisfy { $0[0].status == 200 }, "GET /orders was served first")
        expectNothingLeft(project)
    }

    /// An unknown `{param}` in a path or a body is bad input, found before any server starts.
    @Test(arguments: [
        "    - http: GET /customers/{customr_id}/orders",
        "    - http: POST /orders/new\n      body: customer_id={customr_id}\n      headers: { X-Api-Key: test-key }",
    ])
    func unknownParameterIsLocated(steps: String) throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        let yaml = ShopScenario.yaml("unknown-param", server: ShopScenario.shopServer(project), steps: steps)
        let line =
            try #require(
                yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("{customr_id}")
                }) + 1
        try project.write(yaml, to: "unknown-param.yml")
        let run = try project.hf(["run", "unknown-param.yml", "--out", "report.json"], seconds: 60)
        #expect(run.exitCode == 2, "\(run.log)")
        #expect(
            run.stderr.range(of: "unknown-param.yml:\(line):[0-9]+", options: .regularExpression) != nil,
            "file:line:column of the step (line \(line)): \(run.log)")
        #expect(run.stderr.contains("customr_id"), "\(run.log)")
        #expect(project.noServerStarted, "no server may start for a scenario with bad input")
        #expect(!project.exists("report.json"))
        expectNothingLeft(project)
    }

    /// A server whose processes ignore SIGTERM and SIGINT, one of them a child in its process
    /// group: the run still ends, and stops them all (escalating to SIGKILL).
    @Test func stubbornServerIsStoppedWithItsProcessGroup() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        try project.write(
            ShopScenario.yaml(
                "stubborn", server: misbehaving(project, "stubborn"), steps: "    - http: GET /orders",
                scales: [1, 10]),
            to: "stubborn.yml")
        let run = try project.hf(["run", "stubborn.yml"], seconds: 180)
        #expect(run.exitCode != nil, "the run must end: \(run.log)")
        #expect(!project.noServerStarted, "the server was started")
        expectNothingLeft(project)
    }

    /// Ctrl-C while the server answers: the run ends (not 0) and takes the server with it.
    @Test func interruptStopsTheServer() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        try project.write(
            ShopScenario.yaml(
                "interrupted", server: ShopScenario.shopServer(project), steps: "    - http: GET /orders",
                requests: 50, scales: [1, 10, 100, 1000]),
            to: "interrupted.yml")
        let running = try project.start(["run", "interrupted.yml"])
        let requests = project.appLog.appendingPathComponent("requests.ndjson")
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: requests.path), running.isRunning,
            Date() < deadline
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(!project.serversStillRunning.isEmpty, "the server was serving when interrupted")
        running.send(SIGINT)
        let run = running.finish(within: 60)
        #expect(run.exitCode != nil && run.exitCode != 0, "\(run.log)")
        expectNothingLeft(project)
    }
}
