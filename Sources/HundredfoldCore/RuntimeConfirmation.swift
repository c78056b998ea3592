/// Run-time evidence for a static finding: a scenario ran the finding's statement repeatedly in
/// one request (the N+1 signature), with the counts per scale.
public struct RuntimeConfirmation: Codable, Sendable, Hashable {
    /// The scenario's name.
    public var scenario: String
    /// The statement's fingerprint (``StatementFingerprint``), shared by the finding and the run.
    public var fingerprint: String
    /// The most executions of the statement in one request, per scale where it repeated.
    public var counts: [ScaleCount]

    public init(scenario: String, fingerprint: String, counts: [ScaleCount]) {
        self.scenario = scenario
        self.fingerprint = fingerprint
        self.counts = counts
    }
}

/// A count at one data scale.
public struct ScaleCount: Codable, Sendable, Hashable {
    public var scale: Int
    public var count: Int

    public init(scale: Int, count: Int) {
        self.scale = scale
        self.count = count
    }
}
