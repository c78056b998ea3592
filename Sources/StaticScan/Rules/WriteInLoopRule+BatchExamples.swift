// MARK: - HF102 examples: loops that write once per batch on purpose, and names that only look so

extension WriteInLoopRule {
    /// A loop that fills a buffer and flushes it when full (then empties it) writes once per
    /// batch; a `while` that takes the next batch by its size handles one batch per turn. A loop
    /// over `entries` or `countries` is no retry loop: its writes run per item.
    static let batchExamples: [RuleExample] = [
        .nonTriggering(
            .python,
            """
            update_queue = []
            for p in prefixes:
                update_queue.append(Prefix(pk=p["pk"], _depth=p["depth"]))
                if len(update_queue) >= 100:
                    Prefix.objects.bulk_update(update_queue, ["_depth"])
                    update_queue = []
            """),
        .triggering(
            .python,
            """
            update_queue = []
            for p in prefixes:
                update_queue.append(Prefix(pk=p["pk"], _depth=p["depth"]))
                ↓Prefix.objects.bulk_update(update_queue, ["_depth"])
            """),
        .nonTriggering(
            .java,
            """
            List<Order> batch = new ArrayList<>();
            for (Order order : orders) {
                batch.add(order.archived());
                if (batch.size() >= 500) {
                    orderRepository.saveAll(batch);
                    batch.clear();
                }
            }
            """),
        .nonTriggering(
            .python,
            """
            def delete_jobs(jobs):
                job_pks = jobs.values_list("pk", flat=True)
                while pks := list(job_pks[:JOB_DELETE_BATCH_SIZE]):
                    jobs.filter(pk__in=pks).delete()
            """),
        .nonTriggering(
            .go,
            """
            for start := 0; start < len(taskIDs); start += batchSize {
            	batch := taskIDs[start:min(start+batchSize, len(taskIDs))]
            	_, err = s.Exec(insertStatement(batch)...)
            }
            """),
        .triggering(
            .go,
            """
            for i := 0; i < len(taskIDs); i += 1 {
            	_, err = ↓s.Exec("INSERT INTO task_buckets (task_id) VALUES (?)", taskIDs[i])
            }
            """),
        .triggering(
            .python,
            """
            def delete_jobs(pks):
                while pks:
                    pk = pks.pop()
                    ↓Job.objects.filter(pk=pk).delete()
            """),
        .triggering(
            .python,
            """
            for entry in entries:
                ↓LogEntry.objects.create(message=entry.message)
            """),
        .triggering(
            .ruby,
            """
            countries.each do |country|
              ↓Country.create!(name: country.name)
            end
            """),
        // A seeder's factory asked for a fixed count, held in a name, is as big as the code says.
        .nonTriggering(
            .php,
            """
            $chapters = Chapter::factory()->count(50)->make();
            foreach ($chapters as $chapter) {
                $book->pages()->save($chapter->introPage());
            }
            """),
        .triggering(
            .php,
            """
            $chapters = Chapter::where('book_id', $bookId)->get();
            foreach ($chapters as $chapter) {
                ↓$book->pages()->save($chapter->introPage());
            }
            """),
        .nonTriggering(
            .ruby,
            """
            while retries < MAX_RETRIES
              Order.create(payload)
              retries += 1
            end
            """),
    ]
}
