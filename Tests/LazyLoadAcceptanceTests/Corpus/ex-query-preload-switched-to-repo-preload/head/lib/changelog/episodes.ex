defmodule Changelog.Episodes do
  import Ecto.Query

  alias Changelog.{Episode, Repo}

  def published_for(podcast) do
    Repo.all(
      from e in Episode,
        where: e.podcast_id == ^podcast.id and e.published,
        order_by: [desc: e.published_at],
        limit: 50
    )
    |> Repo.preload(:hosts)
  end
end
