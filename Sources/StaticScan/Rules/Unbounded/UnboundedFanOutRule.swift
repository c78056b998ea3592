/// HF202: one concurrent task per element of a collection of unknown size, with no limit on how
/// many run at once.
public struct UnboundedFanOutRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF202",
        name: "unbounded-fan-out",
        severity: .warning,
        summary: "One concurrent task per element of an unbounded collection, with no concurrency limit.",
        explanation: """
            `Promise.all(ids.map(fetch))` starts every call at once: 20 on a fixture, 20,000 in production — \
            exhausted connection pools, rate limits and memory. Reported: `Promise.all`/`allSettled` over a \
            mapped collection or an array pushed in a loop, `asyncio.gather` over a comprehension, \
            `create_task`/`ensure_future` per element, a goroutine or `errgroup.Go` per item, \
            `TaskGroup.addTask` per element, Kotlin `async`/`launch` per element, `CompletableFuture.supplyAsync` \
            per element without an executor, `Task.WhenAll` over a projection and `Task.Run` per element, Ruby \
            `Thread.new` per element, and Java `parallelStream()` pipelines that make I/O calls. Silent: tasks that start no I/O per \
            element (presigning URLs with `getSignedUrl`/`presign`, `response.json()` over responses already \
            fetched, pure transforms), literal lists and tuples and small constant ranges, chunked or sliced collections, worker pools (a loop up to \
            a worker count), and whenever a concurrency limit is in sight — p-limit, `asyncio.Semaphore`, \
            `Semaphore`/`SemaphoreSlim`, `withPermit`, `limitedParallelism`, `errgroup.SetLimit`, a buffered \
            channel used as a semaphore (`sem <- struct{}{}`), `maxConcurrency`, or a task group that waits \
            with `group.next()` inside the loop.
            """,
        hint:
            "Cap the number of tasks in flight: a semaphore or p-limit around each call, a fixed-size worker pool, or fixed-size chunks awaited one after another.",
        languages: [.python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .csharp, .swift],
        examples: UnboundedFanOutRule.examples
    )

    static let hints: [Language: String] = [
        .python:
            "Acquire an `asyncio.Semaphore(n)` in each task, or gather fixed-size chunks one after another.",
        .javascript:
            "Limit concurrency with p-limit or p-map (`pMap(ids, fn, { concurrency: 10 })`), or await fixed-size chunks in turn.",
        .typescript:
            "Limit concurrency with p-limit or p-map (`pMap(ids, fn, { concurrency: 10 })`), or await fixed-size chunks in turn.",
        .ruby: "Use a fixed-size pool (`Concurrent::FixedThreadPool.new(n)`) or process the items in slices.",
        .go: "Use a worker pool, a buffered channel as a semaphore, or `errgroup` with `g.SetLimit(n)`.",
        .java:
            "Submit to a fixed-size executor (`Executors.newFixedThreadPool(n)`) or guard each call with a `Semaphore`.",
        .kotlin:
            "Guard each call with `semaphore.withPermit { }` or run on `Dispatchers.IO.limitedParallelism(n)`.",
        .csharp:
            "Use `Parallel.ForEachAsync` with `MaxDegreeOfParallelism`, or a `SemaphoreSlim` around each call.",
        .swift:
            "Keep at most n child tasks: once n are in flight, `try await group.next()` before adding the next.",
    ]

    /// Names (lowercased fragments) that show a concurrency limit nearby.
    static let limitFragments = [
        "semaphore", "plimit", "pmap", "limiter", "concurren", "setlimit", "limitedparallelism", "withpermit",
        "maxdegreeofparallelism", "bottleneck", "pqueue", "throttle", "ratelimit", "maxparallel",
    ]
    /// Whole names that are limits on their own (`sem <- struct{}{}`, `limit(() => …)`).
    static let limitNames: Set<String> = ["sem", "sema", "limit", "slots", "permits"]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        let found = FanOutSites(file: file).all()
        // One finding per fan-out: a spawn inside a gather is the gather's; of nested gathers, the
        // inner one maps the collection.
        let sites = found.filter { site in
            !found.contains { other in
                guard other.isGather, other.token != site.token else { return false }
                return site.isGather ? site.covers.contains(other.token) : other.covers.contains(site.token)
            }
        }
        let work = FanOutWork(file: file)
        return sites.compactMap { site in
            guard !limited(site, in: file) else { return nil }
            let service = callsService(site, in: file)
            // A gather whose tasks only do local work (presign a URL, read a fetched response, a
            // pure transform) starts no I/O per element.
            if site.isGather, !service, let index = site.loop,
                !work.startsIO(in: file.loops[index].body)
            {
                return nil
            }
            var what = "of the stream"
            if let index = site.loop {
                let loop = file.loops[index]
                let over =
                    loop.iterable.map { range in
                        file.tokens[range.clamped(to: 0..<file.tokens.count)].map(\.text).joined().prefix(40)
                    } ?? ""
                what = over.isEmpty ? "of the loop on line \(loop.line)" : "of `\(over)` (line \(loop.line))"
            }
            let message =
                "`\(site.call)` starts one concurrent task per element \(what) with no concurrency limit: the calls in flight grow with the collection."
            return file.finding(
                description, at: site.token, loop: site.loop, call: site.call, kind: nil,
                confidence: service ? .high : .medium,
                message: message, hint: Self.hints[file.language])
        }
    }

    /// Each task runs a cataloged database, HTTP, storage or cache call.
    private func callsService(_ site: FanOutSite, in file: AnalyzedFile) -> Bool {
        let ranges = site.loop.map { file.loops[$0].body } ?? [site.covers]
        return file.calls.contains { call in call.executes && ranges.contains { $0.contains(call.nameToken) }
        }
    }

    /// The fan-out runs in a callback given one batch at a time (`findAllInBatches(opts, async
    /// (users) => …)`, `eachBatch`, `chunk(100, fn)`): its tasks are at most a batch.
    private func insideBatchCallback(_ token: Int, in file: AnalyzedFile) -> Bool {
        var cursor = token
        for _ in 0..<4 {
            guard let (chain, link) = file.enclosingCall(of: cursor) else { return false }
            let name = chain.links[link].name
            if LoopInspector.namesBatch(name) || LoopInspector.batchWords.contains(name) { return true }
            cursor = chain.start
        }
        return false
    }

    /// A limit in sight: a limiter within 40 lines before, in the loop, or a bounded collection.
    private func limited(_ site: FanOutSite, in file: AnalyzedFile) -> Bool {
        let extent = site.loop.map(file.extent(ofLoop:)) ?? site.covers
        let window = file.window(
            before: min(site.token, extent.lowerBound), lines: 40,
            through: max(extent.upperBound, site.covers.upperBound))
        let limitedNearby = file.hasIdentifier(in: [window]) { name in
            let lower = name.lowercased()
            return Self.limitNames.contains(lower) || lower.containsAnyFragment(Self.limitFragments)
        }
        if limitedNearby || insideBatchCallback(site.token, in: file) { return true }
        guard let index = site.loop else { return false }
        let loop = file.loops[index]
        guard let iterable = loop.iterable else { return false }
        if file.mentions(
            ["chunk", "batch", "slice", "take", "prefix", "worker", "pool", "parallelism"], in: [iterable])
        {
            return true
        }
        let sliced = iterable.dropLast().contains { file.tokens[$0].is("[") && file.tokens[$0 + 1].is(":") }
        let groupWaits =
            file.language == .swift
            && file.hasIdentifier(in: loop.body) { $0 == "next" || $0 == "waitForAll" }
        return sliced || groupWaits
    }
}
