defmodule ChangelogWeb.EpisodeView do
  use ChangelogWeb, :view

  alias Changelog.Repo

  def guest_names(episode) do
    episode |> Ecto.assoc(:guests) |> Repo.all() |> Enum.map_join(", ", & &1.name)
  end
end
