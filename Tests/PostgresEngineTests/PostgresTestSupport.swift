import Foundation
import PostgresEngine
import TestSupport
import Testing

/// Whether this machine can start a throwaway PostgreSQL server (tests that need one skip otherwise).
let postgresInstalled = ThrowawayServer.binaries() != nil
let postgresMissing: Comment =
    "PostgreSQL is not installed: `apt-get install postgresql postgresql-contrib libpq-dev` enables these tests (.ci/run does)"

/// Small scenarios for the PostgreSQL runs, written into a temporary folder.
enum PostgresFixtures {
    /// A filter on an unindexed column (`indexed: false`) or an indexed one, at 1x and 10x.
    static func filter(indexed: Bool) -> String {
        """
        name: filter-\(indexed ? "indexed" : "unindexed")
        schema: |
          CREATE TABLE events(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, at DATETIME NOT NULL, weight REAL);
          \(indexed ? "CREATE INDEX events_kind ON events(kind);" : "")
        data:
          events:
            rows: 2000
            columns:
              kind: { text: [12, 12] }
              weight: { real: [0, 1] }
        workload:
          params:
            kind: { pick: events.kind }
          steps:
            - query: SELECT id, at, weight FROM events WHERE kind = :kind
        requests: 5
        scales: [1, 10]
        seed: 7
        """
    }

    /// A schema statement SQLite accepts and PostgreSQL rejects, on line 4 of the file.
    static let rejectedSchema = """
        name: rejected
        schema: |
          CREATE TABLE a(id INTEGER PRIMARY KEY);
          CREATE TABLE b(id INTEGER PRIMARY KEY, made TEXT DEFAULT (datetime('now')));
        data:
          a: { rows: 5 }
        workload:
          steps:
            - query: SELECT count(*) FROM a
        requests: 1
        scales: [1]
        """
}

/// A folder to run `hundredfold` in with its own TMPDIR, so leftovers can be checked.
struct RunFolder {
    let folder: TemporaryDirectory
    let temporary: URL

    init() throws {
        folder = try TemporaryDirectory(prefix: "hundredfold-pg-test")
        temporary = folder.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> HundredfoldBinary.Result {
        try HundredfoldBinary.run(
            arguments, in: folder.url, environment: environment.merging(["TMPDIR": temporary.path]) { $1 })
    }

    /// What is left in the run's temporary folder.
    var leftovers: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
    }

    /// PostgreSQL processes whose command line names this folder.
    var serverProcesses: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let line = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            return line.contains(temporary.path) ? line : nil
        }
    }
}
