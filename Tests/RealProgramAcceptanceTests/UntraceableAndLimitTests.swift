import Foundation
import TestSupport
import Testing

/// Programs that cannot be traced are said to be, and runaway programs are stopped.
@Suite(.serialized)
struct UntraceableAndLimitTests {
    static func scenario(name: String, command: String, limits: String = "") -> String {
        """
        name: \(name)
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
        data:
          users: { rows: 3, fixed: true, columns: { name: { text: [5, 12] } } }
        workload:
          steps:
            - command: \(command)
        requests: 2
        scales: [1, 2]
        seed: 9
        \(limits)

        """
    }

    /// `true` is quoted so YAML reads it as the command, not a boolean.
    @Test(arguments: ["echo hi", "\"true\""])
    func programThatOpensNoDatabaseIsUntraceableNotZeroQueries(command: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write(Self.scenario(name: "no-database", command: command), to: "u.yml")
        let result = try hf(["run", "u.yml", "--out", "report.json"], in: dir.url)
        #expect(result.exitCode != 3, "\(result.summary)")
        let reportText = read(dir.url.appendingPathComponent("report.json"))
        let everything = result.stdout + result.stderr + reportText
        #expect(
            everything.lowercased().contains("untraceable"),
            "reported as untraceable: \(result.summary)\n\(reportText)")
        let reasons = [
            "no database", "not open", "never opened", "did not open", "didn't open", "opened no",
            "no sqlite", "no connection", "0 connections", "without opening",
        ]
        #expect(
            reasons.contains { everything.lowercased().contains($0) },
            "with the reason (no database opened): \(result.summary)\n\(reportText)")
        // It must not pass as a clean scenario that ran zero queries.
        #expect(result.exitCode != 0, "an untraceable scenario does not pass: \(result.summary)")
        if let report = try? Report(file: dir.url.appendingPathComponent("report.json")) {
            #expect(report.scenario("no-database")?["verdict"] as? String != "pass")
            #expect(report.verdict == "fail")
        }
    }

    @Test(
        .enabled(if: Python.available, "python3 is missing: real-program tests skipped"),
        arguments: ["sleep", "loop"])
    func runawayProgramIsStoppedByTheTimeLimit(kind: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let marker = "hfrunaway\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        let tail =
            kind == "sleep"
            ? "time.sleep(1000)"
            : "while True:\n    db.execute(\"SELECT count(*) FROM users\").fetchone()\n    time.sleep(0.001)"
        let program = """
            import os, sqlite3, subprocess, sys, time
            db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
            db.execute("SELECT count(*) FROM users").fetchone()
            subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1000)", "\(marker)-child"])
            \(tail)

            """
        try dir.write(program, to: "\(marker).py")
        try dir.write(
            Self.scenario(
                name: "runaway", command: "python3 \(marker).py", limits: "limits: { time_seconds: 3 }"),
            to: "r.yml")
        let tmp = try privateTemporaryDirectory(in: dir.url)
        let result = try runWithDeadline(
            ["run", "r.yml", "--out", "report.json"], in: dir.url, environment: ["TMPDIR": tmp.path],
            seconds: 60)

        // Give a killed process group a moment to disappear, then clean up whatever is left.
        var left = processes(containing: marker)
        for _ in 0..<50 where !left.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            left = processes(containing: marker)
        }
        for pid in left { kill(pid, SIGKILL) }

        #expect(result.exitCode != nil, "hundredfold did not stop the program within 60 s")
        #expect(left.isEmpty, "no process is left behind: \(left)")
        #expect(contents(of: tmp).isEmpty, "no temporary database left behind: \(contents(of: tmp))")
        #expect(
            result.exitCode == 1, "a scenario stopped by a limit exits 1: \(result.stdout)\n\(result.stderr)")
        let everything = (result.stdout + result.stderr).lowercased()
        #expect(everything.contains("time"), "the stop is reported: \(result.stdout)\n\(result.stderr)")
        let report = try Report(file: dir.url.appendingPathComponent("report.json"))
        let stopped = report.scenario("runaway")?["stopped"] as? [String: Any]
        #expect(stopped?["kind"] as? String == "time_limit", "stopped: \(String(describing: stopped))")
        #expect(report.verdict == "fail")
    }
}
