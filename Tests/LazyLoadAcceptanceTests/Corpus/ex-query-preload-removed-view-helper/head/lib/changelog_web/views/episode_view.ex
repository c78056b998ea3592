defmodule ChangelogWeb.EpisodeView do
  use ChangelogWeb, :view

  alias Changelog.Repo

  def host_names(episode) do
    episode |> Repo.preload(:hosts) |> Map.fetch!(:hosts) |> Enum.map_join(", ", & &1.name)
  end
end
