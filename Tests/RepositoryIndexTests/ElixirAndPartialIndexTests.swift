import RepositoryIndex
import StaticScan
import Testing

/// Elixir modules and functions in the index, and partial templates rendered per item.
@Suite struct ElixirAndPartialIndexTests {
    static let newsItem = SourceFile(
        path: "lib/news_item.ex",
        text: """
            defmodule Changelog.NewsItem do
              def load_object(item) do
                get_episode_object(item.object_id)
              end

              defp get_episode_object(id) do
                Episode |> Repo.get(id)
              end

              def preload_episode(query), do: Ecto.Query.preload(query, :episode)
            end
            """, changedLines: nil)

    static func findings(_ path: String, _ text: String, with files: [SourceFile]) -> [Finding] {
        let file = SourceFile(path: path, text: text, changedLines: nil)
        let index = IndexBuilder.build(files + [file])
        return Scanner(repository: index).scan(file)
    }

    @Test func anotherModulesFunctionCalledPerItemReachesItsQuery() {
        let found = Self.findings(
            "lib/post_controller.ex",
            """
            defmodule ChangelogWeb.PostController do
              def index(items) do
                Enum.map(items, fn item -> NewsItem.load_object(item) end)
              end
            end
            """, with: [Self.newsItem])
        #expect(found.contains { $0.rule == "HF101" && $0.line == 3 })
    }

    @Test func aBareCallDoesNotReachAnotherModulesFunction() {
        let found = Self.findings(
            "lib/post_controller.ex",
            """
            defmodule ChangelogWeb.PostController do
              def index(items) do
                Enum.map(items, fn item -> load_object(item) end)
              end

              defp load_object(item), do: Map.put(item, :seen, true)
            end
            """, with: [Self.newsItem])
        #expect(!found.contains { $0.rule == "HF101" })
    }

    @Test func anElixirHelpersEagerLoadsAreKnownByItsModule() {
        let index = IndexBuilder.build([Self.newsItem])
        let loads = index.eagerLoads(ofFunctionNamed: "preload_episode", owner: "NewsItem", language: .elixir)
        #expect(loads == ["episode"])
        #expect(
            index.eagerLoads(ofFunctionNamed: "preload_episode", owner: "Episode", language: .elixir).isEmpty)
    }

    @Test func aPartialIncludedInALoopReadsPerItem() {
        let partial = SourceFile(
            path: "resources/views/partials/activity-item.blade.php",
            text: "<span>{{ $activity->user->name }}</span>\n", changedLines: nil)
        let list = SourceFile(
            path: "resources/views/partials/activity-list.blade.php",
            text: """
                @foreach($activities as $activityItem)
                    @include('partials.activity-item', ['activity' => $activityItem])
                @endforeach
                """, changedLines: nil)
        let index = IndexBuilder.build([partial, list])
        #expect(index.perItemReads(of: "user", language: .php, limit: 5).map(\.path) == [partial.path])
    }

    @Test func aPartialIncludedOnceDoesNotReadPerItem() {
        let partial = SourceFile(
            path: "resources/views/partials/activity-item.blade.php",
            text: "<span>{{ $activity->user->name }}</span>\n", changedLines: nil)
        let page = SourceFile(
            path: "resources/views/home.blade.php",
            text: "@include('partials.activity-item', ['activity' => $latest])\n", changedLines: nil)
        let index = IndexBuilder.build([partial, page])
        #expect(index.perItemReads(of: "user", language: .php, limit: 5).isEmpty)
    }
}
