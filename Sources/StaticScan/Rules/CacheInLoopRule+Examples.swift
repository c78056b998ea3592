// MARK: - HF104 examples: the tests and the text of `hundredfold explain HF104`

extension CacheInLoopRule {
    static let examples: [RuleExample] =
        [
            // Python
            .triggering(
                .python,
                """
                r = redis.Redis()
                for key in keys:
                    value = ↓r.get(key)
                """),
            .triggering(
                .python,
                """
                for user in users:
                    ↓cache.set(f"user:{user.id}", user.name)
                """),
            .triggering(
                .python,
                """
                counts = [↓redis_client.incr(k) for k in keys]
                """),
            .nonTriggering(
                .python,
                """
                values = r.mget(keys)
                for key, value in zip(keys, values):
                    print(key, value)
                """),
            .nonTriggering(
                .python,
                """
                for key in ("a", "b"):
                    cache.get(key)
                """),
            .nonTriggering(
                .python,
                """
                for obj in instances:
                    val = obj._prefetched_objects_cache.get(name)
                """),
            .nonTriggering(
                .python,
                """
                r = redis.Redis()
                pipe = r.pipeline()
                for key in keys:
                    pipe.get(key)
                values = pipe.execute()
                """),
            // JavaScript
            .triggering(
                .javascript,
                """
                const redis = new Redis();
                for (const id of ids) {
                  await ↓redis.get(`user:${id}`);
                }
                """),
            .triggering(
                .javascript,
                """
                ids.forEach((id) => ↓redisClient.set(id, "1"));
                """),
            .triggering(
                .javascript,
                """
                const client = createClient();
                await Promise.all(keys.map((k) => ↓client.hgetall(k)));
                """),
            .nonTriggering(
                .javascript,
                """
                const values = await redis.mget(...keys);
                """),
            .nonTriggering(
                .javascript,
                """
                const cache = new Map();
                ids.forEach((id) => cache.set(id, true));
                """),
            .nonTriggering(
                .javascript,
                """
                const pipeline = redis.pipeline();
                keys.forEach((k) => pipeline.get(k));
                await pipeline.exec();
                """),
            .nonTriggering(
                .javascript,
                """
                for (const k of ["a", "b"]) {
                  await redis.get(k);
                }
                """),
            // TypeScript
            .triggering(
                .typescript,
                """
                const redis: Redis = new Redis();
                for (const id of ids) {
                  await ↓redis.get(`user:${id}`);
                }
                """),
            .triggering(
                .typescript,
                """
                ids.forEach((id: string) => ↓this.redis.del(id));
                """),
            .triggering(
                .typescript,
                """
                for (const k of keys) {
                  const n: number = await ↓redisClient.incr(k);
                }
                """),
            .nonTriggering(
                .typescript,
                """
                const values: (string | null)[] = await redis.mget(...keys);
                """),
            .nonTriggering(
                .typescript,
                """
                const multi = redis.multi();
                keys.forEach((k: string) => multi.get(k));
                await multi.exec();
                """),
            .nonTriggering(
                .typescript,
                """
                for (const k of ["a", "b"] ) {
                  await redis.get(k);
                }
                """),
            // Ruby
            .triggering(
                .ruby,
                """
                ids.each do |id|
                  ↓Rails.cache.fetch("user/#{id}") { 1 }
                end
                """),
            .triggering(
                .ruby,
                """
                redis = Redis.new
                keys.each { |k| ↓redis.get(k) }
                """),
            .triggering(
                .ruby,
                """
                for id in ids
                  ↓$redis.incr("views:#{id}")
                end
                """),
            .nonTriggering(
                .ruby,
                """
                values = Rails.cache.read_multi(*keys)
                """),
            .nonTriggering(
                .ruby,
                """
                %w[a b].each { |k| Rails.cache.read(k) }
                """),
            .nonTriggering(
                .ruby,
                """
                redis.pipelined do |pipe|
                  keys.each { |k| pipe.get(k) }
                end
                """),
            // Go
            .triggering(
                .go,
                """
                for _, id := range ids {
                \tval, err := ↓rdb.Get(ctx, "user:"+id).Result()
                }
                """),
            .triggering(
                .go,
                """
                mc := memcache.New("127.0.0.1:11211")
                for _, k := range keys {
                \t↓mc.Get(k)
                }
                """),
            .triggering(
                .go,
                """
                client := redis.NewClient(opts)
                for _, k := range keys {
                \t↓client.Incr(ctx, k)
                }
                """),
            .nonTriggering(
                .go,
                """
                vals, err := rdb.MGet(ctx, keys...).Result()
                """),
            .nonTriggering(
                .go,
                """
                pipe := rdb.Pipeline()
                for _, k := range keys {
                \tpipe.Get(ctx, k)
                }
                pipe.Exec(ctx)
                """),
            .nonTriggering(
                .go,
                """
                seen := map[string]bool{}
                for _, k := range keys {
                \tcache.Set(k, seen[k])
                }
                """),
            .nonTriggering(
                .go,
                """
                for _, k := range []string{"a", "b"} {
                \trdb.Get(ctx, k)
                }
                """),
        ] + moreExamples + localValues + elixir
}
