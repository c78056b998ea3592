// MARK: - HF101 examples in Elixir (Ecto)

extension QueryInLoopRule {
    static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            Enum.map(posts, fn post ->
              ↓Repo.get(User, post.user_id)
            end)
            """),
        .triggering(
            .elixir,
            """
            ids
            |> Enum.map(&↓Repo.get!(User, &1))
            """),
        .triggering(
            .elixir,
            """
            for order <- orders do
              ↓Repo.preload(order, :customer)
            end
            """),
        .triggering(
            .elixir,
            """
            for slug <- slugs, do: ↓MyApp.Repo.get_by(Post, slug: slug)
            """),
        .triggering(
            .elixir,
            """
            Repo.all(Dashboard)
            |> Enum.map(fn dashboard ->
              %{dashboard | cards: ↓Dashboards.list_dashboard_cards(dashboard.id)}
            end)
            """),
        .triggering(
            .elixir,
            """
            defmodule MyAppWeb.PostJSON do
              def index(%{posts: posts}), do: %{data: Enum.map(posts, &↓post_json/1)}

              defp post_json(post) do
                post = Repo.preload(post, :author)
                %{id: post.id, author: post.author.name}
              end
            end
            """),
        .nonTriggering(
            .elixir,
            """
            defmodule MyAppWeb.PostJSON do
              def index(%{posts: posts}), do: %{data: Enum.map(posts, &post_json/1)}

              defp post_json(post), do: %{id: post.id, title: post.title}
            end
            """),
        .nonTriggering(
            .elixir,
            """
            posts = Repo.all(from p in Post, preload: [:author])
            Enum.map(posts, fn post -> post.author.name end)
            """),
        .nonTriggering(
            .elixir,
            """
            for role <- [:admin, :staff] do
              Repo.get_by(Role, name: role)
            end
            """),
        .nonTriggering(
            .elixir,
            """
            Enum.each(~w(admin staff)a, fn role -> Repo.get_by(Role, name: role) end)
            """),
        .nonTriggering(
            .elixir,
            """
            queries = Enum.map(ids, fn id -> from(p in Post, where: p.id == ^id) end)
            """),
        .nonTriggering(
            .elixir,
            """
            Enum.find(ids, fn id -> Repo.exists?(from u in User, where: u.id == ^id) end)
            """),
        .nonTriggering(
            .elixir,
            """
            1..3 |> Enum.each(fn _ -> Repo.get(User, 1) end)
            """),
    ]
}
