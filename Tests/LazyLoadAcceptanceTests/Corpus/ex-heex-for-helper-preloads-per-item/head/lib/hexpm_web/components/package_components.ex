defmodule HexpmWeb.PackageComponents do
  use Phoenix.Component

  alias Hexpm.Repo

  def owner_handles(package) do
    package |> Repo.preload(:owners) |> Map.fetch!(:owners) |> Enum.map_join(" ", &"@#{&1.username}")
  end
end
