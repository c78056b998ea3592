// MARK: - HF201 examples in Elixir (Ecto)

extension UnboundedQueryRule {
    static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            def index(conn, _params) do
              posts = ↓Repo.all(Post)
              render(conn, "index.html", posts: posts)
            end
            """),
        .triggering(
            .elixir,
            """
            def list_posts, do: ↓Repo.all(from p in Post, order_by: [desc: p.inserted_at])
            """),
        .triggering(
            .elixir,
            """
            def list_published do
              Post
              |> where([p], p.published == true)
              |> ↓Repo.all()
            end
            """),
        .triggering(
            .elixir,
            """
            def active_users do
              query = from u in User, where: u.archived == false
              ↓MyApp.Repo.all(query)
            end
            """),
        .nonTriggering(
            .elixir,
            """
            def index(conn, _params) do
              posts = Repo.all(from p in Post, order_by: [desc: p.id], limit: 20)
              render(conn, "index.html", posts: posts)
            end
            """),
        .nonTriggering(
            .elixir,
            """
            Post |> order_by(desc: :id) |> Repo.paginate(params)
            """),
        .nonTriggering(
            .elixir,
            """
            Repo.all(from p in Post, where: p.id in ^ids)
            """),
        .nonTriggering(
            .elixir,
            """
            post = Repo.get(Post, id)
            """),
        .nonTriggering(
            .elixir,
            """
            def list(query), do: Repo.all(query)
            """),
        .nonTriggering(
            .elixir,
            """
            def by_ids(ids) do
              NewsItem
              |> NewsItem.with_ids(ids)
              |> Repo.all()
            end
            """),
    ]
}
