import Foundation

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

    public init(
        scales: [Int]? = nil, seed: UInt64? = nil,
        temporaryDirectory: URL = FileManager.default.temporaryDirectory, requests: Int? = nil
    ) {
        self.scales = scales
        self.seed = seed
        self.temporaryDirectory = temporaryDirectory
        self.requests = requests
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
