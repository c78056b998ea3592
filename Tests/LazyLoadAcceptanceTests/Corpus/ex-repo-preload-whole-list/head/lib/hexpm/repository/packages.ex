defmodule Hexpm.Repository.Packages do
  import Ecto.Query

  alias Hexpm.Repo
  alias Hexpm.Repository.Package

  def owner_counts(limit) do
    packages =
      from(p in Package, order_by: [desc: p.updated_at], limit: ^limit)
      |> Repo.all()
      |> Repo.preload(:owners)

    for package <- packages, into: %{}, do: {package.name, length(package.owners)}
  end
end
