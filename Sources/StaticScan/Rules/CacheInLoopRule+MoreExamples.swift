// MARK: - HF104 examples in Java, Kotlin, PHP, C#, Swift

extension CacheInLoopRule {
    static let moreExamples: [RuleExample] = [
        // Java
        .triggering(
            .java,
            """
            for (String id : ids) {
                String v = ↓jedis.get("user:" + id);
            }
            """),
        .triggering(
            .java,
            """
            users.forEach(u -> ↓redisTemplate.opsForValue().set("u:" + u.getId(), u.getName()));
            """),
        .triggering(
            .java,
            """
            for (Long id : ids) {
                ↓redis.hgetAll("h:" + id);
            }
            """),
        .nonTriggering(
            .java,
            """
            List<String> values = jedis.mget(keys);
            """),
        .nonTriggering(
            .java,
            """
            for (String k : List.of("a", "b")) {
                jedis.get(k);
            }
            """),
        .nonTriggering(
            .java,
            """
            Pipeline p = jedis.pipelined();
            for (String k : keys) {
                p.get(k);
            }
            p.sync();
            """),
        // Kotlin
        .triggering(
            .kotlin,
            """
            for (id in ids) {
                ↓jedis.get("user:$id")
            }
            """),
        .triggering(
            .kotlin,
            """
            ids.forEach { ↓redisTemplate.delete("k:$it") }
            """),
        .triggering(
            .kotlin,
            """
            keys.map { k -> ↓redis.get(k) }
            """),
        .nonTriggering(
            .kotlin,
            """
            val values = jedis.mget(*keys.toTypedArray())
            """),
        .nonTriggering(
            .kotlin,
            """
            listOf("a", "b").forEach { jedis.get(it) }
            """),
        .nonTriggering(
            .kotlin,
            """
            val cached = keys.associateWith { localCache[it] }
            """),
        // PHP
        .triggering(
            .php,
            """
            foreach ($ids as $id) {
                $v = ↓Cache::get("user:$id");
            }
            """),
        .triggering(
            .php,
            """
            foreach ($keys as $k) {
                ↓$redis->incr($k);
            }
            """),
        .triggering(
            .php,
            """
            $users->each(function ($u) {
                ↓Cache::put("u:{$u->id}", $u, 60);
            });
            """),
        .nonTriggering(
            .php,
            """
            $values = Cache::many($keys);
            """),
        .nonTriggering(
            .php,
            """
            foreach (['a', 'b'] as $k) {
                Cache::get($k);
            }
            """),
        .nonTriggering(
            .php,
            """
            $values = $redis->mget($keys);
            foreach ($values as $v) {
                echo $v;
            }
            """),
        // C#
        .triggering(
            .csharp,
            """
            foreach (var id in ids)
            {
                var v = await ↓_redis.StringGetAsync($"user:{id}");
            }
            """),
        .triggering(
            .csharp,
            """
            private readonly IDistributedCache _cache;
            void Warm() { foreach (var k in keys) { ↓_cache.SetString(k, "1"); } }
            """),
        .triggering(
            .csharp,
            """
            IDatabase db = muxer.GetDatabase();
            var values = keys.Select(k => ↓db.StringGet(k)).ToList();
            """),
        .nonTriggering(
            .csharp,
            """
            var values = await _redis.StringGetAsync(keys.Select(k => (RedisKey)k).ToArray());
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var k in new[] { "a", "b" })
            {
                _cache.GetString(k);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var batch = db.CreateBatch();
            foreach (var k in keys)
            {
                batch.StringGetAsync(k);
            }
            batch.Execute();
            """),
        // Swift
        .triggering(
            .swift,
            """
            for id in ids {
                let v = try await ↓req.redis.get("user:\\(id)").get()
            }
            """),
        .triggering(
            .swift,
            """
            keys.forEach { key in
                ↓req.redis.set(RedisKey(key), to: 1)
            }
            """),
        .triggering(
            .swift,
            """
            for key in keys {
                _ = try await ↓redis.increment(RedisKey(key)).get()
            }
            """),
        .nonTriggering(
            .swift,
            """
            let values = try await redis.mget(keys.map { RedisKey($0) }).get()
            """),
        .nonTriggering(
            .swift,
            """
            for key in ["a", "b"] {
                _ = try await redis.get(RedisKey(key)).get()
            }
            """),
        .nonTriggering(
            .swift,
            """
            let cached = keys.compactMap { memory[$0] }
            """),
        .nonTriggering(
            .swift,
            """
            for key in keys {
                imageCache.set(key, to: placeholder)
            }
            """),
    ]
}
