// MARK: - HF202 examples: the tests and the text of `hundredfold explain HF202`

extension UnboundedFanOutRule {
    static let examples: [RuleExample] = python + javascript + typescript + ruby + go + moreExamples

    static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            results = await ↓asyncio.gather(*[fetch(session, url) for url in urls])
            """),
        .triggering(
            .python,
            """
            async with asyncio.TaskGroup() as tg:
                for user in users:
                    ↓tg.create_task(notify(user))
            """),
        .triggering(
            .python,
            """
            tasks = [load(order.id) for order in orders]
            done = await ↓asyncio.gather(*tasks)
            """),
        .triggering(
            .python,
            """
            first, rest = await asyncio.gather(
                load_profile(uid),
                ↓asyncio.gather(*(notify(r) for r in receivers)),
            )
            """),
        .nonTriggering(
            .python,
            """
            profile, orders = await asyncio.gather(fetch_profile(uid), fetch_orders(uid))
            """),
        .nonTriggering(
            .python,
            """
            sem = asyncio.Semaphore(10)
            async def bounded(url):
                async with sem:
                    return await fetch(url)
            results = await asyncio.gather(*[bounded(url) for url in urls])
            """),
        .nonTriggering(
            .python,
            """
            for region in ("eu", "us"):
                asyncio.create_task(refresh(region))
            """),
    ]

    static let javascript: [RuleExample] = [
        .triggering(
            .javascript,
            """
            const users = await ↓Promise.all(ids.map((id) => fetchUser(id)));
            """),
        .triggering(
            .javascript,
            """
            const jobs = [];
            for (const order of orders) {
              jobs.push(sendReceipt(order));
            }
            await ↓Promise.allSettled(jobs);
            """),
        .triggering(
            .javascript,
            """
            const pages = await ↓Promise.all(urls.map(async (url) => {
              const res = await fetch(url);
              return res.json();
            }));
            """),
        .nonTriggering(
            .javascript,
            """
            const limit = pLimit(5);
            const users = await Promise.all(ids.map((id) => limit(() => fetchUser(id))));
            """),
        .nonTriggering(
            .javascript,
            """
            const [user, orders] = await Promise.all([getUser(id), getOrders(id)]);
            """),
        .nonTriggering(
            .javascript,
            """
            const users = await pMap(ids, fetchUser, { concurrency: 8 });
            """),
        // One batch at a time: the tasks in flight are at most a batch.
        .nonTriggering(
            .javascript,
            """
            await GroupUser.findAllInBatches({ where: { groupId }, batchLimit: 10 }, async (groupUsers) => {
              await Promise.all(groupUsers.map((gu) => Notification.create({ userId: gu.userId })));
            });
            """),
        // Each task starts I/O: a request per element.
        .triggering(
            .javascript,
            """
            const heads = await ↓Promise.all(attachments.map((a) => this.storage.headObject(a.key)));
            """),
        // Local work per element: presigning signs on this machine, `json()` reads a response
        // already fetched, a transform touches no service.
        .nonTriggering(
            .javascript,
            """
            const urls = await Promise.all(files.map((f) => s3.getSignedUrlPromise("getObject", { Bucket: bucket, Key: f.key })));
            const links = await Promise.all(files.map((f) => presignUrl(f.key)));
            """),
        .nonTriggering(
            .javascript,
            """
            const responses = await Promise.all([fetch(a), fetch(b)]);
            const bodies = await Promise.all(responses.map((res) => res.json()));
            const shaped = await Promise.all(rows.map(async (row) => toViewModel(row)));
            """),
    ]

    static let typescript: [RuleExample] = [
        .triggering(
            .typescript,
            """
            const results: Result[] = await ↓Promise.all(items.map((item: Item) => this.api.process(item)));
            """),
        .triggering(
            .typescript,
            """
            const promises: Promise<void>[] = customers.map((c) => notify(c));
            await ↓Promise.all(promises);
            """),
        .triggering(
            .typescript,
            """
            await ↓Promise.allSettled(rows.map((row) => upload(row.path)));
            """),
        .nonTriggering(
            .typescript,
            """
            for (const chunk of chunks(items, 20)) {
              await Promise.all(chunk.map((item) => this.api.process(item)));
            }
            """),
        .nonTriggering(
            .typescript,
            """
            await Promise.all(["a", "b", "c"].map((name) => warm(name)));
            """),
        .nonTriggering(
            .typescript,
            """
            for (const item of items) {
              await this.api.process(item);
            }
            """),
    ]

    static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            threads = urls.map { |url| ↓Thread.new { Net::HTTP.get(URI(url)) } }
            threads.each(&:join)
            """),
        .triggering(
            .ruby,
            """
            users.each do |user|
              ↓Thread.new { Mailer.notify(user) }
            end
            """),
        .triggering(
            .ruby,
            """
            for order in orders
              ↓Thread.new(order) { |o| sync(o) }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            pool = Concurrent::FixedThreadPool.new(5)
            urls.each { |url| pool.post { Net::HTTP.get(URI(url)) } }
            """),
        .nonTriggering(
            .ruby,
            """
            %w[eu us].each { |region| Thread.new { refresh(region) } }
            """),
        .nonTriggering(
            .ruby,
            """
            urls.each_slice(10) do |slice|
              slice.map { |url| fetch(url) }
            end
            """),
    ]

    static let go: [RuleExample] = [
        .triggering(
            .go,
            """
            for _, id := range ids {
            	↓go fetch(id, results)
            }
            """),
        .triggering(
            .go,
            """
            for _, u := range users {
            	u := u
            	↓go func() {
            		notify(u)
            	}()
            }
            """),
        .triggering(
            .go,
            """
            g, ctx := errgroup.WithContext(ctx)
            for _, url := range urls {
            	url := url
            	↓g.Go(func() error { return get(ctx, url) })
            }
            """),
        .nonTriggering(
            .go,
            """
            g, ctx := errgroup.WithContext(ctx)
            g.SetLimit(8)
            for _, url := range urls {
            	url := url
            	g.Go(func() error { return get(ctx, url) })
            }
            """),
        .nonTriggering(
            .go,
            """
            for i := 0; i < workers; i++ {
            	go worker(jobs, results)
            }
            """),
        .nonTriggering(
            .go,
            """
            sem := make(chan struct{}, 10)
            for _, id := range ids {
            	sem <- struct{}{}
            	go func(id int) { defer func() { <-sem }(); fetch(id) }(id)
            }
            """),
    ]
}
