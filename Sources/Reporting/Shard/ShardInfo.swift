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
