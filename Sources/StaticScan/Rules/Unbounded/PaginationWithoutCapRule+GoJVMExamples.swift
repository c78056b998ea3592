// MARK: - HF204 examples: Go, Java, Kotlin

extension PaginationWithoutCapRule {
    static let goJVMExamples: [RuleExample] = go + java + kotlin

    static let go: [RuleExample] = [
        .triggering(
            .go,
            """
            token := ""
            ↓for {
            	resp, err := svc.ListUsers(ctx, &ListUsersInput{PageToken: token})
            	if err != nil {
            		return err
            	}
            	users = append(users, resp.Users...)
            	if resp.NextPageToken == "" {
            		break
            	}
            	token = resp.NextPageToken
            }
            """),
        .triggering(
            .go,
            """
            ↓for cursor != "" {
            	page, err := client.List(ctx, cursor)
            	if err != nil {
            		return err
            	}
            	cursor = page.Next
            }
            """),
        .triggering(
            .go,
            """
            ↓for url != "" {
            	body, next, err := fetchPage(url)
            	if err != nil {
            		return err
            	}
            	out = append(out, body...)
            	url = next
            }
            """),
        .nonTriggering(
            .go,
            """
            for page := 0; page < maxPages && token != ""; page++ {
            	resp, err := svc.ListUsers(ctx, &ListUsersInput{PageToken: token})
            	if err != nil {
            		return err
            	}
            	token = resp.NextPageToken
            }
            """),
        .nonTriggering(
            .go,
            """
            for cursor != "" {
            	page, err := client.List(ctx, cursor)
            	if err != nil || len(out) >= 5000 {
            		break
            	}
            	out = append(out, page.Items...)
            	cursor = page.Next
            }
            """),
        .nonTriggering(
            .go,
            """
            for scanner.Scan() {
            	lines = append(lines, scanner.Text())
            }
            """),
    ]

    static let java: [RuleExample] = [
        .triggering(
            .java,
            """
            Page<Order> page = client.orders(PageRequest.of(0, 100));
            ↓do {
                all.addAll(page.getContent());
                page = client.orders(page.nextPageable());
            } while (page.hasNext());
            """),
        .triggering(
            .java,
            """
            String cursor = null;
            ↓while (true) {
                ListResponse resp = api.list(cursor);
                items.addAll(resp.getItems());
                if (resp.getNextCursor() == null) break;
                cursor = resp.getNextCursor();
            }
            """),
        .triggering(
            .java,
            """
            String continuationToken = "";
            ↓while (continuationToken != null) {
                ListObjectsV2Response resp = s3.listObjectsV2(req.continuationToken(continuationToken));
                keys.addAll(resp.contents());
                continuationToken = resp.nextContinuationToken();
            }
            """),
        .nonTriggering(
            .java,
            """
            Page<Order> page = client.orders(PageRequest.of(0, 100));
            int pages = 1;
            while (page.hasNext() && pages < MAX_PAGES) {
                page = client.orders(page.nextPageable());
                pages++;
            }
            """),
        .nonTriggering(
            .java,
            """
            for (int p = 0; p < maxPages; p++) {
                ListResponse resp = api.list(cursor);
                cursor = resp.getNextCursor();
                if (cursor == null) break;
            }
            """),
        .nonTriggering(
            .java,
            """
            while (iterator.hasNext()) {
                process(iterator.next());
            }
            """),
    ]

    static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            var cursor: String? = null
            ↓do {
                val page = api.listUsers(cursor)
                users += page.users
                cursor = page.nextCursor
            } while (cursor != null)
            """),
        .triggering(
            .kotlin,
            """
            var url: String? = start
            ↓while (url != null) {
                val body = client.get(url).body<Page>()
                items += body.items
                url = body.next
            }
            """),
        .triggering(
            .kotlin,
            """
            var token = ""
            ↓while (true) {
                val resp = drive.files().list().setPageToken(token).execute()
                files += resp.files
                token = resp.nextPageToken ?: break
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            var cursor: String? = null
            var pages = 0
            do {
                val page = api.listUsers(cursor)
                cursor = page.nextCursor
            } while (cursor != null && ++pages < MAX_PAGES)
            """),
        .nonTriggering(
            .kotlin,
            """
            repeat(MAX_PAGES) {
                val page = api.listUsers(cursor)
                cursor = page.nextCursor ?: return@repeat
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            while (reader.ready()) {
                lines += reader.readLine()
            }
            """),
    ]
}
