defmodule ChangelogWeb.EpisodeJSON do
  alias Changelog.Repo

  def index(%{episodes: episodes}) do
    %{data: for(episode <- episodes, do: data(episode))}
  end

  defp data(episode) do
    guests = Repo.all(Ecto.assoc(episode, :guests))
    %{id: episode.id, title: episode.title, guests: Enum.map(guests, & &1.name)}
  end
end
