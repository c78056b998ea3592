// MARK: - HF203 examples: Go, Java, Kotlin

extension RetryWithoutBoundRule {
    static let goJVMExamples: [RuleExample] = go + java + kotlin

    static let go: [RuleExample] = [
        .triggering(
            .go,
            """
            ↓for {
            	resp, err := http.Get(url)
            	if err == nil {
            		return resp, nil
            	}
            }
            """),
        .triggering(
            .go,
            """
            ↓for i := 0; i < 5; i++ {
            	if err := client.Send(msg); err == nil {
            		break
            	}
            }
            """),
        .triggering(
            .go,
            """
            ↓for {
            	err := db.Ping()
            	if err != nil {
            		time.Sleep(time.Second)
            		continue
            	}
            	break
            }
            """),
        .triggering(
            .go,
            """
            ↓for {
            	resp, err := client.Post(chargeURL, "application/json", bytes.NewReader(payload))
            	if err == nil && resp.StatusCode < 500 {
            		return resp, nil
            	}
            	log.Printf("charge failed, retrying: %v", err)
            }
            """),
        .nonTriggering(
            .go,
            """
            for attempt := 0; attempt < maxAttempts; attempt++ {
            	if err := client.Send(msg); err == nil {
            		return nil
            	}
            	time.Sleep(backoff(attempt))
            }
            """),
        .nonTriggering(
            .go,
            """
            for {
            	msg, err := reader.Read()
            	if err != nil {
            		return err
            	}
            	handle(msg)
            }
            """),
        .nonTriggering(
            .go,
            """
            for _, host := range hosts {
            	if resp, err := http.Get(host); err == nil {
            		return resp, nil
            	}
            }
            """),
    ]

    static let java: [RuleExample] = [
        .triggering(
            .java,
            """
            ↓while (true) {
                try {
                    return restTemplate.getForObject(url, Rate.class);
                } catch (RestClientException e) {
                    log.warn("retrying", e);
                }
            }
            """),
        .triggering(
            .java,
            """
            ↓for (int i = 0; i < MAX_ATTEMPTS; i++) {
                try {
                    return client.send(request);
                } catch (IOException e) {
                    last = e;
                }
            }
            """),
        .triggering(
            .java,
            """
            Observable<Rate> rates = ↓api.rates().retry();
            """),
        .nonTriggering(
            .java,
            """
            for (int i = 0; i < MAX_ATTEMPTS; i++) {
                try {
                    return client.send(request);
                } catch (IOException e) {
                    Thread.sleep(BASE_DELAY_MS << i);
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            Observable<Rate> rates = api.rates().retry(3);
            """),
        .nonTriggering(
            .java,
            """
            while (running) {
                try {
                    handle(queue.take());
                } catch (Exception e) {
                    log.error("failed", e);
                }
            }
            """),
    ]

    static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            ↓while (true) {
                try {
                    return api.fetchRates()
                } catch (e: IOException) {
                    log.warn("retrying", e)
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            ↓repeat(5) {
                try {
                    return client.send(request)
                } catch (e: IOException) {
                    last = e
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            val rates = ↓api.rates().retry()
            """),
        .nonTriggering(
            .kotlin,
            """
            repeat(5) { attempt ->
                try {
                    return client.send(request)
                } catch (e: IOException) {
                    delay(100L shl attempt)
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            val rates = api.rates().retry(3) { e -> e is IOException }
            """),
        .nonTriggering(
            .kotlin,
            """
            while (isActive) {
                try {
                    handle(channel.receive())
                } catch (e: Exception) {
                    log.error("failed", e)
                }
            }
            """),
    ]
}
