defmodule Changelog.Person do
  use Ecto.Schema

  schema "people" do
    field :name, :string
    field :handle, :string

    timestamps()
  end
end
