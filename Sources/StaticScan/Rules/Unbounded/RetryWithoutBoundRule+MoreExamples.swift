// MARK: - HF203 examples: PHP, C#, Swift

extension RetryWithoutBoundRule {
    static let moreExamples: [RuleExample] = php + csharp + swift

    static let php: [RuleExample] = [
        .triggering(
            .php,
            """
            ↓while (true) {
                try {
                    return $client->get($url);
                } catch (RequestException $e) {
                    continue;
                }
            }
            """),
        .triggering(
            .php,
            """
            ↓for ($i = 0; $i < 5; $i++) {
                try {
                    return $gateway->charge($order);
                } catch (TimeoutException $e) {
                    $last = $e;
                }
            }
            """),
        .triggering(
            .php,
            """
            ↓do {
                try {
                    $mailer->send($message);
                    break;
                } catch (TransportException $e) {
                    Log::warning($e->getMessage());
                }
            } while (!$stopped);
            """),
        .nonTriggering(
            .php,
            """
            for ($attempt = 0; $attempt < 5; $attempt++) {
                try {
                    return $gateway->charge($order);
                } catch (TimeoutException $e) {
                    usleep(100000 * 2 ** $attempt);
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            return retry(3, fn () => $client->get($url), 200);
            """),
        .nonTriggering(
            .php,
            """
            while (true) {
                try {
                    $this->handle($queue->pop());
                } catch (Exception $e) {
                    report($e);
                }
            }
            """),
    ]

    static let csharp: [RuleExample] = [
        .triggering(
            .csharp,
            """
            ↓while (true)
            {
                try
                {
                    return await _http.GetStringAsync(url);
                }
                catch (HttpRequestException)
                {
                }
            }
            """),
        .triggering(
            .csharp,
            """
            var policy = ↓Policy.Handle<HttpRequestException>().WaitAndRetryForeverAsync(_ => TimeSpan.FromSeconds(1));
            """),
        .triggering(
            .csharp,
            """
            var policy = ↓Policy.Handle<SqlException>().Retry(5);
            """),
        .nonTriggering(
            .csharp,
            """
            var policy = Policy.Handle<HttpRequestException>().WaitAndRetryAsync(5, n => TimeSpan.FromSeconds(Math.Pow(2, n)));
            """),
        .nonTriggering(
            .csharp,
            """
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                try
                {
                    return await _http.GetStringAsync(url);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 << attempt));
                }
            }
            """),
        .nonTriggering(
            .csharp,
            """
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await HandleAsync(await _queue.ReceiveAsync());
                }
                catch (Exception ex)
                {
                    _log.LogError(ex, "failed");
                }
            }
            """),
    ]

    static let swift: [RuleExample] = [
        .triggering(
            .swift,
            """
            ↓while true {
                do {
                    return try await api.fetchRates()
                } catch {
                    continue
                }
            }
            """),
        .triggering(
            .swift,
            """
            ↓for _ in 0..<5 {
                do {
                    return try await client.send(request)
                } catch {
                    lastError = error
                }
            }
            """),
        .triggering(
            .swift,
            """
            ↓repeat {
                do {
                    try await uploader.upload(file)
                    break
                } catch {
                    log(error)
                }
            } while !cancelled
            """),
        .nonTriggering(
            .swift,
            """
            for attempt in 0..<5 {
                do {
                    return try await client.send(request)
                } catch {
                    try await Task.sleep(nanoseconds: UInt64(1 << attempt) * 100_000_000)
                }
            }
            """),
        .nonTriggering(
            .swift,
            """
            while !Task.isCancelled {
                do {
                    try await handle(queue.next())
                } catch {
                    log(error)
                }
            }
            """),
        .nonTriggering(
            .swift,
            """
            for host in hosts {
                do {
                    return try await client.get(host)
                } catch {
                    continue
                }
            }
            """),
    ]
}
