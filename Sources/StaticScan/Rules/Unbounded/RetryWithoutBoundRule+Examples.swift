// MARK: - HF203 examples: the tests and the text of `hundredfold explain HF203`

extension RetryWithoutBoundRule {
    static let examples: [RuleExample] =
        python + javascript + typescript + ruby + moreExamples + goJVMExamples

    static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            ↓while True:
                try:
                    resp = requests.get(url, timeout=5)
                    break
                except requests.RequestException:
                    continue
            """),
        .triggering(
            .python,
            """
            ↓for attempt in range(5):
                try:
                    return client.charge(order)
                except TimeoutError:
                    pass
            """),
        .triggering(
            .python,
            """
            ↓@retry(wait=wait_fixed(2))
            def fetch_rates():
                return requests.get(RATES_URL).json()
            """),
        .nonTriggering(
            .python,
            """
            for attempt in range(5):
                try:
                    return client.charge(order)
                except TimeoutError:
                    time.sleep(2 ** attempt)
            raise ChargeFailed(order)
            """),
        .nonTriggering(
            .python,
            """
            while True:
                try:
                    job = queue.get()
                    handle(job)
                except Exception:
                    log.exception("job failed")
            """),
        .nonTriggering(
            .python,
            """
            while True:
                try:
                    return self[next(self._keys)]
                except KeyError:
                    continue
            """),
        .nonTriggering(
            .python,
            """
            while True:
                try:
                    data = sock.recv(4096)
                    if not data:
                        break
                    handle(data)
                except InterruptedError:
                    continue
            """),
        .nonTriggering(
            .python,
            """
            for _ in range(tries):
                try:
                    return graph.generate()
                except Unfeasible:
                    pass
            """),
        .nonTriggering(
            .python,
            """
            @retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=1))
            def fetch_rates():
                return requests.get(RATES_URL).json()
            """),
    ]

    static let javascript: [RuleExample] = [
        .triggering(
            .javascript,
            """
            ↓while (true) {
              try {
                return await fetch(url);
              } catch (err) {
                await sleep(1000);
              }
            }
            """),
        .triggering(
            .javascript,
            """
            ↓for (let i = 0; i < 5; i++) {
              try {
                return await axios.get(url);
              } catch (err) {
                console.warn("retrying", err);
              }
            }
            """),
        .triggering(
            .javascript,
            """
            await ↓pRetry(() => sendWebhook(event), { forever: true });
            """),
        .nonTriggering(
            .javascript,
            """
            for (let attempt = 0; attempt < 5; attempt++) {
              try {
                return await axios.get(url);
              } catch (err) {
                await sleep(2 ** attempt * 100);
              }
            }
            """),
        .nonTriggering(
            .javascript,
            """
            await pRetry(() => sendWebhook(event), { retries: 5 });
            """),
        .nonTriggering(
            .javascript,
            """
            for (const host of hosts) {
              try {
                return await fetch(host + path);
              } catch (err) {
                continue;
              }
            }
            """),
    ]

    static let typescript: [RuleExample] = [
        .triggering(
            .typescript,
            """
            ↓while (true) {
              try {
                const res: Response = await fetch(url);
                return res;
              } catch (e: unknown) {
                logger.warn(e);
              }
            }
            """),
        .triggering(
            .typescript,
            """
            let tries = 0;
            ↓while (tries < 3) {
              try {
                return await this.api.post(body);
              } catch (e) {
                tries++;
              }
            }
            """),
        .triggering(
            .typescript,
            """
            ↓do {
              try {
                await publish(message);
                break;
              } catch (e) {
                console.error(e);
              }
            } while (!stopped);
            """),
        .nonTriggering(
            .typescript,
            """
            let tries = 0;
            while (tries < 3) {
              try {
                return await this.api.post(body);
              } catch (e) {
                tries++;
                await delay(500 * 2 ** tries);
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            while (running) {
              try {
                await consume(await queue.receive());
              } catch (e) {
                logger.error(e);
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const result = await pRetry(() => this.api.post(body), { retries: 3, minTimeout: 200 });
            """),
    ]

    static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            begin
              response = Net::HTTP.get_response(uri)
            rescue Net::OpenTimeout
              ↓retry
            end
            """),
        .triggering(
            .ruby,
            """
            attempts = 0
            begin
              attempts += 1
              client.charge(order)
            rescue Timeout::Error
              ↓retry if attempts < 3
            end
            """),
        .triggering(
            .ruby,
            """
            ↓loop do
              begin
                client.publish(event)
                break
              rescue StandardError => e
                logger.warn(e.message)
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            attempts = 0
            begin
              attempts += 1
              client.charge(order)
            rescue Timeout::Error
              sleep(2**attempts)
              retry if attempts < 3
              raise
            end
            """),
        .nonTriggering(
            .ruby,
            """
            loop do
              begin
                handle(queue.pop)
              rescue StandardError => e
                logger.error(e.message)
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            3.times do |attempt|
              sleep(attempt)
              break if ping
            end
            """),
    ]
}
