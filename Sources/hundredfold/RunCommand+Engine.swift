import ArgumentParser
import Foundation
import PostgresEngine
import Reporting
import ScenarioKit

/// `run --engine sqlite|postgres|sqlite,postgres [--database-url URL]`: which engines run the
/// scenarios, and the PostgreSQL server for `postgres`.
extension RunCommand {
    /// The engines in the order given (default SQLite alone).
    var engines: [RunEngine] { engine ?? [.sqlite] }

    /// `--database-url` only means something with PostgreSQL.
    func validateEngine() throws {
        if databaseURL != nil, !engines.contains(.postgres) {
            throw ValidationError(
                "--database-url names a PostgreSQL server: use it with --engine postgres or --engine sqlite,postgres"
            )
        }
    }

    /// The PostgreSQL server when an engine needs one: `--database-url`, else `DATABASE_URL`,
    /// else a throwaway local server.
    func startServer() throws -> PostgresServer? {
        guard engines.contains(.postgres) else { return nil }
        let environment = ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap {
            $0.isEmpty ? nil : $0
        }
        return try PostgresServer(url: databaseURL ?? environment)
    }

    /// One runner per engine, in `engines` order.
    func runners(server: PostgresServer?) -> [ScenarioRunner] {
        engines.map { engine in
            ScenarioRunner(
                options: RunOptions(scales: scales, seed: seed, postgres: engine == .postgres ? server : nil))
        }
    }

    /// The first engine's report of `scenario`, with the engine comparison when there are two.
    static func report(
        _ scenario: Scenario, runners: [ScenarioRunner], engines: [RunEngine],
        progress: (@Sendable (RunProgress) -> Void)?
    ) throws -> ScenarioReport {
        var reports = try runners.map { try $0.run(scenario, progress: progress) }
        if let sqlite = engines.firstIndex(of: .sqlite), let postgres = engines.firstIndex(of: .postgres) {
            reports[0].engine_comparison = EngineComparison.compare(
                sqlite: reports[sqlite], postgres: reports[postgres])
        }
        return reports[0]
    }

    /// `sqlite`, `postgres`, or both comma-separated, each at most once.
    static func parseEngines(_ text: String) throws -> [RunEngine] {
        var engines: [RunEngine] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let engine = RunEngine(rawValue: name) else {
                throw ValidationError(
                    "--engine: '\(name)' is not an engine (expected sqlite, postgres or sqlite,postgres)")
            }
            guard !engines.contains(engine) else {
                throw ValidationError("--engine: \(name) is listed twice")
            }
            engines.append(engine)
        }
        return engines
    }
}

/// A database engine `run` can drive.
enum RunEngine: String {
    case sqlite
    case postgres
}
