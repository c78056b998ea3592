defmodule Hexpm.Repository.Packages do
  import Ecto.Query

  alias Hexpm.Repo
  alias Hexpm.Repository.Package

  def owner_counts(limit) do
    from(p in Package, order_by: [desc: p.updated_at], limit: ^limit)
    |> Repo.all()
    |> Map.new(&{&1.name, &1.downloads_count})
  end
end
