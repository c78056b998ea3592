defmodule Hexpm.Repository.Package do
  use Ecto.Schema

  schema "packages" do
    field :name, :string
    field :downloads_count, :integer, default: 0

    belongs_to :repository, Hexpm.Repository.Repository
    has_many :releases, Hexpm.Repository.Release
    many_to_many :owners, Hexpm.Accounts.User, join_through: Hexpm.Repository.PackageOwner

    timestamps()
  end
end
