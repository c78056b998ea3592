defmodule ChangelogWeb.EpisodeController do
  use ChangelogWeb, :controller

  alias Changelog.{Episodes, Podcast, Repo}

  def index(conn, %{"podcast" => slug}) do
    podcast = Repo.get_by!(Podcast, slug: slug)
    render(conn, "index.html", podcast: podcast, episodes: Episodes.published_for(podcast))
  end
end
