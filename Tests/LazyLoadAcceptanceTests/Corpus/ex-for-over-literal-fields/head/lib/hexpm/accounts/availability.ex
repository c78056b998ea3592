defmodule Hexpm.Accounts.Availability do
  import Ecto.Query

  alias Hexpm.Accounts.User
  alias Hexpm.Repo

  def taken(params) do
    for field <- [:username, :email], Map.has_key?(params, field) do
      {field, Repo.exists?(from u in User, where: field(u, ^field) == ^params[field])}
    end
  end
end
