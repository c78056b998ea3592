// MARK: - The data files, in matching order

extension CallCatalog {
    /// Every built-in family. Line syntax: `ROLE RECEIVER… : NAME…` where ROLE is a kind
    /// (`db-read`, `db-write`, `http`, `cache`, `storage`, `queue`), `builder` (a lazy query),
    /// `sql` (a call that runs its SQL argument) or `bind` (constructors and types whose variables
    /// belong to the family). Receivers: `-` none, `*` any, `Model` a class name, `&` this family's
    /// builder, `@` a variable bound to this family, `~text` a receiver name containing text,
    /// `a.b` exact names, `*.a` names ending so. `name*` matches a prefix; `name(word)` requires
    /// the first argument to start with `word`.
    static let allFamilies: [CatalogFamily] =
        python + javascript + ruby + go + jvm + php + dotnet + swift + elixir + rawSQL

    /// Calls, per language, whose argument is a lazy query embedded in another query's SQL: the
    /// query never runs by itself.
    public static func embedsSubquery(_ name: String, language: Language) -> Bool {
        switch language {
        case .python: pythonSubqueryWrappers.contains(name)
        case .php: phpSubqueryEmbedders.contains(name)
        default: false
        }
    }

    /// Names, per language, through which a loop iterates the application's own schema or
    /// registry (models, fields, associations, apps) or its command line: as many elements as the
    /// code declares or the operator types.
    public static func readsSchema(_ name: String, language: Language) -> Bool {
        switch language {
        case .python: pythonSchemaAccessors.contains(name)
        case .ruby: rubySchemaAccessors.contains(name)
        case .java, .kotlin: jvmSchemaAccessors.contains(name)
        case .csharp: dotnetSchemaAccessors.contains(name)
        case .php: phpSchemaAccessors.contains(name)
        case .javascript, .typescript: javascriptSchemaAccessors.contains(name)
        case .go: goSchemaAccessors.contains(name)
        default: false
        }
    }
}
