// MARK: - HF204 examples: the tests and the text of `hundredfold explain HF204`

extension PaginationWithoutCapRule {
    static let examples: [RuleExample] =
        python + javascript + typescript + ruby + moreExamples + goJVMExamples

    static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            url = BASE_URL + "/invoices"
            ↓while url:
                data = requests.get(url).json()
                invoices.extend(data["results"])
                url = data["next"]
            """),
        .triggering(
            .python,
            """
            cursor = None
            ↓while True:
                page = client.list_users(cursor=cursor)
                users += page.users
                if not page.next_cursor:
                    break
                cursor = page.next_cursor
            """),
        .triggering(
            .python,
            """
            continuation_token = None
            ↓while continuation_token is not None or first:
                resp = s3.list_objects_v2(Bucket=bucket, ContinuationToken=continuation_token)
                continuation_token = resp.get("NextContinuationToken")
                first = False
            """),
        .nonTriggering(
            .python,
            """
            url = BASE_URL + "/invoices"
            for _ in range(MAX_PAGES):
                data = requests.get(url).json()
                invoices.extend(data["results"])
                url = data["next"]
                if not url:
                    break
            """),
        .nonTriggering(
            .python,
            """
            pages = 0
            while url and pages < MAX_PAGES:
                data = requests.get(url).json()
                url = data["next"]
                pages += 1
            """),
        .nonTriggering(
            .python,
            """
            while not done:
                done = worker.step()
            """),
        .nonTriggering(
            .python,
            """
            cursor = 0
            while cursor < len(text):
                char = text[cursor]
                cursor += 1
            """),
        .nonTriggering(
            .python,
            """
            token = lexer.get_token()
            while token != lexer.eof:
                tokens.append(token)
                token = lexer.get_token()
            """),
    ]

    static let javascript: [RuleExample] = [
        .triggering(
            .javascript,
            """
            let cursor;
            ↓do {
              const page = await stripe.charges.list({ starting_after: cursor });
              charges.push(...page.data);
              cursor = page.has_more ? page.data[page.data.length - 1].id : undefined;
            } while (cursor);
            """),
        .triggering(
            .javascript,
            """
            let url = "/api/items";
            ↓while (url) {
              const res = await fetch(url);
              const body = await res.json();
              items.push(...body.items);
              url = body.next;
            }
            """),
        .triggering(
            .javascript,
            """
            let hasMore = true;
            ↓while (hasMore) {
              const page = await api.list({ offset: items.length });
              items.push(...page.results);
              hasMore = page.hasMore;
            }
            """),
        .nonTriggering(
            .javascript,
            """
            let url = "/api/items";
            for (let page = 0; url && page < MAX_PAGES; page++) {
              const body = await (await fetch(url)).json();
              url = body.next;
            }
            """),
        .nonTriggering(
            .javascript,
            """
            let hasMore = true;
            while (hasMore && items.length < 10000) {
              const page = await api.list({ offset: items.length });
              items.push(...page.results);
              hasMore = page.hasMore;
            }
            """),
        .nonTriggering(
            .javascript,
            """
            while (queue.length) {
              process(queue.shift());
            }
            """),
    ]

    static let typescript: [RuleExample] = [
        .triggering(
            .typescript,
            """
            let pageToken: string | undefined = undefined;
            ↓do {
              const res = await drive.files.list({ pageToken });
              files.push(...res.data.files);
              pageToken = res.data.nextPageToken;
            } while (pageToken);
            """),
        .triggering(
            .typescript,
            """
            let after: string | null = null;
            ↓while (true) {
              const { nodes, pageInfo } = await this.gql.repos(after);
              repos.push(...nodes);
              if (!pageInfo.hasNextPage) break;
              after = pageInfo.endCursor;
            }
            """),
        .triggering(
            .typescript,
            """
            let nextUrl: string | null = start;
            ↓while (nextUrl !== null) {
              const res = await this.http.get<Page>(nextUrl);
              out.push(...res.items);
              nextUrl = res.links.next;
            }
            """),
        .nonTriggering(
            .typescript,
            """
            let pageToken: string | undefined = undefined;
            let pages = 0;
            do {
              const res = await drive.files.list({ pageToken });
              pageToken = res.data.nextPageToken;
            } while (pageToken && ++pages < maxPages);
            """),
        .nonTriggering(
            .typescript,
            """
            for (const page of [1, 2, 3]) {
              out.push(...(await this.http.get<Page>(`/items?page=${page}`)).items);
            }
            """),
        .nonTriggering(
            .typescript,
            """
            while (retriesLeft > 0) {
              retriesLeft = await this.tick(retriesLeft);
            }
            """),
    ]

    static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            url = "/api/orders"
            ↓while url
              body = JSON.parse(Net::HTTP.get(URI(url)))
              orders.concat(body["orders"])
              url = body["next"]
            end
            """),
        .triggering(
            .ruby,
            """
            page = 1
            ↓loop do
              batch = client.orders(page: page)
              break if batch.next_page.nil?
              page = batch.next_page
            end
            """),
        .triggering(
            .ruby,
            """
            cursor = nil
            ↓until cursor == ""
              resp = slack.conversations_list(cursor: cursor)
              cursor = resp.response_metadata.next_cursor
            end
            """),
        .nonTriggering(
            .ruby,
            """
            1.upto(MAX_PAGES) do |page|
              batch = client.orders(page: page)
              break if batch.next_page.nil?
            end
            """),
        .nonTriggering(
            .ruby,
            """
            pages = 0
            while url && pages < MAX_PAGES
              body = JSON.parse(Net::HTTP.get(URI(url)))
              url = body["next"]
              pages += 1
            end
            """),
        .nonTriggering(
            .ruby,
            """
            while line = file.gets
              process(line)
            end
            """),
    ]
}
