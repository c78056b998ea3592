defmodule Hexpm.Repository.Packages do
  import Ecto.Query

  alias Hexpm.Repo
  alias Hexpm.Repository.Package

  def recently_updated(limit) do
    from(p in Package, order_by: [desc: p.updated_at], limit: ^limit)
    |> Repo.all()
  end
end
