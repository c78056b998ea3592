import Foundation
import HundredfoldCore
import Reporting
import ScenarioKit
import TestSupport
import Testing

/// `command:` steps: a real program run per request against its own copy of the scaled database,
/// traced by the preload library, its statements folded into the same figures as declared steps.
@Suite struct CommandStepTests {
    typealias B = ScenarioBuilder

    /// The N+1 of RunnerFiguresTests, written as a Python program using the standard library.
    static let nPlusOneProgram = """
        import os, sqlite3, sys
        db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
        ids = [row[0] for row in db.execute("SELECT id FROM orders WHERE user_id = :user_id", {"user_id": int(sys.argv[1])})]
        totals = [db.execute("SELECT total FROM orders WHERE id = :id", {"id": i}).fetchone()[0] for i in ids]
        print(len(totals))
        """

    /// The same N+1 through PHP's PDO, whose pdo_sqlite extension PHP loads with RTLD_DEEPBIND.
    static let phpNPlusOneProgram = """
        <?php
        $db = new PDO('sqlite:' . getenv('HUNDREDFOLD_DB'));
        $orders = $db->prepare('SELECT id FROM orders WHERE user_id = :user_id');
        $orders->execute([':user_id' => (int)$argv[1]]);
        $total = $db->prepare('SELECT total FROM orders WHERE id = :id');
        foreach ($orders->fetchAll(PDO::FETCH_COLUMN) as $id) {
            $total->execute([':id' => $id]);
            $total->fetchAll();
        }
        """

    /// True when `php` runs with its pdo_sqlite extension.
    static let phpAvailable: Bool = {
        let check = try? ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["php", "-r", "exit(extension_loaded('pdo_sqlite') ? 0 : 1);"])
        return check?.exitCode == 0
    }()

    func command(_ line: String, in directory: TemporaryDirectory) -> Step {
        let location = SourceLocation(
            file: directory.url.appendingPathComponent("scenario.yml").path, line: 7, column: 16)
        return .command(CommandStep(command: line, location: location, keyPath: "workload.steps[0].command"))
    }

    func run(_ steps: (TemporaryDirectory) -> [Step], scales: [Int] = [1, 10], limits: Limits = .defaults)
        throws
        -> ScenarioReport
    {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.nPlusOneProgram, to: "orders.py")
        try directory.write(Self.phpNPlusOneProgram, to: "orders.php")
        let scratch = directory.url.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let scenario = B.scenario(
            schema: B.shopSchema, tables: B.shopTables, params: [B.pick("user_id", "users", "id")],
            steps: steps(directory), requests: 5, scales: scales, limits: limits)
        let report = try B.runner(scratch).run(scenario)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(left.isEmpty, "database copies, traces and outputs must be deleted: \(left)")
        return report
    }

    @Test func programFiguresEqualTheDeclaredSteps() throws {
        let declared = try run { _ in
            [
                B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]),
            ]
        }
        let program = try run { [command("python3 orders.py {user_id}", in: $0)] }
        #expect(program.stopped == nil, "\(program.stopped?.message ?? "")")
        #expect(program.scales.map(\.queries_per_request) == declared.scales.map(\.queries_per_request))
        #expect(program.scales.map(\.rows_read_per_request) == declared.scales.map(\.rows_read_per_request))
        #expect(
            program.scales.map(\.rows_returned_per_request)
                == declared.scales.map(\.rows_returned_per_request))
        #expect(
            program.scales.map(\.bytes_returned_per_request)
                == declared.scales.map(\.bytes_returned_per_request))
        #expect(program.scales.map(\.repeated_statements) == declared.scales.map(\.repeated_statements))
        #expect(
            program.scales.map(\.sqlite_counters_per_request)
                == declared.scales.map(\.sqlite_counters_per_request))
        #expect(program.growth["queries_per_request"]?.class == .linear)
    }

    @Test(
        .enabled(
            if: phpAvailable,
            "PHP with SQLite is missing: `apt-get install -y php-cli php-sqlite3` enables this test (.ci/run does)"
        ))
    func phpProgramFiguresEqualTheDeclaredSteps() throws {
        let declared = try run { _ in
            [
                B.query("SELECT id FROM orders WHERE user_id = :user_id", as: "orders"),
                B.forEach("orders", [B.query("SELECT total FROM orders WHERE id = :id")]),
            ]
        }
        let program = try run { [command("php orders.php {user_id}", in: $0)] }
        #expect(program.stopped == nil, "\(program.stopped?.message ?? "")")
        #expect(program.scales.map(\.queries_per_request) == declared.scales.map(\.queries_per_request))
        #expect(program.scales.map(\.rows_read_per_request) == declared.scales.map(\.rows_read_per_request))
        #expect(
            program.scales.map(\.rows_returned_per_request)
                == declared.scales.map(\.rows_returned_per_request))
        #expect(program.scales.map(\.repeated_statements) == declared.scales.map(\.repeated_statements))
        #expect(program.growth["queries_per_request"]?.class == .linear)
    }

    /// Every request gets a fresh copy: a program deleting every order writes all of them each time.
    @Test func writesDoNotLeakIntoTheNextRequest() throws {
        let script =
            "import os, sqlite3; db = sqlite3.connect(os.environ['HUNDREDFOLD_DB']); db.execute('DELETE FROM orders WHERE total >= 0'); db.commit()"
        let deleting = try run { [command("python3 -c " + "\"\(script)\"", in: $0)] }
        #expect(deleting.stopped == nil, "\(deleting.stopped?.message ?? "")")
        #expect(deleting.scales.map(\.rows_written_per_request) == [200, 2000])
        #expect(deleting.scales.allSatisfy { $0.full_scans.contains { $0.table == "orders" } })
    }

    @Test func failingProgramStopsTheScenarioNamingTheStep() throws {
        let report = try run { [command("echo partial; echo 'it broke' >&2; exit 3", in: $0)] }
        let stop = try #require(report.stopped)
        #expect(stop.kind == "error")
        #expect(
            stop.message.contains(
                "workload.steps[0].command: `echo partial; echo 'it broke' >&2; exit 3` exited with status 3")
        )
        #expect(stop.message.contains("--- stdout (last lines) ---\npartial"))
        #expect(stop.message.contains("--- stderr (last lines) ---\nit broke"))
        #expect(report.verdict == .fail)
    }

    @Test func programWithoutDatabaseIsUntraceableNotZero() throws {
        let report = try run { [command("python3 -c 'print(1)'", in: $0)] }
        let stop = try #require(report.stopped)
        #expect(stop.kind == "untraceable")
        #expect(stop.message.contains("no database was opened"))
        #expect(report.scales.isEmpty)
    }

    /// The limit stops the command and everything it started: the background `sleep` is gone too.
    @Test func timeLimitKillsTheProcessGroup() throws {
        let pidFile = try TemporaryDirectory()
        defer { pidFile.remove() }
        let recorded = pidFile.url.appendingPathComponent("pid").path
        let report = try run(
            { [command("sleep 300 & echo $! > '\(recorded)'; sleep 300", in: $0)] },
            limits: Limits(timeLimitSeconds: 1, maxRowsPerScale: 1_000_000))
        #expect(report.stopped?.kind == "time_limit")
        let text = try String(contentsOfFile: recorded, encoding: .utf8)
        let pid = try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.waitUntilGone(pid), "the background process \(pid) outlived the time limit")
    }

    /// Whether `pid` is gone (or a zombie) within a few seconds of a SIGKILL to its group.
    static func waitUntilGone(_ pid: Int) -> Bool {
        for _ in 0..<200 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
                return true
            }
            if stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
