import Foundation
import PostgresEngine

/// How `ScenarioRunner` runs scenarios; flags of `hundredfold run` override the scenario's own.
public struct RunOptions: Sendable {
    /// Scales to run instead of the scenario's `scales`.
    public var scales: [Int]?
    /// Seed to use instead of the scenario's `seed`.
    public var seed: UInt64?
    /// Where the per-scale database files are created (and deleted).
    public var temporaryDirectory: URL
    /// Requests to run at every scale instead of the scenario's `requests`.
    public var requests: Int?
    /// Run the requests on this PostgreSQL server instead of SQLite (the data is still generated
    /// into SQLite first, then copied).
    public var postgres: PostgresServer?

    public init(
        scales: [Int]? = nil, seed: UInt64? = nil,
        temporaryDirectory: URL = FileManager.default.temporaryDirectory, requests: Int? = nil,
        postgres: PostgresServer? = nil
    ) {
        self.scales = scales
        self.seed = seed
        self.temporaryDirectory = temporaryDirectory
        self.requests = requests
        self.postgres = postgres
    }
}

/// Where a run is, for a progress indication.
public struct RunProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Filling `table`: `rows` of `total` written.
        case generating(table: String, rows: Int, total: Int)
        /// `done` of `total` requests run.
        case requests(done: Int, total: Int)
    }

    public var scenario: String
    public var scale: Int
    public var phase: Phase
}
