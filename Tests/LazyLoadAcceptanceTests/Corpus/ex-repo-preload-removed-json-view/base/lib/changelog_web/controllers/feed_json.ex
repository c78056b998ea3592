defmodule ChangelogWeb.FeedJSON do
  alias Changelog.Repo

  def index(%{episodes: episodes}) do
    %{data: for(episode <- episodes, do: data(episode))}
  end

  defp data(episode) do
    guests = episode |> Repo.preload(:guests) |> Map.fetch!(:guests)
    %{title: episode.title, slug: episode.slug, guests: Enum.map(guests, & &1.handle)}
  end
end
