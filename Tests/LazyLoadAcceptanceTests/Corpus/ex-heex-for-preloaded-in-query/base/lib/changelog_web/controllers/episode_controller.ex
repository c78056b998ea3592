defmodule ChangelogWeb.EpisodeController do
  use ChangelogWeb, :controller

  import Ecto.Query

  alias Changelog.{Episode, Repo}

  def index(conn, _params) do
    episodes =
      Repo.all(
        from e in Episode,
          where: e.published,
          order_by: [desc: e.published_at],
          limit: 30,
          preload: [:guests]
      )

    render(conn, :index, episodes: episodes)
  end
end
