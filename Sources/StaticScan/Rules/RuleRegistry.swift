/// Every rule, in ID order: the one list `scan`, `rules`, `explain` and the examples test use.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        QueryInLoopRule(),
        WriteInLoopRule(),
        HTTPInLoopRule(),
        CacheInLoopRule(),
        StorageInLoopRule(),
        LazyLoadInLoopRule(),
        EagerLoadRemovedRule(),
        UnboundedQueryRule(),
        UnboundedFanOutRule(),
        RetryWithoutBoundRule(),
        PaginationWithoutCapRule(),
        NestedLoopJoinRule(),
        SuppressionWithoutReasonRule(),
        UnusedSuppressionRule(),
    ]

    /// The rule with `id` (`HF101`), ignoring case.
    public static func rule(withID id: String) -> (any Rule)? {
        all.first { $0.description.id.uppercased() == id.uppercased() }
    }
}
