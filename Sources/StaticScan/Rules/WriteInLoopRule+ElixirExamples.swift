// MARK: - HF102 examples in Elixir (Ecto)

extension WriteInLoopRule {
    static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            Enum.each(users, fn user -> ↓Repo.update!(User.changeset(user, %{active: true})) end)
            """),
        .triggering(
            .elixir,
            """
            for attrs <- rows do
              ↓Repo.insert(Post.changeset(%Post{}, attrs))
            end
            """),
        .triggering(
            .elixir,
            """
            posts |> Enum.each(&↓Repo.delete!/1)
            """),
        .nonTriggering(
            .elixir,
            """
            Repo.insert_all(Post, Enum.map(rows, &Map.take(&1, [:title, :body])))
            """),
        .nonTriggering(
            .elixir,
            """
            rows
            |> Enum.chunk_every(500)
            |> Enum.each(fn chunk -> Repo.insert_all(Post, chunk) end)
            """),
        .nonTriggering(
            .elixir,
            """
            for tag <- ~w(elixir ecto phoenix) do
              Repo.insert!(%Tag{name: tag})
            end
            """),
        .nonTriggering(
            .elixir,
            """
            updates
            |> Enum.group_by(fn {_name, seats} -> seats end)
            |> Enum.each(fn {seats, group} ->
              names = Enum.map(group, &elem(&1, 0))
              from(o in Organization, where: o.name in ^names) |> Repo.update_all(set: [seats: seats])
            end)
            """),
        .nonTriggering(
            .elixir,
            """
            changesets = Enum.map(rows, fn attrs -> Post.changeset(%Post{}, attrs) end)
            """),
    ]
}
