defmodule Changelog.Feeds do
  import Ecto.Query

  alias Changelog.{Episode, Repo}

  def recent_episodes(limit) do
    Episode
    |> where([e], e.published)
    |> order_by([e], desc: e.published_at)
    |> limit(^limit)
    |> Repo.all()
  end
end
