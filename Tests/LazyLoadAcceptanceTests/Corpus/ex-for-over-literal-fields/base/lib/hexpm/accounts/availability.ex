defmodule Hexpm.Accounts.Availability do
  import Ecto.Query

  alias Hexpm.Accounts.User
  alias Hexpm.Repo

  def taken(params) do
    []
  end
end
