defmodule Hexpm.Repository.Downloads do
  import Ecto.Query

  alias Hexpm.Accounts.User
  alias Hexpm.Repo
  alias Hexpm.Repository.Download

  def recent_downloaders(package_id) do
    downloads =
      Repo.all(from d in Download, where: d.package_id == ^package_id, order_by: [desc: d.day], limit: 100)

    for d <- downloads, do: Repo.get(User, d.user_id)
  end
end
