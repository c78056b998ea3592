// MARK: - HF202 examples: Java, Kotlin, C#, Swift

extension UnboundedFanOutRule {
    static let moreExamples: [RuleExample] = java + kotlin + csharp + swift

    static let java: [RuleExample] = [
        .triggering(
            .java,
            """
            List<Profile> profiles = ↓ids.parallelStream().map(this::fetchProfile).collect(Collectors.toList());
            """),
        .triggering(
            .java,
            """
            List<CompletableFuture<User>> futures = ids.stream()
                .map(id -> ↓CompletableFuture.supplyAsync(() -> client.load(id)))
                .collect(Collectors.toList());
            """),
        .triggering(
            .java,
            """
            for (Order order : orders) {
                ↓CompletableFuture.runAsync(() -> mailer.send(order));
            }
            """),
        .nonTriggering(
            .java,
            """
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (Order order : orders) {
                CompletableFuture.runAsync(() -> mailer.send(order), pool);
            }
            """),
        .triggering(
            .java,
            """
            return ↓productIds.parallelStream().map(id -> new Hit(id, catalog.describe(id))).collect(Collectors.toList());
            """),
        .nonTriggering(
            .java,
            """
            List<String> names = raw.parallelStream().map(s -> s.trim().toLowerCase()).collect(Collectors.toList());
            """),
        .nonTriggering(
            .java,
            """
            int total = numbers.parallelStream().mapToInt(Integer::intValue).sum();
            """),
        .nonTriggering(
            .java,
            """
            for (String region : List.of("eu", "us")) {
                CompletableFuture.runAsync(() -> refresh(region));
            }
            """),
    ]

    static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            val users = ids.map { id -> ↓async { api.fetchUser(id) } }.awaitAll()
            """),
        .triggering(
            .kotlin,
            """
            for (order in orders) {
                ↓launch { mailer.send(order) }
            }
            """),
        .triggering(
            .kotlin,
            """
            val results = urls.map { ↓scope.async(Dispatchers.IO) { client.get(it) } }
            """),
        .nonTriggering(
            .kotlin,
            """
            val semaphore = Semaphore(10)
            val users = ids.map { id -> async { semaphore.withPermit { api.fetchUser(id) } } }.awaitAll()
            """),
        .nonTriggering(
            .kotlin,
            """
            val (a, b) = listOf("eu", "us").map { async { refresh(it) } }.awaitAll()
            """),
        .nonTriggering(
            .kotlin,
            """
            val dispatcher = Dispatchers.IO.limitedParallelism(4)
            for (order in orders) {
                launch(dispatcher) { mailer.send(order) }
            }
            """),
    ]

    static let csharp: [RuleExample] = [
        .triggering(
            .csharp,
            """
            var users = await ↓Task.WhenAll(ids.Select(id => client.GetUserAsync(id)));
            """),
        .triggering(
            .csharp,
            """
            var tasks = new List<Task>();
            foreach (var order in orders)
            {
                tasks.Add(SendReceiptAsync(order));
            }
            await ↓Task.WhenAll(tasks);
            """),
        .triggering(
            .csharp,
            """
            foreach (var file in files)
            {
                ↓Task.Run(() => Upload(file));
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var throttler = new SemaphoreSlim(8);
            var users = await Task.WhenAll(ids.Select(async id => { await throttler.WaitAsync(); try { return await client.GetUserAsync(id); } finally { throttler.Release(); } }));
            """),
        .nonTriggering(
            .csharp,
            """
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, ct) => await client.GetUserAsync(id));
            """),
        .nonTriggering(
            .csharp,
            """
            await Task.WhenAll(LoadProfileAsync(id), LoadOrdersAsync(id));
            """),
    ]

    static let swift: [RuleExample] = [
        .triggering(
            .swift,
            """
            try await withThrowingTaskGroup(of: User.self) { group in
                for id in ids {
                    ↓group.addTask { try await api.user(id) }
                }
            }
            """),
        .triggering(
            .swift,
            """
            await withTaskGroup(of: Void.self) { group in
                for order in orders {
                    ↓group.addTask { await mailer.send(order) }
                }
            }
            """),
        .triggering(
            .swift,
            """
            for photo in photos {
                ↓Task { try await uploader.upload(photo) }
            }
            """),
        .nonTriggering(
            .swift,
            """
            try await withThrowingTaskGroup(of: User.self) { group in
                for (index, id) in ids.enumerated() {
                    if index >= 8 { _ = try await group.next() }
                    group.addTask { try await api.user(id) }
                }
            }
            """),
        .nonTriggering(
            .swift,
            """
            await withTaskGroup(of: Void.self) { group in
                for region in ["eu", "us"] {
                    group.addTask { await refresh(region) }
                }
            }
            """),
        .nonTriggering(
            .swift,
            """
            for photo in photos {
                try await uploader.upload(photo)
            }
            """),
    ]
}
