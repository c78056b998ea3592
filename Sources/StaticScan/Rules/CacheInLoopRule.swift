/// HF104: a cache call (Redis, Memcached, framework caches) once per iteration.
public struct CacheInLoopRule: Rule {
    public init() {}

    static let check = LoopCallCheck(kinds: [.cache], action: "calls the cache")

    public let description = RuleDescription(
        id: "HF104",
        name: "cache-in-loop",
        severity: .warning,
        summary:
            "A cache call (Redis, Memcached, a framework cache) runs once per iteration of a loop over data.",
        explanation: """
            Each cache call is a network round trip; one per element turns a fast page into thousands of \
            round trips once the collection grows, and loads the cache server with it. Redis and Memcached \
            clients are recognised by what they were made from (`r = redis.Redis()`, `new Redis()`, \
            `redis.NewClient`), framework caches by name (`cache.get`, `Rails.cache.fetch`, `Cache::get`, \
            `IDistributedCache`). Silent: multi-key reads (`mget`, `get_many`, `read_multi`), commands queued \
            on a pipeline, and loops over literal lists.
            """,
        hint:
            "Read or write all keys in one round trip (`mget`/`mset`, `get_many`, `read_multi`, a pipeline) before or after the loop.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .elixir,
        ],
        examples: CacheInLoopRule.examples
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        Self.check.findings(in: file, rule: description)
    }
}
