// MARK: - HF104 examples in Elixir (Cachex, Redix, ConCache)

extension CacheInLoopRule {
    static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            Enum.map(ids, fn id -> ↓Cachex.get(:users, id) end)
            """),
        .triggering(
            .elixir,
            """
            for key <- keys do
              ↓Redix.command(:redix, ["GET", key])
            end
            """),
        .triggering(
            .elixir,
            """
            Enum.each(users, fn user -> ↓ConCache.put(:cache, user.id, user) end)
            """),
        .nonTriggering(
            .elixir,
            """
            Redix.command(:redix, ["MGET" | keys])
            """),
        .nonTriggering(
            .elixir,
            """
            for key <- [:settings, :flags] do
              Cachex.get(:config, key)
            end
            """),
        .nonTriggering(
            .elixir,
            """
            cache = %{}
            Enum.map(ids, fn id -> Map.get(cache, id) end)
            """),
    ]
}
