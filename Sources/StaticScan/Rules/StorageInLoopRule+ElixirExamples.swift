// MARK: - HF105 examples in Elixir (ExAws.S3)

extension StorageInLoopRule {
    static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            Enum.each(files, fn file ->
              ↓ExAws.S3.put_object("bucket", file.key, file.body) |> ExAws.request!()
            end)
            """),
        .triggering(
            .elixir,
            """
            for key <- keys do
              ↓S3.get_object("bucket", key) |> ExAws.request()
            end
            """),
        .triggering(
            .elixir,
            """
            keys
            |> Task.async_stream(fn key -> ↓ExAws.S3.delete_object("bucket", key) |> ExAws.request() end)
            |> Stream.run()
            """),
        .nonTriggering(
            .elixir,
            """
            ExAws.S3.delete_multiple_objects("bucket", keys) |> ExAws.request()
            """),
        .nonTriggering(
            .elixir,
            """
            for name <- ~w(logo.png icon.png) do
              S3.get_object("assets", name) |> ExAws.request()
            end
            """),
        .nonTriggering(
            .elixir,
            """
            Enum.map(keys, fn key -> ExAws.S3.presigned_url(config, :get, "bucket", key) end)
            """),
    ]
}
