// MARK: - HF103 examples in Go, Java, Kotlin, C#, Swift

extension HTTPInLoopRule {
    static let compiled: [RuleExample] = [
        // Go
        .triggering(
            .go,
            """
            for _, u := range urls {
            \tresp, err := ↓http.Get(u)
            }
            """),
        .triggering(
            .go,
            """
            for _, id := range ids {
            \treq, _ := http.NewRequest("GET", base+id, nil)
            \tresp, _ := ↓client.Do(req)
            }
            """),
        .triggering(
            .go,
            """
            for i := range items {
            \t↓http.Post(hook, "application/json", bytes.NewReader(items[i]))
            }
            """),
        .nonTriggering(
            .go,
            """
            resp, err := http.Get(base + "?ids=" + strings.Join(ids, ","))
            """),
        .nonTriggering(
            .go,
            """
            for _, host := range []string{"a", "b"} {
            \thttp.Get(host)
            }
            """),
        .nonTriggering(
            .go,
            """
            for attempt := 0; attempt < 3; attempt++ {
            \tif _, err := http.Get(u); err == nil {
            \t\tbreak
            \t}
            \ttime.Sleep(time.Second)
            }
            """),
        // Java
        .triggering(
            .java,
            """
            for (String id : ids) {
                Profile p = ↓restTemplate.getForObject("/profiles/" + id, Profile.class);
            }
            """),
        .triggering(
            .java,
            """
            for (String url : urls) {
                Response r = ↓client.newCall(new Request.Builder().url(url).build()).execute();
            }
            """),
        .triggering(
            .java,
            """
            users.forEach(u -> ↓httpClient.send(HttpRequest.newBuilder(URI.create(u.getUrl())).build(), BodyHandlers.ofString()));
            """),
        .nonTriggering(
            .java,
            """
            Profile[] all = restTemplate.postForObject("/profiles/batch", ids, Profile[].class);
            """),
        .nonTriggering(
            .java,
            """
            for (String env : List.of("dev", "prod")) {
                restTemplate.getForObject(base + env, String.class);
            }
            """),
        .nonTriggering(
            .java,
            """
            while (true) {
                String s = restTemplate.getForObject(statusUrl, String.class);
                if ("done".equals(s)) break;
                Thread.sleep(1000);
            }
            """),
        // Kotlin
        .triggering(
            .kotlin,
            """
            for (id in ids) {
                val p = ↓restTemplate.getForObject("/p/$id", Profile::class.java)
            }
            """),
        .triggering(
            .kotlin,
            """
            ids.map { id -> ↓httpClient.get("https://api/items/$id") }
            """),
        .triggering(
            .kotlin,
            """
            urls.forEach { ↓client.newCall(Request.Builder().url(it).build()).execute() }
            """),
        .nonTriggering(
            .kotlin,
            """
            val all = restTemplate.postForObject("/batch", ids, Array<Profile>::class.java)
            """),
        .nonTriggering(
            .kotlin,
            """
            listOf("a", "b").forEach { restTemplate.getForObject("/h/$it", String::class.java) }
            """),
        .nonTriggering(
            .kotlin,
            """
            while (true) {
                val r = restTemplate.getForObject(url, String::class.java)
                if (r == "ok") break
                Thread.sleep(500)
            }
            """),
        // C#
        .triggering(
            .csharp,
            """
            foreach (var id in ids)
            {
                var json = await ↓_httpClient.GetStringAsync($"/users/{id}");
            }
            """),
        .triggering(
            .csharp,
            """
            var tasks = urls.Select(u => ↓client.GetAsync(u));
            """),
        .triggering(
            .csharp,
            """
            for (int i = 0; i < items.Count; i++)
            {
                await ↓_http.PostAsJsonAsync("/sync", items[i]);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            var res = await _httpClient.PostAsJsonAsync("/users/batch", ids);
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var host in new[] { "a", "b" })
            {
                await client.GetAsync(host);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            while (true)
            {
                var r = await client.GetAsync(statusUrl);
                if (r.IsSuccessStatusCode) break;
                await Task.Delay(1000);
            }
            """),
        // Swift
        .triggering(
            .swift,
            """
            for url in urls {
                let (data, _) = try await ↓URLSession.shared.data(from: url)
            }
            """),
        .triggering(
            .swift,
            """
            users.forEach { user in
                ↓session.dataTask(with: user.avatarURL).resume()
            }
            """),
        .triggering(
            .swift,
            """
            for id in ids {
                let response = try await ↓httpClient.execute(request(for: id), timeout: .seconds(5))
            }
            """),
        .nonTriggering(
            .swift,
            """
            let (data, _) = try await URLSession.shared.data(from: batchURL)
            """),
        .nonTriggering(
            .swift,
            """
            for url in [primaryURL, backupURL] {
                _ = try? await URLSession.shared.data(from: url)
            }
            """),
        .nonTriggering(
            .swift,
            """
            while true {
                let (data, _) = try await URLSession.shared.data(from: statusURL)
                if data.isEmpty { break }
                try await Task.sleep(nanoseconds: 1_000_000_000)
            }
            """),
        .triggering(
            .go,
            """
            func members(client *gitlab.Client, projects []*gitlab.Project, user int64) {
            \tfor _, p := range projects {
            \t\tmember, _, err := ↓client.ProjectMembers.GetInheritedProjectMember(p.ID, user)
            \t\t_, _ = member, err
            \t}
            }
            """),
        .nonTriggering(
            .go,
            """
            func names(client *gitlab.Client, projects []*gitlab.Project) {
            \tfor _, p := range projects {
            \t\tnames = append(names, p.PathWithNamespace)
            \t}
            \t_, _, _ = client.Projects.ListProjects(nil)
            }
            """),
        .nonTriggering(
            .go,
            """
            func members(cfg *Config, projects []*Project) {
            \tfor _, p := range projects {
            \t\tm := cfg.ProjectMembers.GetDefault(p.ID)
            \t\t_ = m
            \t}
            }
            """),
    ]
}
