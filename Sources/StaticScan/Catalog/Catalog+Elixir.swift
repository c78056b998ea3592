// MARK: - Elixir: Ecto, Phoenix contexts, HTTPoison/Req/Tesla/Finch/:httpc, Cachex/Redix/ConCache, ExAws

extension CallCatalog {
    static let elixir: [CatalogFamily] = [
        CatalogFamily(
            "ecto", [.elixir],
            [
                // `from p in Post`, `Ecto.Query.where(…)`: queries are values until a Repo call runs them.
                "builder - Ecto.Query Query : from",
                "builder Ecto.Query Query : where or_where select order_by limit offset join preload group_by having distinct exclude subquery",
                // `Repo`, `MyApp.Repo`, `ReadOnlyRepo`: any module whose name ends in `Repo`.
                "db-read *Repo : get get! get_by get_by! one one! all exists? aggregate preload reload reload! stream load query query!",
                "db-write *Repo : insert insert! update update! delete delete! insert_all update_all delete_all insert_or_update insert_or_update!",
                "db-read Ecto.Adapters.SQL SQL : query query!",
            ]),
        CatalogFamily(
            "phoenix-context", [.elixir],
            [
                // The context functions `mix phx.gen.context` writes (`Accounts.get_user!`, `Blog.list_posts`).
                "db-read Model : list_* get_*",
                "db-write Model : create_* update_* delete_*",
            ]),
        CatalogFamily(
            "elixir-http", [.elixir],
            [
                "http HTTPoison HTTPotion Req Tesla : get get! post post! put put! patch patch! delete delete! head head! request request! options",
                "http Finch : request request! stream",
                "http httpc Mint.HTTP : request",
            ]),
        CatalogFamily(
            "elixir-cache", [.elixir],
            [
                "cache Cachex : get get! put put! fetch fetch! del del! exists? incr decr ttl expire take update get_and_update touch put_many",
                "cache Redix : command command! pipeline pipeline! noreply_command",
                "cache ConCache : get put get_or_store dirty_get_or_store insert_new update delete fetch_or_store dirty_put",
            ]),
        CatalogFamily(
            "elixir-storage", [.elixir],
            [
                // `ExAws.S3.get_object(bucket, key) |> ExAws.request()`: the operation runs where it is built.
                "storage ExAws.S3 S3 : get_object put_object head_object delete_object delete_multiple_objects list_objects list_objects_v2 copy_object upload download_file"
            ]),
    ]

    /// Module name endings of helpers rather than contexts (`UrlKit`, `DateUtils`, `PostView`).
    static let elixirToolSuffixes = [
        "Kit", "Utils", "Util", "Helpers", "Helper", "Parser", "Formatter", "View", "JSON", "HTML", "Live",
        "Controller", "Component", "Components",
    ]

    /// Modules of Elixir, Erlang-wrapping libraries and Phoenix whose `get_*`/`list_*`/`update_*`
    /// functions are not context queries (`Application.get_env`, `Conn.get_req_header`).
    static let elixirLibraryModules: Set<String> = [
        "Application", "System", "Keyword", "Map", "MapSet", "Process", "Enum", "List", "String", "Integer",
        "Float", "Access", "Kernel", "Code", "Module", "Node", "Agent", "GenServer", "Registry", "Conn",
        "Socket", "Endpoint", "Router", "Routes", "Helpers", "Changeset", "Multi", "Query", "Ecto", "Schema",
        "Type", "Calendar", "Regex", "Version", "Inspect", "Protocol", "Exception", "Supervisor",
        "DynamicSupervisor", "Task", "Stream", "Port", "Config", "Mix", "ExUnit", "Logger", "IO", "File",
        "Path", "URI", "Base", "Jason", "Poison", "Macro", "Tuple", "Atom", "Bitwise", "Date", "Time",
        "DateTime", "NaiveDateTime", "Decimal", "Timex", "Phoenix", "Plug", "Presence", "PubSub", "Form",
        "HTML", "LiveView", "Component", "Gettext", "Floki", "Swoosh", "Bamboo", "Tesla", "Req", "Finch",
        "HTTPoison", "Cachex", "Redix", "ConCache", "ExAws", "S3", "Repo", "Ets", "Telemetry", "Oban",
        "Assigns", "Utils", "Util", "Helper", "Format", "Formatter", "Params", "Mock", "Factory", "Faker",
    ]
}
