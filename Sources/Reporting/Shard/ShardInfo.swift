/// Which part of a sharded run a report holds (`run --shard I/N`), so `merge` can check that the
/// shards it joins are of one run and complete. Absent in unsharded and merged reports.
public struct ShardInfo: Codable, Sendable, Equatable {
    /// 1-based: this report is shard `index` of `count`.
    public var index: Int
    public var count: Int
    /// Every scenario of the whole run, in the order an unsharded run reports them.
    public var run_order: [String]
    /// The `--scales` the run was given, when it overrode the scenarios' own.
    public var scales: [Int]?

    public init(index: Int, count: Int, run_order: [String], scales: [Int]? = nil) {
        self.index = index
        self.count = count
        self.run_order = run_order
        self.scales = scales
    }

}

/// `--shard I/N`: run shard `index` (1-based) of `count`.
public struct ShardSelection: Sendable, Equatable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `I/N` as given to `--shard`: whole numbers with 1 ≤ I ≤ N. The error says what was expected.
    public static func parse(_ text: String) throws(ShardArgumentError) -> ShardSelection {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardArgumentError(
                "'\(text)' is not I/N with whole numbers (e.g. 2/3 for the second of three)")
        }
        guard count >= 1 else {
            throw ShardArgumentError("'\(text)': the number of shards must be at least 1")
        }
        guard (1...count).contains(index) else {
            throw ShardArgumentError(
                "'\(text)': the shard must be between 1 and \(count) (shards count from 1)")
        }
        return ShardSelection(index: index, count: count)
    }
}

/// A `--shard` value that is not `I/N` with 1 ≤ I ≤ N.
public struct ShardArgumentError: Error, Equatable, CustomStringConvertible {
    public var description: String

    init(_ description: String) { self.description = description }
}
