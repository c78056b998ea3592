import Testing

@testable import StaticScan

/// Elixir: the lexer's strings, sigils and atoms, the loop forms, same-file helpers, and the
/// EEx/HEEx projection.
@Suite struct ElixirTests {
    static func code(_ text: String) -> [String] {
        Lexer.lex(text, language: .elixir).tokens.filter { $0.kind == .identifier }.map(\.text)
    }

    static func findings(_ text: String, path: String = "lib/a.ex") -> [Finding] {
        Scanner().scan(SourceFile(path: path, text: text, changedLines: nil))
    }

    // MARK: - Lexer

    @Test func stringsSigilsHeredocsAndCommentsHideTheirContent() {
        let text = #"""
            @doc """
            Repo.get(User, id) hidden
            """
            a = "x #{b} hidden" <> 'hidden' <> ~s(hidden #{c}) <> ~S"""
            hidden #{d}
            """
            r = ~r/hidden/iu
            w = ~w[hidden words]a
            p = ~S|hidden| <> ~c<hidden> <> ~s{hidden} <> ~s"hidden" <> ~s'hidden'
            # Repo.get(User, id) hidden
            q = ?# <> "after"
            """#
        // Interpolated code stays inside its string token.
        #expect(Self.code(text) == ["@doc", "a", "r", "w", "p", "q"])
    }

    @Test func atomsKeysPipesAndCaptures() {
        let tokens = Lexer.lex("x |> Enum.map(&Repo.get(User, &1)) <> :ok <> :\"a b\"", language: .elixir)
            .tokens
        #expect(tokens.map(\.text).contains("|>"))
        #expect(tokens.map(\.text).contains("<>"))
        #expect(tokens.contains { $0.kind == .string && $0.text == "a b" })
        #expect(
            Self.code("if ok?, do: get!(x), else: :end") == ["if", "ok?", "do", "get!", "x", "else", "end"])
    }

    @Test func detectsElixirFilesAndTemplates() {
        for path in ["lib/a.ex", "test/a_test.exs", "t/index.html.eex", "t/x.html.heex", "t/y.html.leex"] {
            #expect(Language.detect(path: path, firstLine: nil) == .elixir)
        }
        #expect(Language.detect(path: "bin/tool", firstLine: "#!/usr/bin/env elixir") == .elixir)
    }

    @Test func commentsAndStringsNeverProduceFindings() {
        let text = ##"""
            # Enum.map(ids, fn id -> Repo.get(User, id) end)
            @moduledoc """
            Enum.map(ids, fn id -> Repo.get(User, id) end)
            """
            x = ~S(Enum.map(ids, fn id -> Repo.get(User, id\) end))
            y = "Enum.map(ids, fn id -> Repo.get(User, id) end) \#{ok}"
            """##
        #expect(Self.findings(text).isEmpty)
    }

    // MARK: - Loops

    @Test func loopFormsAndTheirIterables() {
        let text = """
            for p <- posts, p.published do
              a(p)
            end
            for x <- xs, do: b(x)
            Enum.map(ids, fn id -> c(id) end)
            ids |> Enum.each(&d(&1))
            Repo.all(Post)
            |> Stream.map(fn %{id: id} -> e(id) end)
            |> Task.async_stream(fn x -> f(x) end)
            Repo.transaction(fn -> g() end)
            """
        let file = AnalyzedFile(path: "a.ex", text: text, language: .elixir)
        let loops = file.loops.map { loop in
            (
                loop.keyword, loop.iterable.map { file.tokens[$0].map(\.text).joined(separator: " ") } ?? "",
                loop.body.flatMap { file.tokens[$0].map(\.text) }.joined(separator: " ")
            )
        }
        #expect(loops.map(\.0) == ["for", "for", "map", "each", "map", "async_stream"])
        #expect(loops[0].1 == "posts")
        #expect(loops[0].2 == "a ( p )")
        #expect(loops[1].2 == "b ( x )")
        #expect(loops[2].1 == "ids")
        #expect(loops[3].1 == "ids")
        #expect(loops[4].1 == "Repo . all ( Post )")
        #expect(file.loops[2].variables == ["id"])
    }

    @Test func literalListsSigilsAndRangesAreConstantSize() {
        let text = """
            for x <- [:a, :b], do: Repo.get(X, x)
            Enum.each(~w(a b c)a, fn x -> Repo.get(X, x) end)
            1..3 |> Enum.each(fn x -> Repo.get(X, x) end)
            for x <- xs, do: Repo.get(X, x)
            """
        #expect(Self.findings(text).map(\.line) == [4])
    }

    @Test func sameModuleHelpersReportThePathToTheQuery() throws {
        let text = """
            defmodule MyAppWeb.PostView do
              def render("index.json", %{posts: posts}), do: render_many(posts, __MODULE__, "post.json")

              def render("post.json", %{post: post}), do: %{author: author(post)}

              defp author(post), do: Repo.get(User, post.author_id)
            end
            """
        let found = Self.findings(text).filter { $0.rule == "HF101" }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.line == 2)
        #expect(finding.message.contains("`author` runs `Repo.get` on line 6"))
    }

    // MARK: - Templates

    @Test func eexProjectionKeepsPositionsAndMakesLoops() {
        let template = """
            <h1>Posts é</h1>
            <%= for post <- @posts do %>
              <p><%= Repo.get(User, post.user_id).name %></p>
            <% end %>
            """
        let projected = EExProjection.project(template, heex: false)
        #expect(projected.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        let found = Self.findings(template, path: "lib/web/templates/post/index.html.eex")
        #expect(found.map { "\($0.rule):\($0.line):\($0.column)" } == ["HF101:3:10"])
    }

    @Test func heexForAttributesAndExpressions() {
        let template = """
            <ul>
              <li :for={post <- @posts} class="post">{Repo.get(User, post.user_id).name}</li>
              <.card :for={p <- @posts}>{Repo.preload(p, :tags).tags}</.card>
            </ul>
            <p>{@count}</p>
            """
        let found = Self.findings(template, path: "lib/web/live/index.html.heex")
        #expect(found.map { "\($0.rule):\($0.line):\($0.column)" } == ["HF101:2:43", "HF101:3:30"])
        let projected = EExProjection.project(template, heex: true)
        #expect(projected.contains(" for  post <- @posts do "))
    }
}

extension ElixirTests {
    @Test func liveViewSigilsAreProjectedInPlace() {
        let text = #"""
            defmodule MyAppWeb.PostsLive do
              def render(assigns) do
                ~H"""
                <p :for={post <- @posts} class="x">{author_name(post)}</p>
                """
              end

              defp author_name(post), do: Repo.get(User, post.user_id).name
            end
            """#
        let found = Self.findings(text).filter { $0.rule == "HF101" }
        #expect(found.map { "\($0.line):\($0.column)" } == ["4:41"])
    }
}
