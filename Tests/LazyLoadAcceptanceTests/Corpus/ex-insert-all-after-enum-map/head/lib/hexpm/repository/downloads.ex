defmodule Hexpm.Repository.Downloads do
  alias Hexpm.Repo
  alias Hexpm.Repository.Download

  def import_day(day, counts) do
    now = DateTime.utc_now() |> DateTime.truncate(:second)

    entries =
      Enum.map(counts, fn {release_id, count} ->
        %{release_id: release_id, day: day, downloads: count, inserted_at: now}
      end)

    Repo.insert_all(Download, entries, on_conflict: :replace_all, conflict_target: [:release_id, :day])
  end
end
