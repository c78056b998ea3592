defmodule Changelog.Episode do
  use Ecto.Schema

  schema "episodes" do
    field :title, :string
    field :slug, :string
    field :published, :boolean, default: false
    field :published_at, :utc_datetime

    belongs_to :podcast, Changelog.Podcast
    many_to_many :hosts, Changelog.Person, join_through: "episode_hosts"
    many_to_many :guests, Changelog.Person, join_through: "episode_guests"

    timestamps()
  end
end
