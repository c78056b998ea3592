// MARK: - HF103 examples in Elixir (HTTPoison, Req, Finch, :httpc)

extension HTTPInLoopRule {
    static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            Enum.map(urls, fn url -> ↓HTTPoison.get!(url) end)
            """),
        .triggering(
            .elixir,
            """
            for user <- users do
              ↓Req.post!("https://api.example.com/notify", json: %{id: user.id})
            end
            """),
        .triggering(
            .elixir,
            """
            users
            |> Task.async_stream(fn user -> ↓Finch.request(build(user), MyFinch) end)
            |> Enum.to_list()
            """),
        .triggering(
            .elixir,
            """
            Enum.each(ids, fn id -> :↓httpc.request(:get, {url(id), []}, [], []) end)
            """),
        .nonTriggering(
            .elixir,
            """
            for region <- ["eu", "us"] do
              HTTPoison.get!("https://#{region}.example.com/health")
            end
            """),
        .nonTriggering(
            .elixir,
            """
            response = Req.get!(url)
            Enum.map(response.body["items"], fn item -> item["id"] end)
            """),
        .nonTriggering(
            .elixir,
            """
            Enum.find(mirrors, fn mirror -> match?({:ok, _}, HTTPoison.head(mirror)) end)
            """),
    ]
}
