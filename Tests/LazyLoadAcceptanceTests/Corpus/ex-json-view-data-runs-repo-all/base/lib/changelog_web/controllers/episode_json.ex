defmodule ChangelogWeb.EpisodeJSON do
  alias Changelog.Repo

  def index(%{episodes: episodes}) do
    %{data: for(episode <- episodes, do: data(episode))}
  end

  defp data(episode) do
    %{id: episode.id, title: episode.title}
  end
end
