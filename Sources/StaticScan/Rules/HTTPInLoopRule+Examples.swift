// MARK: - HF103 examples: the tests and the text of `hundredfold explain HF103`

extension HTTPInLoopRule {
    static let examples: [RuleExample] = scripting + compiled + elixir + eventExamples

    static let scripting: [RuleExample] = [
        // Python
        .triggering(
            .python,
            """
            for url in urls:
                resp = ↓requests.get(url)
            """),
        .triggering(
            .python,
            """
            statuses = [↓httpx.get(f"https://api/x/{i}").status_code for i in ids]
            """),
        .triggering(
            .python,
            """
            async with aiohttp.ClientSession() as session:
                for u in users:
                    await ↓session.get(u.avatar_url)
            """),
        .triggering(
            .python,
            """
            pages = list(map(lambda u: ↓requests.get(u).text, urls))
            """),
        .nonTriggering(
            .python,
            """
            names = list(map(lambda u: u.name.upper(), users))
            """),
        .nonTriggering(
            .python,
            """
            resp = requests.get("https://api/users", params={"ids": ",".join(ids)})
            for user in resp.json():
                print(user["name"])
            """),
        .nonTriggering(
            .python,
            """
            for attempt in range(5):
                resp = requests.get(url)
                if resp.ok:
                    break
                time.sleep(2 ** attempt)
            """),
        .nonTriggering(
            .python,
            """
            while next_url:
                page = requests.get(next_url).json()
                next_url = page["next"]
            """),
        .nonTriggering(
            .python,
            """
            for env in ["staging", "prod"]:
                requests.post(hooks[env])
            """),
        // JavaScript
        .triggering(
            .javascript,
            """
            for (const id of ids) {
              const res = await ↓fetch(`/api/users/${id}`);
            }
            """),
        .triggering(
            .javascript,
            """
            const users = await Promise.all(ids.map((id) => ↓axios.get("/users/" + id)));
            """),
        .triggering(
            .javascript,
            """
            items.forEach(async (item) => {
              await ↓got.post(webhook, { json: item });
            });
            """),
        .nonTriggering(
            .javascript,
            """
            const res = await fetch("/api/users?ids=" + ids.join(","));
            """),
        .nonTriggering(
            .javascript,
            """
            for (const url of ["/health", "/ready"]) {
              await fetch(url);
            }
            """),
        .nonTriggering(
            .javascript,
            """
            while (url) {
              const page = await (await fetch(url)).json();
              url = page.next;
            }
            """),
        // TypeScript
        .triggering(
            .typescript,
            """
            for (const user of users) {
              await ↓this.http.get<Profile>(`/profiles/${user.id}`).toPromise();
            }
            """),
        .triggering(
            .typescript,
            """
            const pages = urls.map((u: string) => ↓fetch(u));
            """),
        .triggering(
            .typescript,
            """
            const api = axios.create({ baseURL });
            for (const id of ids) {
              await ↓api.post("/sync", { id });
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const profiles = await this.http.post<Profile[]>("/profiles/batch", { ids }).toPromise();
            """),
        .nonTriggering(
            .typescript,
            """
            for (let attempt = 0; attempt < 3; attempt++) {
              try {
                return await fetch(url);
              } catch (e) {
                await sleep(100 * 2 ** attempt);
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            [primary, secondary].forEach((host: string) => fetch(host + "/ping"));
            """),
        // Ruby
        .triggering(
            .ruby,
            """
            urls.each do |url|
              ↓Net::HTTP.get(URI(url))
            end
            """),
        .triggering(
            .ruby,
            """
            users.map { |u| ↓HTTParty.get("https://api/users/#{u.id}") }
            """),
        .triggering(
            .ruby,
            """
            conn = Faraday.new(url: base)
            ids.each do |id|
              ↓conn.get("/items/#{id}")
            end
            """),
        .nonTriggering(
            .ruby,
            """
            response = HTTParty.get("https://api/users", query: { ids: ids.join(",") })
            """),
        .nonTriggering(
            .ruby,
            """
            loop do
              res = HTTParty.get(url)
              break unless res.code == 503
              sleep 1
            end
            """),
        .nonTriggering(
            .ruby,
            """
            %w[eu us].each { |region| HTTParty.get("https://#{region}.api/health") }
            """),
        // PHP
        .triggering(
            .php,
            """
            foreach ($urls as $url) {
                $res = ↓$client->get($url);
            }
            """),
        .triggering(
            .php,
            """
            foreach ($users as $user) {
                ↓Http::post($hook, ['id' => $user->id]);
            }
            """),
        .triggering(
            .php,
            """
            array_map(fn($id) => ↓$this->http->get("/items/$id"), $ids);
            """),
        .nonTriggering(
            .php,
            """
            $res = $client->post('/batch', ['json' => ['ids' => $ids]]);
            """),
        .nonTriggering(
            .php,
            """
            foreach (['a', 'b'] as $h) {
                $client->get("https://$h/health");
            }
            """),
        .nonTriggering(
            .php,
            """
            while (true) {
                $r = $client->get($statusUrl);
                if ($r->getStatusCode() === 200) {
                    break;
                }
                sleep(1);
            }
            """),
    ]
}
