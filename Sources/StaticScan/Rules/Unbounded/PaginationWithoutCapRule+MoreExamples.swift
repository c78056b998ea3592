// MARK: - HF204 examples: PHP, C#, Swift

extension PaginationWithoutCapRule {
    static let moreExamples: [RuleExample] = php + csharp + swift

    static let php: [RuleExample] = [
        .triggering(
            .php,
            """
            $url = '/api/orders';
            ↓while ($url) {
                $body = json_decode($client->get($url)->getBody(), true);
                $orders = array_merge($orders, $body['data']);
                $url = $body['next_page_url'];
            }
            """),
        .triggering(
            .php,
            """
            $nextPage = 1;
            ↓do {
                $result = $api->customers(['page' => $nextPage]);
                $customers = array_merge($customers, $result['items']);
                $nextPage = $result['next_page'];
            } while ($nextPage);
            """),
        .triggering(
            .php,
            """
            $cursor = null;
            ↓while (true) {
                $resp = $stripe->charges->all(['starting_after' => $cursor]);
                if (!$resp->has_more) {
                    break;
                }
                $cursor = end($resp->data)->id;
            }
            """),
        .nonTriggering(
            .php,
            """
            $url = '/api/orders';
            for ($i = 0; $url && $i < self::MAX_PAGES; $i++) {
                $body = json_decode($client->get($url)->getBody(), true);
                $url = $body['next_page_url'];
            }
            """),
        .nonTriggering(
            .php,
            """
            $pages = 0;
            while ($url && $pages++ < $maxPages) {
                $body = json_decode($client->get($url)->getBody(), true);
                $url = $body['next_page_url'];
            }
            """),
        .nonTriggering(
            .php,
            """
            while ($row = $stmt->fetch()) {
                $rows[] = $row;
            }
            """),
    ]

    static let csharp: [RuleExample] = [
        .triggering(
            .csharp,
            """
            string? pageToken = null;
            ↓do
            {
                var page = await _client.ListAsync(pageToken);
                items.AddRange(page.Items);
                pageToken = page.NextPageToken;
            } while (pageToken != null);
            """),
        .triggering(
            .csharp,
            """
            var url = "/api/orders";
            ↓while (url != null)
            {
                var page = await _http.GetFromJsonAsync<Page>(url);
                orders.AddRange(page.Items);
                url = page.Next;
            }
            """),
        .triggering(
            .csharp,
            """
            ↓while (true)
            {
                var resp = await _api.ListAsync(cursor);
                all.AddRange(resp.Data);
                if (!resp.HasMore) break;
                cursor = resp.Data.Last().Id;
            }
            """),
        .nonTriggering(
            .csharp,
            """
            string? token = null;
            var pages = 0;
            do
            {
                var page = await _client.ListAsync(token);
                token = page.NextPageToken;
            } while (token != null && ++pages < MaxPages);
            """),
        .nonTriggering(
            .csharp,
            """
            for (var p = 0; p < MaxPages && url != null; p++)
            {
                var page = await _http.GetFromJsonAsync<Page>(url);
                url = page.Next;
            }
            """),
        .nonTriggering(
            .csharp,
            """
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
            """),
    ]

    static let swift: [RuleExample] = [
        .triggering(
            .swift,
            """
            var next: URL? = start
            ↓while let url = next {
                let page = try await api.page(at: url)
                items += page.items
                next = page.next
            }
            """),
        .triggering(
            .swift,
            """
            var cursor: String?
            ↓repeat {
                let page = try await client.list(after: cursor)
                users += page.users
                cursor = page.endCursor
            } while cursor != nil
            """),
        .triggering(
            .swift,
            """
            var token: String? = nil
            ↓while true {
                let response = try await service.list(pageToken: token)
                files += response.files
                guard let nextToken = response.nextPageToken else { break }
                token = nextToken
            }
            """),
        .nonTriggering(
            .swift,
            """
            var next: URL? = start
            for _ in 0..<maxPages {
                guard let url = next else { break }
                let page = try await api.page(at: url)
                next = page.next
            }
            """),
        .nonTriggering(
            .swift,
            """
            var cursor: String?
            var pages = 0
            repeat {
                let page = try await client.list(after: cursor)
                cursor = page.endCursor
                pages += 1
            } while cursor != nil && pages < maxPages
            """),
        .nonTriggering(
            .swift,
            """
            while let line = readLine() {
                lines.append(line)
            }
            """),
    ]
}
